using System.Text.RegularExpressions;
using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Lexicon;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Framing;

/// <summary>
/// What a document's paragraphs carry from one sentence to the next: what the story is counting (so that "The union said
/// 90,000" counts marchers), the place a paragraph is about ("On Kilimanjaro, guides said..."), and whether a paragraph
/// has turned to another story ("Separately, a jet crashed..."). Timelines ("Jan. 24 - 34 diagnosed", "Jan. 28 - 50.")
/// and section labels ("Magnitude.") carry what they count across their lines.
/// </summary>
internal sealed partial class ParagraphFrame
{
    private readonly ExtractionLexicon _lexicon;
    private readonly Func<string, bool> _isCountry;
    private readonly IReadOnlySet<string> _placesNamed;
    // Nothing being counted: no unit, no event, the event as a whole.
    private static readonly (string? Unit, string? Event, string Place) Nothing = (null, null, "");

    private (string? Unit, string? Event, string Place) _antecedent = Nothing;
    private int _antecedentParagraph = -1;
    private (string Place, int Paragraph) _openingPlace = ("", -1);
    private (string Place, int Paragraph) _lastPlace = ("", -1);
    private int _otherStoryParagraph = -1;
    private int _entryParagraph = -1;
    private int _paragraph = -1;
    private bool _sentenceOpensWithPlace;
    private int _policeParagraph = -2;
    // Whether the document has counted anything yet: what comes after its opening count.
    private bool _anythingCounted;

    public ParagraphFrame(ExtractionLexicon lexicon, Func<string, bool> isCountry, IReadOnlySet<string> placesNamed)
    {
        _lexicon = lexicon;
        _isCountry = isCountry;
        _placesNamed = placesNamed;
    }

    /// <summary>
    /// What the story is counting at this point of the sentence: the unit, event and place of the last figure that
    /// counted something in this paragraph or the one before, or nothing.
    /// </summary>
    public (string? Unit, string? Event, string Place) Antecedent { get; private set; } = Nothing;

    /// <summary>
    /// Whether the police are named in this sentence's paragraph or the one before it: "Only 137 officers had been
    /// assigned", after a paragraph about the police's response, counts police officers.
    /// </summary>
    public bool PoliceNamed => _paragraph - _policeParagraph is 0 or 1;

    /// <summary>Moves the frame to a sentence: its label, timeline entry, opening place and turn to another story.</summary>
    public void Enter(Sentence sentence)
    {
        var text = sentence.Text;
        _paragraph = sentence.Paragraph;
        if (text.Contains("police", StringComparison.OrdinalIgnoreCase))
        {
            _policeParagraph = _paragraph;
        }

        var label = SectionLabel().Match(text);
        if (label.Success && _lexicon.TallyPhrases.TryGetValue(label.Groups["label"].Value.ToLowerInvariant(), out var labelled))
        {
            // A section that opens with a label ("Magnitude. The USGS went from 6.1 to 6.4") counts what it names.
            var labelEvent = _lexicon.UnitEvents.GetValueOrDefault(labelled) ?? _lexicon.EventNouns.GetValueOrDefault(label.Groups["label"].Value.ToLowerInvariant());
            (_antecedent, _antecedentParagraph) = ((labelled, labelEvent, ""), _paragraph);
        }

        // A timeline's entries ("Jan. 24 - 34 diagnosed", "Jan. 28 - 50.") go on counting what the entry before counted.
        if (TimelineEntry().IsMatch(text))
        {
            if (_entryParagraph == _paragraph - 1 && _antecedentParagraph == _entryParagraph)
            {
                _antecedentParagraph = _paragraph;
            }

            _entryParagraph = _paragraph;
        }

        // A question of how many opens another count, which what follows answers: "Around 2,500 survived. How many people
        // were inside is not settled. Estimates range from 3,000 to more than 5,000."
        if (HowMany().IsMatch(text))
        {
            (_antecedent, _antecedentParagraph) = (Nothing, -1);
        }

        Antecedent = _paragraph - _antecedentParagraph is 0 or 1 ? _antecedent : Nothing;
        var opening = FrameCues.OpeningPlace(text, _isCountry);
        if (opening.Length == 0 && label.Success && _placesNamed.Contains(label.Groups["label"].Value) && !_isCountry(label.Groups["label"].Value))
        {
            // "Everest. Early reports of the avalanche toll ranged from 17 to 22": a section labelled with a place the
            // articles put things on counts there.
            opening = label.Groups["label"].Value.ToLowerInvariant();
        }

        _sentenceOpensWithPlace = opening.Length > 0;
        if (_sentenceOpensWithPlace)
        {
            _openingPlace = (opening, _paragraph);
        }

        if (FrameCues.OpensOtherStory(text) || (_anythingCounted && FrameCues.TellsOfOtherCraft(text)))
        {
            _otherStoryParagraph = _paragraph;
        }
    }

    /// <summary>
    /// The place of a figure: the one its sentence names (<paramref name="named"/>; "" for the whole), else the place of
    /// the figure before it in the paragraph ("At least 12 climbers died near Kilimanjaro... More than 30 were injured"),
    /// else the place the paragraph opens with.
    /// </summary>
    /// <remarks>
    /// The place of one thing (<paramref name="single"/>: "a factory building near Dhaka") is where it stands, which no
    /// later figure is limited to.
    /// </remarks>
    public string PlaceOf(string? named, string sentence, bool single = false)
    {
        var paragraphPlace = _openingPlace.Paragraph == _paragraph ? _openingPlace.Place : "";

        // A sentence that opens with a place of its own ("In Syria, the toll stands at 2,662") leaves the figure before.
        var place = named ?? (_sentenceOpensWithPlace ? paragraphPlace
            : _lastPlace.Paragraph == _paragraph && _lastPlace.Place.Length > 0 ? _lastPlace.Place : paragraphPlace);

        // Only a named place goes on: "the mortuary" the bodies were taken to is no place of the next figure.
        if (!single)
        {
            _lastPlace = (place.Length > 0 && sentence.Contains(place, StringComparison.Ordinal) ? "" : place, _paragraph);
        }

        return place;
    }

    /// <summary>
    /// The place of the last figure, in this paragraph or the one before: what "there" points back to ("Eighteen
    /// patients died at a hospital in Manapakkam. ¶ The state had said 14 patients died there"). "" when none was
    /// placed.
    /// </summary>
    public string LastPlace => _paragraph - _lastPlace.Paragraph is 0 or 1 ? _lastPlace.Place : "";

    /// <summary>Records a figure that counts something, which a later bare figure may go on counting.</summary>
    public void Counted(string unit, string @event, string place)
    {
        Antecedent = (unit, @event, place);
        _anythingCounted = true;
        (_antecedent, _antecedentParagraph) = (Antecedent, _paragraph);
    }

    /// <summary>The anchor of a figure: its own, or <see cref="QuantityClaim.OtherEventAnchor"/> in a paragraph about another story.</summary>
    public string AnchorOf(string anchor) => anchor.Length == 0 && _otherStoryParagraph == _paragraph ? QuantityClaim.OtherEventAnchor : anchor;

    [GeneratedRegex(@"\b[Hh]ow\s+many\b", RegexOptions.CultureInvariant)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"^\W*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—:]\s", RegexOptions.CultureInvariant)]
    private static partial Regex TimelineEntry();

    [GeneratedRegex(@"^\W*(?:The\s+)?(?<label>\p{L}+(?:\s+\p{L}+)?)\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLabel();
}
