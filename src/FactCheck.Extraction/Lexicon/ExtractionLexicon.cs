using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Lexicon;

/// <summary>
/// Everything the rule-based extractor knows about news language, as data: units and their canonical names, number
/// words, qualifiers, actors and source aliases, event verbs, stance cues, and the boilerplate of news pages.
/// Start from <see cref="CreateDefault"/> and add entries for your domain; the extractor compiles a snapshot when it is
/// created, so changes after that do not affect it. Keys are matched ignoring case, as whole words.
/// </summary>
public sealed class ExtractionLexicon
{
    /// <summary>Counted things: surface form (singular or plural, one or more words) to canonical unit.</summary>
    public Dictionary<string, string> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Counted things that count only when joined to their number by a hyphen, because alone the word means something
    /// else: "a 12-story tower" counts storeys, "three stories about the fire" counts nothing.
    /// </summary>
    public Dictionary<string, string> CompoundUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases that end in a unit's word but name something else: "display cases" and "criminal cases" are no cases of
    /// a disease, so "two display cases" counts nothing.
    /// </summary>
    public HashSet<string> UnitLookalikes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases that contain an event's verb or noun but name a thing: a "shipping agent" ships nothing, so "100 ships were
    /// waiting, according to a shipping agent" counts no supplies, and a "toll gate" counts no dead.
    /// </summary>
    public HashSet<string> EventLookalikes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Plural nouns for people that the units do not list and whose ending does not say so ("pilgrims", "fans",
    /// "guests"): "717 pilgrims were killed" counts people. Nouns ending as agents do ("campers", "tourists",
    /// "civilians", "migrants", "residents", "employees", "volunteers") need no entry; a noun that is neither
    /// ("Eight objects are still missing") counts no one.
    /// </summary>
    public HashSet<string> PeopleNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unit surface forms that are singular, so "a ship" counts one.</summary>
    public HashSet<string> SingularUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Canonical units compared as discrete counts of vehicles or formations (ships, aircraft), not as amounts.</summary>
    public HashSet<string> CountUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Canonical units that imply an event class on their own: containers and shells are supplied.</summary>
    public Dictionary<string, string> UnitEvents { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Canonical units that count people whatever the noun ("1.27 million demonstrators", "500,000 people marched",
    /// "64 deaths"): their claims are counted in <c>people</c>, so the event, not the noun, tells them apart.
    /// </summary>
    public HashSet<string> PersonUnits { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Event classes that count people in a unit of their own, to that unit: workers laid off are <c>jobs</c> cut and
    /// people infected in an outbreak are its <c>cases</c>, so "2,600 workers" and "2,600 jobs" are one figure.
    /// </summary>
    public Dictionary<string, string> PersonUnitsByEvent { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns of events that happen at a moment, and their event class: a date joined to one ("the explosion on April 21",
    /// "Tuesday's blast", "the April 21 explosion") dates that event, whatever verb the sentence goes on to ("killed 11").
    /// </summary>
    public Dictionary<string, string> MomentNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Structures whose failure is a moment to date: a dam that "was destroyed early on Tuesday" or "was breached on
    /// Monday night" failed then, as one that collapsed did, so the two days are compared.
    /// </summary>
    public HashSet<string> StructureNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Event classes that no country performs: an earthquake's magnitude, a crowd's turnout, the damage done, a
    /// building's size. Their claims get no actor, so every article's figure for them is compared, whichever countries
    /// it happens to name most.
    /// </summary>
    public HashSet<string> EventsWithoutActor { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Canonical units that claims restate in another unit, with the factor that converts them, so that articles
    /// written in different systems are compared: "41 million acres" burned is 16.6 million hectares, "305 feet" is
    /// 93 meters. The claim keeps its text as written.
    /// </summary>
    public Dictionary<string, (string Unit, double Factor)> UnitConversions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Phrases that name what a bare number after them counts, to its canonical unit: "the death toll rose to 29"
    /// counts people. The number must follow a linking word ("to", "at", "of", "reached", "is").
    /// </summary>
    public Dictionary<string, string> TallyPhrases { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words allowed between a number and its unit ("1,500 special forces soldiers", "a naval transport ship").</summary>
    public HashSet<string> UnitModifiers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Written numbers: "seven" is 7, "a dozen" is 12.</summary>
    public Dictionary<string, double> NumberWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers after a number: "1.2 million", "12K".</summary>
    public Dictionary<string, double> Multipliers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague magnitudes and the interval each stands for: "thousands" is [2,000, 99,999].</summary>
    public Dictionary<string, (double Low, double High)> VagueQuantities { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a number that qualify it: "approximately" widens it, "over" opens it above, "up to" below.</summary>
    public Dictionary<string, QuantityPrecision> Qualifiers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The relative half-width of the band an approximate number stands for (0.05: ±5%).</summary>
    public double ApproximateTolerance { get; set; } = 0.05;

    /// <summary>Countries and their other names (demonyms, capitals, leaders' seats) to a canonical actor.</summary>
    public Dictionary<string, string> Actors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A country's people by name, singular and plural ("Jordanian", "Jordanians"), to the country: "60 Jordanians died"
    /// counts Jordan's dead alone. The demonyms of <see cref="Actors"/> are read from there.
    /// </summary>
    public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Names of countries and territories. A figure "in" one of them counts the whole event, not a place inside it;
    /// a figure "in" a city (its capital included) is limited to that city.
    /// </summary>
    public HashSet<string> Countries { get; } = new(StringComparer.OrdinalIgnoreCase);

    // The country a name of a party stands for: "Pakistani" for Pakistan.
    internal string PartyOf(string name) => Actors.TryGetValue(name, out var actor) ? actor : Demonyms.TryGetValue(name, out var country) ? country : name;

    // A country, its people or a bloc by any of its names: "pro-Palestinian" is for a side, "pro-Lukashenko" for a man.
    internal bool NamesParty(string name) => Countries.Contains(name) || Actors.ContainsKey(name) || Demonyms.ContainsKey(name);

    /// <summary>
    /// Capital cities. When the articles checked together name exactly one of them, "the capital" in any of them is
    /// that city, so "250,000 in the capital" and "65,000 in Paris" are counts of one place.
    /// </summary>
    public HashSet<string> Capitals { get; } = new(StringComparer.Ordinal);

    /// <summary>Who speaks: agencies, offices, people and their aliases, to a canonical source name.</summary>
    public Dictionary<string, string> Sources { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Who speaks when a country does: "Russia has denied" and "Moscow dismissed" are the Russian government, the same
    /// source as the Kremlin. Canonical actor to canonical source; an actor missing here speaks under its own name.
    /// </summary>
    public Dictionary<string, string> Governments { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Canonical sources that are people, so "he" or "she" can refer back to them.</summary>
    public HashSet<string> PersonSources { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that refer back to the last agency named ("the agency", "the intelligence agency").</summary>
    public HashSet<string> AgencyAnaphora { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs (every inflection) and the event they describe.</summary>
    public Dictionary<string, EventCue> EventVerbs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that name an event on their own ("combat", "army"), checked before verbs.</summary>
    public Dictionary<string, string> EventNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns whose presence in a statement names its subject: troops are deployed, weapons supplied.</summary>
    public Dictionary<string, string> TopicNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that attribute a statement to a source: said, stated, alleged, reported...</summary>
    public Dictionary<string, Stance> AttributionVerbs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases that set a statement's stance: "denied", "another hoax", "cannot verify", "confirmed".</summary>
    public Dictionary<string, Stance> StanceCues { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases just before an event verb that make it a plan: "expected to", "could be", "preparing to".</summary>
    public HashSet<string> PlanningCues { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that make an attributed statement one about the future, so its stance is a plan, not a report: "will",
    /// "could", "expected to". Narrower than <see cref="PlanningCues"/>, which also holds words like "more" that only
    /// mark a plan right before an event verb.
    /// </summary>
    public HashSet<string> ForwardLookingCues { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Regular expressions for whole lines that are page furniture, not article: newsletter boxes, credits, share buttons.</summary>
    public List<string> BoilerplateLines { get; } = [];

    /// <summary>Regular expressions for lines after which nothing is article: "Comments", "Popular posts", "Related".</summary>
    public List<string> TruncatingLines { get; } = [];

    /// <summary>
    /// Regular expressions for headings over a box of links to other stories ("Most read", "More on this story"): the
    /// heading and the link lines under it, up to a blank line or a line of prose, are dropped, and the article goes on
    /// after the box. The links' figures ("1. Six killed as bus plunges into gorge") are other stories'.
    /// </summary>
    public List<string> LinkBoxHeadings { get; } = [];

    /// <summary>Regular expressions for furniture inside a line ("Summarize Simplifying... In short", footnote marks).</summary>
    public List<string> InlineBoilerplate { get; } = [];

    /// <summary>Abbreviations whose period does not end a sentence (lower case, without the period).</summary>
    public HashSet<string> Abbreviations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon of English-language news that FactCheck ships with.</summary>
    public static ExtractionLexicon CreateDefault()
    {
        var lexicon = new ExtractionLexicon();
        DefaultLexicon.Fill(lexicon);
        return lexicon;
    }

    /// <summary>Adds a unit in its singular and plural forms.</summary>
    /// <param name="singular">The singular surface form, or null for a unit used only in the plural.</param>
    /// <param name="plural">The plural surface form.</param>
    /// <param name="canonical">The canonical unit.</param>
    public void AddUnit(string? singular, string plural, string canonical)
    {
        if (singular is not null)
        {
            Units[singular] = canonical;
            SingularUnits.Add(singular);
        }

        Units[plural] = canonical;
    }

    /// <summary>Adds the inflections of an event verb.</summary>
    /// <param name="cue">The event the verb describes.</param>
    /// <param name="forms">Its forms: base, third person, past, participles.</param>
    public void AddVerb(EventCue cue, params string[] forms)
    {
        foreach (var form in forms)
        {
            EventVerbs[form] = cue;
        }
    }

    /// <summary>Maps several aliases to one canonical source.</summary>
    /// <param name="canonical">The canonical source name.</param>
    /// <param name="aliases">Its aliases, from the most to the least specific.</param>
    public void AddSource(string canonical, params string[] aliases)
    {
        Sources[canonical] = canonical;
        foreach (var alias in aliases)
        {
            Sources[alias] = canonical;
        }
    }

    /// <summary>Maps several names to one canonical actor.</summary>
    /// <param name="canonical">The canonical actor.</param>
    /// <param name="aliases">Its other names.</param>
    public void AddActor(string canonical, params string[] aliases)
    {
        Actors[canonical] = canonical;
        foreach (var alias in aliases)
        {
            Actors[alias] = canonical;
        }
    }
}
