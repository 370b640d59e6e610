using System.Buffers;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Framing;
using FactCheck.Extraction.Lexicon;

namespace FactCheck.Extraction;

/// <summary>
/// What the articles checked together say about their event as a whole, which one article alone cannot: when the
/// coverage starts (a figure tied to an earlier year belongs to another event) and the date that undated or
/// relative expressions are read against.
/// </summary>
/// <param name="Earliest">The earliest publication date of the batch, or null when no article is dated.</param>
/// <param name="Latest">The latest publication date of the batch: the reference for undated articles.</param>
public sealed record BatchContext(DateOnly? Earliest, DateOnly? Latest)
{
    /// <summary>
    /// The countries the articles count the event in one by one ("1,541 killed in Turkey ... at least 810 in Syria"):
    /// a figure limited to one of them is a part of the event, not the whole of it, as a figure "in Turkey" is when a
    /// quake struck Turkey alone. Empty when the batch counts in one country or none.
    /// </summary>
    public IReadOnlySet<string> CountriesCountedApart { get; init; } = new HashSet<string>();

    /// <summary>
    /// The country the articles give the event's toll in, when they count in one country only ("145 people were killed
    /// in Myanmar"): its figures are the whole event, while a figure placed in another country ("No deaths were reported
    /// in Bangladesh") is that country's. Null when they count in several countries or give no toll in a country.
    /// </summary>
    public string? MainCountry { get; init; }

    /// <summary>
    /// The one capital city the articles name (from <see cref="ExtractionLexicon.Capitals"/>), which "the capital" in any
    /// of them means; null when they name none or several.
    /// </summary>
    public string? Capital { get; init; }

    /// <summary>
    /// The places the articles introduce as another place than the event's ("In neighbouring New Mexico, nine cases
    /// have been reported"), and the countries' names they use for regions ("in Florida, Georgia and South Carolina"):
    /// when one of them is the speaker of a figure ("New Mexico reported 33 cases"), the figure counts in that place.
    /// Empty when the batch introduces none.
    /// </summary>
    public IReadOnlySet<string> PlacesNamedApart { get; init; } = new HashSet<string>();

    /// <summary>
    /// The places, lowercased, that the articles name their event by ("the Lahaina fire", "Kentucky tornado toll rises"),
    /// or that more than one headline says people were killed in ("300 civilians executed in Moura"):
    /// a figure placed in one of them ("106 dead in Lahaina", "Maui police said") counts the whole event, not a part of
    /// it. Countries are left to <see cref="CountriesCountedApart"/>. Empty when the articles name their event by no place.
    /// </summary>
    public IReadOnlySet<string> EventPlaces { get; init; } = new HashSet<string>();

    /// <summary>
    /// The places the articles name as areas ("the town of Paiporta", "Buncombe County", "in North Carolina"), less any a
    /// headline puts the event in: one of them opening a clause as what counts ("Paiporta lost 45 people", "North
    /// Carolina accounted for 95 of the deaths") places the figure there. Empty when the articles name no area so.
    /// </summary>
    public IReadOnlySet<string> AreasNamed { get; init; } = new HashSet<string>();

    /// <summary>
    /// The one-word places the articles put something in, on, at or near ("on Everest", "at Lekki"): a section of an
    /// explainer labelled with one of them ("Everest. Early reports of the avalanche toll ranged from 17 to 22") counts
    /// there. Empty when the articles name no place so.
    /// </summary>
    public IReadOnlySet<string> PlacesNamed { get; init; } = new HashSet<string>();

    /// <summary>
    /// The year the event happened when the articles look back on it: a year before every article's publication that
    /// the opening sentences of at least two of them name ("killed at Srebrenica in July 1995", in reports of 2002 and
    /// 2004). A figure tied to that year is the event's, not an earlier event's. Null when the coverage is of its day
    /// (the earliest publication's year is the event's).
    /// </summary>
    public int? EventYear { get; init; }

    /// <summary>
    /// Whether an article counts people killed on the ground ("killing all 259 people aboard and 11 on the ground"): then
    /// a count of the dead aboard a plane is a part of the toll, not the whole of it.
    /// </summary>
    public bool GroundCounted { get; init; }

    /// <summary>
    /// The places smaller than a country that a headline holds a gathering in ("Hundreds of thousands march in London",
    /// "Washington march draws huge crowd"), lowercased: such a march is one place's, so the marches held across the
    /// country or the world that day are a wider total. Empty when no headline places a gathering.
    /// </summary>
    public IReadOnlySet<string> GatheringPlaces { get; init; } = new HashSet<string>();

    /// <summary>
    /// The one place a headline holds the gathering in, when no article tells of gatherings anywhere else ("nationwide",
    /// "across the country", "in 60 cities"), lowercased: a crowd an article gives no place ("the opposition said a
    /// million people marched") is that gathering's. Null when headlines name no such place or several, or the coverage
    /// tells of many places.
    /// </summary>
    public string? GatheringPlace { get; init; }

    /// <summary>
    /// The cities the articles hold <see cref="GatheringPlace"/> in ("Independence Square in Kyiv", "Kyiv's Independence
    /// Square"), lowercased: a crowd that "rallied in Kyiv" is the crowd in that square.
    /// </summary>
    public IReadOnlySet<string> CitiesOfGatheringPlace { get; init; } = new HashSet<string>();

    /// <summary>
    /// True when an article tells of a gathering held against the one the headlines are about (a pro-government rally, a
    /// counter-protest, "his own rally") and no headline is about such a gathering: its crowd is another crowd, counted
    /// apart from the protest's, even on the same day in the same city.
    /// </summary>
    public bool CounterGatheringsApart { get; init; }

    // The named fires two or more articles tell of, lowercased, when there are two or more ("palisades" and "eaton" for
    // "the Palisades fire" and "the Eaton fire"): each is counted apart; with one, its name is the event's.
    internal IReadOnlySet<string> FiresNamedApart { get; init; } = new HashSet<string>();

    // The regions that hold a place of EventPlaces, lowercased, no country among them ("kerala" for "Kerala's Wayanad
    // district"): "Officials in Kerala said 221 people had died" counts the event.
    internal IReadOnlySet<string> RegionsOfEventPlaces { get; init; } = new HashSet<string>();

    // Whether two or more articles count the dead since a start ("killed since the coup"): one day's dead ("killed at least
    // 114 people on Saturday") are then a part of that running total, not a value of it.
    internal bool DeadCountedSinceStart { get; init; }

    // The places two or more articles name a vote as held by, lowercased ("crimea" for "Crimea's referendum"): a share
    // of that vote placed there ("Officials in Crimea said 96.77 percent backed joining") counts the whole vote.
    internal IReadOnlySet<string> VotePlaces { get; init; } = new HashSet<string>();

    // Every word of the articles' headlines, lowercased: a company a headline names is the story's own.
    internal IReadOnlySet<string> HeadlineWords { get; init; } = new HashSet<string>();

    // The countries and capitals of the default lexicon: what a country is does not change with a caller's lexicon.
    private static readonly Lazy<ExtractionLexicon> Default = new(ExtractionLexicon.CreateDefault);
    private static readonly Lazy<SearchValues<string>> DefaultCapitals = new(() => SearchValues.Create([.. Default.Value.Capitals], StringComparison.Ordinal));

    /// <summary>A batch of one article, or of articles whose dates are unknown.</summary>
    public static BatchContext None { get; } = new(null, null);

    /// <summary>The context of documents checked together.</summary>
    /// <param name="documents">The documents.</param>
    public static BatchContext Of(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var dates = list.Select(d => d.Published).Where(d => d is not null).Select(d => d!.Value).ToList();
        var (countries, main) = CountryTallies.Tally(list, Default.Value.Countries.Contains, NamesOf);
        // "Israeli air strikes on Iran have killed 224", "Iranian missile attacks on Israel have killed 24": two countries
        // whose attacks the articles say killed people are at war, and each one's dead are counted apart.
        var warring = list.SelectMany(d => FrameCues.AttackersOfTheDead(d.CleanText)).Select(Default.Value.PartyOf)
            .Where(Default.Value.Countries.Contains).ToHashSet(StringComparer.Ordinal);
        if (warring.Count >= 2)
        {
            countries = countries.Union(warring).ToHashSet(StringComparer.Ordinal);
        }

        var capitals = CapitalsNamed(list);
        // "Lukashenko rally smaller than opposition march" names whose rally it was, not where; "Countryside march fills
        // central London" names the march's cause and its place.
        var gatherings = list.SelectMany(d => FrameCues.GatheringPlaces(d.Title, place => list.Exists(other => FrameCues.NamesPlace(other.CleanText, place))))
            .Where(place => !Default.Value.Countries.Contains(place) && !list.Exists(d => FrameCues.NamesPerson(d.CleanText, place)))
            .ToHashSet(StringComparer.Ordinal);
        var gathering = gatherings.Count == 1 && !list.Exists(d => FrameCues.TellsOfManyPlaces(d.CleanText)) ? gatherings.Single() : null;
        var eventPlaces = list.SelectMany(d => FrameCues.EventPlaces(d.Title, d.CleanText))
            .Concat(list.SelectMany(d => FrameCues.KilledInTitle(d.Title)).CountBy(place => place).Where(p => p.Value >= 2).Select(p => p.Key))
            .Concat(list.SelectMany(d => FrameCues.AreasInTitle(d.Title).Where(place => !Default.Value.Countries.Contains(place))).CountBy(place => place).Where(p => p.Value >= 2).Select(p => p.Key))
            .Concat(list.SelectMany(d => FrameCues.SitePlacedInOpening(d.CleanText)).CountBy(place => place).Where(p => p.Value >= 2).Select(p => p.Key))
            .Except(list.SelectMany(d => FrameCues.PlacesCountedSideBySide(d.CleanText)))
            .ToHashSet(StringComparer.Ordinal);
        return (dates.Count == 0 ? None : new BatchContext(dates.Min(), dates.Max())) with
        {
            CountriesCountedApart = countries,
            MainCountry = main,
            Capital = capitals is [var capital] ? capital : null,
            PlacesNamedApart = list.SelectMany(d => FrameCues.PlacesNamedApart(d.CleanText))
                .Concat(list.SelectMany(d => FrameCues.CountryNamesOfRegions(d.CleanText, Default.Value.Countries.Contains)))
                .ToHashSet(StringComparer.Ordinal),
            EventPlaces = eventPlaces,
            RegionsOfEventPlaces = list.SelectMany(d => FrameCues.RegionsHolding(d.CleanText, eventPlaces, Default.Value.Countries.Contains))
                .ToHashSet(StringComparer.Ordinal),
            AreasNamed = AreasApart(list),
            PlacesNamed = list.SelectMany(d => FrameCues.PlacesNamed(d.CleanText)).ToHashSet(StringComparer.Ordinal),
            GroundCounted = list.Exists(d => FrameCues.CountsOnTheGround(d.CleanText)),
            DeadCountedSinceStart = list.Count(d => FrameCues.CountsDeadSinceStart(d.CleanText)) >= 2,
            GatheringPlaces = gatherings,
            GatheringPlace = gathering,
            CitiesOfGatheringPlace = gathering is null ? new HashSet<string>()
                : list.SelectMany(d => FrameCues.CitiesHolding(d.CleanText, gathering)).Where(city => !Default.Value.Countries.Contains(city)).ToHashSet(StringComparer.Ordinal),
            HeadlineWords = list.SelectMany(d => FrameCues.LowercaseWords(d.Title)).ToHashSet(StringComparer.Ordinal),
            VotePlaces = list.SelectMany(d => FrameCues.VotePlaces(d.Title).Concat(FrameCues.VotePlaces(d.CleanText)).Distinct())
                .CountBy(place => place).Where(p => p.Value >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal),
            FiresNamedApart = FiresInManyArticles(list),
            CounterGatheringsApart = list.Exists(d => FrameCues.TellsOfCounterGathering(d.CleanText, Default.Value.NamesParty))
                && !list.Exists(d => FrameCues.TellsOfCounterGathering(d.Title, Default.Value.NamesParty)),
            EventYear = dates.Count == 0 ? null : YearLookedBackOn(list, dates.Min().Year),
        };
    }

    private static HashSet<string> FiresInManyArticles(List<Document> documents)
    {
        var named = documents.SelectMany(d => FrameCues.FiresNamed(d.CleanText).Distinct()).CountBy(name => name)
            .Where(n => n.Value >= 2).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        return named.Count >= 2 ? named : [];
    }

    // The earliest year before the coverage began that two or more articles name in their opening sentence.
    private static int? YearLookedBackOn(List<Document> documents, int covered)
    {
        var named = documents.SelectMany(d => FrameCues.LeadYears(d.CleanText).Where(y => y < covered).Distinct())
            .CountBy(year => year).Where(y => y.Value >= 2).Select(y => y.Key).ToList();
        return named.Count == 0 ? null : named.Min();
    }

    // A country's name and the words that name it: "Mozambique", "Iranian", "Tehran".
    private static IEnumerable<string> NamesOf(string country)
        => Default.Value.Demonyms.Concat(Default.Value.Actors).Where(p => p.Value == country).Select(p => p.Key).Append(country);

    // The areas the texts name, less any a title puts the event in ("Measles outbreak grows in West Texas" makes Texas
    // the whole, not a part of it).
    private static HashSet<string> AreasApart(List<Document> documents)
    {
        var headlines = documents.SelectMany(d => FrameCues.HeadlinePlaces(d.Title)).ToList();
        return documents.SelectMany(d => FrameCues.AreasNamed(d.CleanText))
            .Where(name => !headlines.Exists(place => place == name || place.EndsWith(" " + name, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    // The capitals the articles name as words of their own ("Paris" in "in Paris" and "the Paris metro", not in
    // "Parisian"), at most two: one pass over each text for all of them at once.
    private static List<string> CapitalsNamed(List<Document> documents)
    {
        var found = new List<string>(2);
        foreach (var document in documents)
        {
            var text = document.CleanText;
            for (var at = text.AsSpan().IndexOfAny(DefaultCapitals.Value); at >= 0 && found.Count < 2;)
            {
                var from = at;
                var city = Default.Value.Capitals.Where(c => string.CompareOrdinal(text, from, c, 0, c.Length) == 0).MaxBy(c => c.Length)!;
                var end = at + city.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && !found.Contains(city))
                {
                    found.Add(city);
                }

                var next = text.AsSpan(at + 1).IndexOfAny(DefaultCapitals.Value);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return found;
    }
}
