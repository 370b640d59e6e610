using System.Buffers;
using System.Text.RegularExpressions;

namespace FactCheck.Extraction.Parsing;

/// <summary>
/// Reads a speaker the lexicon does not list from the noun phrase next to an attribution verb: "the state civil
/// defense agency said", "Brazil's president confirmed", "the mayor of Porto Alegre accused", "said Governor Leite",
/// "according to city hall". A leading article is dropped. A pronoun, a passive ("the claim was denied"), a phrase
/// cut off by punctuation, or a text rather than a speaker ("the report says", "the statement added": whoever wrote it
/// was named nearby, and the claims inherit that attribution) gives none, unless the text names its author ("Britain's
/// intelligence assessment", "the UN report"), who then speaks. A phrase found is returned as a
/// <see cref="PhraseMatch"/> whose key is its text.
/// </summary>
internal static partial class SpeakerPhrase
{
    private const int MaxWords = 7;

    private static readonly SearchValues<char> Capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<string> InformedWords
        = SearchValues.Create(["familiar", "close to", "knowledge", "briefed", "involved"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The noun phrase that ends just before <paramref name="verbStart"/>, over "has", "also" and "-ly" adverbs.</summary>
    public static PhraseMatch? Before(string text, int verbStart)
    {
        var end = TrimSpacesBefore(text, verbStart);

        // "the International Organization for Migration (IOM) said": the name stands before its initials.
        if (end > 0 && text[end - 1] == ')' && InitialsBefore().Match(text, 0, end) is { Success: true } initials)
        {
            end = TrimSpacesBefore(text, initials.Index);
        }

        end = BeforeAdverbials(text, end);

        // "The national disaster agency, however, put": a word set off by commas is no part of the speaker's name.
        if (end > 0 && text[end - 1] == ',' && SetOffAdverb().Match(text, 0, end) is { Success: true } setOff)
        {
            end = setOff.Index;
        }

        // "The company's chief executive apologised and denied": the speaker did both.
        if (CoordinatedVerbBefore().Match(text, 0, end) is { Success: true } coordinated)
        {
            end = BeforeAdverbials(text, TrimSpacesBefore(text, coordinated.Index));
        }

        // "President Trump on Thursday rejected", "police earlier in the day had confirmed", "the department had for years
        // said": the time is no speaker.
        if (TimeBefore().Match(text[..end]) is { Success: true } time)
        {
            end = BeforeAdverbials(text, TrimSpacesBefore(text, time.Index));
        }

        // "A state investigation released on Saturday found": when a document came out is no part of its name.
        if (ReleasedBefore().Match(text, 0, end) is { Success: true } released)
        {
            end = TrimSpacesBefore(text, released.Index);
        }

        // "people familiar with the plans said": unnamed sources, not "plans".
        if (text.AsSpan(0, end).ContainsAny(InformedWords) && FamiliarSources().Match(text, 0, end) is { Success: true } unnamed)
        {
            return Phrase(text, unnamed.Index, end);
        }

        // "A committee investigating the attack put", "rescuers searching the rubble said": who does the looking speaks.
        if (ParticipleClause().Match(text, 0, end) is { Success: true } participle && Before(text, participle.Index) is { } actor)
        {
            return actor;
        }

        // So does "A shadow government formed by opponents of the junta", not the junta; but "An inquiry set up by the
        // Indian National Congress" is named by who set it up.
        if (AgentClause().Match(text, 0, end) is { Success: true } agent && Before(text, agent.Index) is { } body && !GenericBody().IsMatch(body.Key))
        {
            return body;
        }

        // "The man accused of killing 22 people at an El Paso Walmart told police": the accused speaks, not the place.
        if (AccusedClause().Match(text, 0, end) is { Success: true } accused && Before(text, accused.Index) is { } suspect)
        {
            return suspect;
        }

        // "A government inquiry into the explosions last August found", "The royal commission into the Black Saturday fires
        // found", "An official report into the fire found": the inquiry speaks, not what it looked into.
        if (InquiryInto().Match(text, 0, end) is { Success: true } inquiry)
        {
            return Phrase(text, inquiry.Index, inquiry.Groups["head"].Index + inquiry.Groups["head"].Length, inquiry: true);
        }

        if (WordBefore(text, end) is { } last && Passive().IsMatch(Of(text, last)))
        {
            return null;
        }

        // "MGM Resorts, which owns the hotel, disputed", "separatists who control the area denied": the speaker stands
        // before its relative clause.
        if (RelativeClauseBefore().Match(text, 0, end) is { Success: true } clause)
        {
            return Before(text, clause.Index);
        }

        if (end > 0 && text[end - 1] == ',')
        {
            return Appositive(text, end - 1);
        }

        // "Organisers of the rally outside the assembly said", "Organisers of Sunday's march in Warsaw said",
        // "Residents of the town said", "The owner of the ferry said", "The family of an aid worker held by the army
        // said", "Parents of children killed when their school collapsed accused", "officials on both sides of the
        // front line said", "survivors and community leaders in the villages below the volcano said": the people
        // speak, not the rally, the town, the boat, the school, the line or the place they are in.
        if ((GroupOfSomething().Match(text, 0, end) is { Success: true } found ? found
                : OnBothSides().Match(text, 0, end) is { Success: true } sides ? sides : PeopleInPlace().Match(text, 0, end)) is { Success: true } group)
        {
            return Phrase(text, group.Groups["head"].Index, group.Groups["head"].Index + group.Groups["head"].Length);
        }

        var start = end;
        var taken = end;
        for (var words = 0; words < MaxWords && WordBefore(text, start) is { } word && IsPhraseWord(text, word, isHead: words == 0); words++)
        {
            // A verb form before a name ends the phrase: "rescuers who arrived Friday said", "His lawyer said McVeigh
            // denied"; a verb of saying ends it before any noun: "He said one television network had reported".
            if (words > 0 && ((EndsInEd(text, word) && char.IsUpper(text[taken])) || Of(text, word) is "said" or "says"))
            {
                break;
            }

            start = taken = word.Start;
            if (start < 2 || text[start - 1] != ' ' || text[start - 2] == ' ')
            {
                break;
            }

            start--;
        }

        // "a figure no one else has confirmed": no one is no speaker.
        var wordBefore = WordBefore(text, TrimSpacesBefore(text, taken));
        if (wordBefore is { } no && Of(text, no) is "no" or "No")
        {
            return null;
        }

        // "Spain's government delegation in Catalonia put", "the UN office in Geneva said", "Police in Ahmedabad said",
        // "Organisers in London said", "the main hospital in Colombo said", "A rebel group in the North Caucasus said",
        // "A doctor in Gaza told reporters", "the Catholic Church in Congo said", "the Red Cross in South Sudan said",
        // "Rights groups in Kenya said", "Church leaders in Kerala said": the office, the body or the people there
        // speak, not the place they are in. A place named with its article is one only after "in": "organisers from the
        // Civil Human Rights Front" are that front's.
        var placeArticle = wordBefore is { } article && Of(text, article) is "the" ? article : ((int Start, int End)?)null;
        if ((placeArticle is { } named ? WordBefore(text, TrimSpacesBefore(text, named.Start)) : wordBefore) is { } at
            && (placeArticle is null ? Of(text, at) is "in" or "from" : Of(text, at) is "in")
            && taken < end && char.IsUpper(text[taken]) && OfficeOrPeopleBefore().IsMatch(text.AsSpan(0, TrimSpacesBefore(text, at.Start))))
        {
            return Before(text, at.Start);
        }

        // "the military command on the island said", "the police chief in the city said": who is there speaks, not the
        // place named by its kind.
        if (wordBefore is { } the && Of(text, the) is "the" && taken < end && AreaNoun().IsMatch(text.AsSpan(taken, end - taken))
            && WordBefore(text, TrimSpacesBefore(text, the.Start)) is { } on && Of(text, on) is "in" or "on" or "at"
            && Before(text, TrimSpacesBefore(text, on.Start)) is { } present)
        {
            return present;
        }

        return Phrase(text, start, end);
    }

    // "A coast guard spokesman, Nikos Alexiou, denied": a name set off by commas after the role it names, read as one
    // speaker ("coast guard spokesman Nikos Alexiou"); a name alone needs two words, so a list of places is no speaker.
    private static PhraseMatch? Appositive(string text, int comma)
    {
        var name = AppositiveName().Match(text, 0, comma);
        if (!name.Success)
        {
            // "Ed Burkhardt, chairman of the railway's parent company, said", "Riah Phiyega, the police commissioner,
            // said", "The Archive of Public Gatherings, an independent group, estimated": who is named before the role
            // set off after them.
            return RoleAfterName().Match(text, 0, comma) is { Success: true } named
                ? new PhraseMatch(named.Groups["name"].Index, named.Groups["name"].Length, named.Groups["name"].Value)
                : null;
        }

        var role = Before(text, name.Index);
        var nameText = name.Groups["name"].Value;
        // "Indonesia's geophysics agency, BMKG, measured": initials name the agency the role describes.
        if (role is { } described && (char.IsLower(described.Key[0]) || Initials().IsMatch(nameText)))
        {
            return new PhraseMatch(described.Index, name.Index + name.Length - described.Index, $"{described.Key} {nameText}");
        }

        return nameText.Contains(' ', StringComparison.Ordinal) ? new PhraseMatch(name.Groups["name"].Index, nameText.Length, nameText) : null;
    }

    /// <summary>
    /// The noun phrase that starts just after <paramref name="index"/>: "according to| the agency", "said| Governor Leite".
    /// With <paramref name="endsAtName"/>, a lowercase word after a capitalized one ends it: "by the counting firm Tally|
    /// came out at", where no verb closes the phrase.
    /// </summary>
    public static PhraseMatch? After(string text, int index, bool endsAtName = false)
    {
        var end = index;
        var position = index;
        var named = false;
        for (var words = 0; words < MaxWords && WordAfter(text, position) is { } word; words++)
        {
            // "a doctors' committee linked to the protest movement": what it is linked to is no part of its name.
            if ((!(words == 0 && Article().IsMatch(Of(text, word))) && !IsPhraseWord(text, word, isHead: words == 0))
                || (words > 0 && LinkedTo().IsMatch(Of(text, word))))
            {
                break;
            }

            if (endsAtName && named && char.IsLower(text[word.Start]) && !Of(text, word).Equals("of", StringComparison.Ordinal))
            {
                break;
            }

            named |= char.IsUpper(text[word.Start]);

            end = position = word.End;
            if (end >= text.Length || text[end] != ' ')
            {
                break;
            }
        }

        return Phrase(text, index, end);
    }

    private static bool IsPhraseWord(string text, (int Start, int End) word, bool isHead)
    {
        var span = Of(text, word);
        if (!isHead && NameJoiner().IsMatch(span))
        {
            // "the International Organization for Migration", "the National Oceanic and Atmospheric Administration";
            // not two people ("President Maria Lopez and Vice President Tom Hale").
            return word.End + 1 < text.Length && char.IsUpper(text[word.End + 1])
                && !(span is "and" && Title().IsMatch(text.AsSpan(word.End + 1)))
                && WordBefore(text, TrimSpacesBefore(text, word.Start)) is { } joined && char.IsUpper(text[joined.Start]);
        }

        // A capitalized function word right after a capitalized name is a part of it: "Prime Minister Theresa May".
        // Initials are a name even when they spell a function word: "the WHO said".
        return span.Equals("of", StringComparison.Ordinal) ? !isHead
            : char.IsLetter(span[0]) && (!FunctionWords.Contains(span) || (span.Length > 1 && !span.ContainsAnyExcept(Capitals))
                || (span.Length > 2 && char.IsUpper(span[0]) && !Determiner().IsMatch(span) && WordBefore(text, TrimSpacesBefore(text, word.Start)) is { } previous
                    && char.IsUpper(text[previous.Start]) && !Determiner().IsMatch(Of(text, previous))));
    }

    private static bool EndsInEd(string text, (int Start, int End) word)
        => char.IsLower(text[word.Start]) && Of(text, word).EndsWith("ed", StringComparison.Ordinal);

    // [start, end) without surrounding spaces, a leading article, or a dangling "of" at either end; a text ("the report")
    // does not speak unless it is an inquiry's.
    private static PhraseMatch? Phrase(string text, int start, int end, bool inquiry = false)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        start += LeadingArticle().Match(text, start, end - start).Length;
        while (text.AsSpan(start, end - start) is var phrase
            && (phrase.StartsWith("of ", StringComparison.Ordinal) || phrase.EndsWith(" of", StringComparison.Ordinal)))
        {
            (start, end) = phrase.StartsWith("of ", StringComparison.Ordinal) ? (start + 3, end) : (start, end - 3);
        }

        var found = text[start..end];
        if (found.Length >= 2 && !inquiry && TextNoun().IsMatch(found))
        {
            // "The Widgery report estimated": a report named after who wrote it speaks, as an inquiry does; "the report
            // said" and "reports said" name no one.
            return TextAuthor(text, start, found)
                ?? (EponymousReport().IsMatch(found) && DefiniteArticleBefore().IsMatch(text.AsSpan(0, start)) ? new PhraseMatch(start, end - start, found) : null);
        }

        return found.Length < 2 || Phenomenon().IsMatch(found) ? null : new PhraseMatch(start, end - start, found);
    }

    // A text whose author is named on it speaks for that author: "Britain's intelligence assessment said", "a White House
    // statement said", "the UN report found". One capitalized word that is neither possessive nor initials ("Early
    // reports said", "A British intelligence assessment put") names no one here; a country it names is found by the
    // caller.
    private static PhraseMatch? TextAuthor(string text, int start, string found)
    {
        var author = Author().Match(found);
        if (!author.Success)
        {
            return null;
        }

        var who = author.Groups["who"];
        return author.Groups["possessive"].Success || Initials().IsMatch(who.Value) || (who.Value.Contains(' ') && !text.AsSpan(0, start).Trim().IsEmpty)
            ? new PhraseMatch(start + who.Index, who.Length, who.Value)
            : null;
    }

    private static ReadOnlySpan<char> Of(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    private static int TrimSpacesBefore(string text, int index)
    {
        while (index > 0 && text[index - 1] == ' ')
        {
            index--;
        }

        return index;
    }

    // The word that ends at end, if a space or the sentence's start comes before it (not a quote or a bracket).
    private static (int Start, int End)? WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start == end || (start > 0 && text[start - 1] != ' ') ? null : (start, end);
    }

    private static (int Start, int End)? WordAfter(string text, int index)
    {
        var start = index;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        // A trailing period ends the sentence or an abbreviation; it is not part of the name either way, except in an
        // initialism ("the U.S. Geological Survey").
        while (end > start && text[end - 1] == '.' && text.AsSpan(start, end - start - 1).IndexOf('.') < 0)
        {
            end--;
        }

        return end > start ? (start, end) : null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '.';

    // Set off by commas (", which owns the hotel,", ", led by a judge,"), or, after a person or group, without them
    // (" who control the area", " that owned the waste heap", " that fought at Ilovaisk", but not " that organisers said"
    // or " that it said", whose subject speaks), or after a place where the speakers were (" where 23 people died"); in
    // "a boy who they said" the pronoun speaks. A long clause with a figure ("The gunman who killed 12 people at the
    // Washington Navy Yard believed") tells of an act, not who speaks.
    [GeneratedRegex(@"(?<=\S),\s+(?:which|who|(?:led|headed|chaired)\s+by)\s+[^,;:""“”]+,$|(?<=[\p{L}])\s+(?:who|where|that(?=\s+(?:\p{Ll}+ed|has|had|is|was|are|were|owns|runs|operates|controls|manages|oversees|monitors|tracks|counts|represents|built|ran|made|led|leads|fought|fights|won|lost|took|held|holds|kept|keeps|sent)\b))\s+(?!(?:they|he|she|we)$)(?:(?:[\p{L}\d'’-]+\s+){0,5}|(?:[\p{L}'’-]+\s+){6,8})[\p{L}'’-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClauseBefore();

    // ", Jeffrey and Michael Derderian," names two; ", the People's Vote campaign," names a campaign.
    [GeneratedRegex(@"(?<=\S),\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’-]+){0,3}(?:\s+(?:campaign|group|movement|coalition|alliance|network|foundation|association|federation))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveName();

    // A one-word name stands only at the sentence's start, and a sentence adverb is none: "Optus, Australia's second-largest
    // telecommunications company, said", not "However, the company, said".
    [GeneratedRegex(@"(?:^|[;:]\s+|\s[-–—]\s+|\b(?:and|but)\s+)(?:The\s+)?(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}'’.-]+){1,4}|(?<=^|\s[-–—]\s)(?!(?:However|Meanwhile|Separately|Still|Yesterday|Today|Earlier|Later|Instead|Nevertheless|Overall|Previously|Also|Additionally|Elsewhere|Now|Then|Finally|Initially|Since|Here|There)\b)\p{Lu}[\p{L}'’-]+),\s+(?:(?:the|a|an|its|their)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’.-]+){0,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAfterName();

    [GeneratedRegex(@"\b(?:people|persons?|sources|officials|executives|someone|one\s+person|a\s+person|two\s+people|three\s+people)\s+(?:(?:close\s+to|familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in)\s+)(?:the\s+|its\s+|their\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FamiliarSources();

    [GeneratedRegex(@"(?<=^|\s)(?:(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:(?:\p{Lu}[\p{L}.]*['’]s|\p{Ll}[\p{Ll}-]*)\s+)?(?:(?<head>inquiry|investigation|probe|review)\s+(?:into|of)|(?<head>commission|tribunal|committee|panel|report)\s+into)\s+[^,;:""“”]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex InquiryInto();

    [GeneratedRegex(@"\b(?i:delegation|office|mission|embassy|consulate|prefecture|administration|command|headquarters|bureau|branch|representative|correspondent|hospital|hospitals|clinic|morgue|ministry|agency|council|court|department|police|officials|organi[sz]ers|authorities|rescuers|doctors?|nurses?|surgeons?|paramedics?|residents?|witness(?:es)?|prosecutors|investigators|firefighters|medics|groups?|leaders|staff|campaigners|organi[sz]ations|unions|priests|clergy|elders|journalists|reporters|lawyers|diplomats|observers|volunteers|workers|survivors|relatives|families|rebels|militants|activists|monitors|church|bishops|conference|cross|crescent|society|union|association|federation|committee|commission)$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeOrPeopleBefore();

    [GeneratedRegex(@"(?<=\p{Ll}{3})\s+(?!(?:morning|evening|during|nothing|something|anything|everything|building|ceiling|thing|spring|king|wing|ring|string|being|meeting|wedding|ending|beginning|funding|ruling|hearing|briefing|landing|shooting|bombing|uprising|warning|opening|sitting|setting|training|spending|boarding|parking|housing|timing)\b)\p{Ll}{3,}ing\s+(?:(?:the|a|an|its|their)\s+|\p{Lu}\p{Ll}+['’]s\s+)(?:[\p{L}'’-]+\s+){0,6}[\p{L}'’-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleClause();

    [GeneratedRegex(@"(?<=\p{Ll}{3})\s+(?:formed|set\s+up|created|founded|established|appointed|backed|led|run)\s+by\s+(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentClause();

    [GeneratedRegex(@"^(?:linked|allied|affiliated|aligned|close|loyal|connected|tied|opposed)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedTo();

    [GeneratedRegex(@"^(?:(?:an?|the)\s+)?(?:inquiry|committee|commission|panel|team|body|group|investigation|review)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericBody();

    [GeneratedRegex(@"(?<=\p{Ll}{2})\s+(?:accused|suspected|charged|convicted)\s+(?:of|with)\s+[^,;.:]{1,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccusedClause();

    [GeneratedRegex(@"^\p{Lu}{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?:for|on|and)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameJoiner();

    [GeneratedRegex(@"^(?:President|Vice|Prime|Minister|Secretary|Governor|Gov|Mayor|Senator|Sen|Rep|Representative|Mr|Mrs|Ms|Dr|General|Gen|Chief|Director|King|Queen|Prince|Princess|Pope|Judge|Justice|Commissioner|Chancellor|Premier|Ambassador|Foreign|Defen[cs]e|Interior|Health)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"(?<=\p{L})\s*\(\p{Lu}[\p{Lu}.&-]{1,9}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsBefore();

    // Where the phrase ends once "has", "also" and "-ly" adverbs before end are passed over.
    private static int BeforeAdverbials(string text, int end)
    {
        while (WordBefore(text, end) is { } skipped && char.IsLower(text[skipped.Start]) && Adverbial().IsMatch(Of(text, skipped)))
        {
            end = TrimSpacesBefore(text, skipped.Start);
        }

        return end;
    }

    [GeneratedRegex(@"^(?:has|have|had|also|again|previously|repeatedly|later|once|now|still|then|ever|never|already|first|earlier|long|always|here|there|\w+ly)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adverbial();

    [GeneratedRegex(@"(?<=\p{L})\s*,\s*(?:however|meanwhile|though|instead|too|in\s+turn|for\s+(?:its|their|his|her)\s+part|by\s+contrast|in\s+contrast),$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetOffAdverb();

    [GeneratedRegex(@"(?<=\p{Ll})\s+(?:released|published|issued|made\s+public)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReleasedBefore();

    [GeneratedRegex(@"^(?:island|city|town|village|region|province|state|district|area|country|capital|coast|border|ground|scene)$", RegexOptions.CultureInvariant)]
    private static partial Regex AreaNoun();

    [GeneratedRegex(@"^(?:was|were|is|are|be|been|being)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    // Lowercase only: "the survey" is a text, "the Geological Survey" an agency.
    [GeneratedRegex(@"\b(?:reports?|statements?|study|studies|documents?|articles?|analysis|assessments?|data|figures|survey|posts?|videos?|letters?|papers?|memos?|releases?|footage|images?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TextNoun();

    [GeneratedRegex(@"^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|This|That|Its|Their|His|Her|Our|Yesterday|Today)\b)(?<who>\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?<possessive>['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex Author();

    // What happened does not speak: "the quake registered 6.4", "the storm recorded gusts of 200 km/h".
    [GeneratedRegex(@"\b(?:quake|earthquake|tremor|aftershock|shock|storm|hurricane|typhoon|cyclone|blast|explosion|fire|blaze|wildfire|flood|floods|eruption|outbreak|epidemic)$", RegexOptions.CultureInvariant)]
    private static partial Regex Phenomenon();

    [GeneratedRegex(@"^(?:the|a|an)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+\s+report$", RegexOptions.CultureInvariant)]
    private static partial Regex EponymousReport();

    [GeneratedRegex(@"(?:^|\s)[Tt]he\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex DefiniteArticleBefore();

    [GeneratedRegex(@"(?<=\S)\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:on\s+)?(?:today|yesterday|tonight)|(?:earlier|later)\s+in\s+the\s+(?:day|week)|in\s+the\s+(?:morning|afternoon|evening)|for\s+(?:(?:many|several|some)\s+)?(?:years|months|weeks|decades))\s*(?:had\s+|has\s+|have\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeBefore();

    [GeneratedRegex(@"^(?:The|His|Her|Its|Their|Our|Most|Many|Some|All|Both|Several|Few|Each|Every|Other|Such|Any|This|That|These|Those|And|But)$", RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"(?:^|[\s(])(?<head>[Oo]rgani[sz]ers?|[Rr]esidents|[Rr]elatives|[Ff]amilies|[Ss]urvivors|[Ww]itnesses|[Pp]arents|[Ff]amily|[Ll]awyers?|[Ee]mployers?|[Cc]olleagues|[Vv]illagers|[Pp]articipants|[Pp]rotesters|[Ss]upporters|[Oo]wners?|[Oo]perators?|[Cc]aptain)\s+of\s+(?:(?:the|a|an)\s+|(?=\p{Ll})|\p{Lu}[\p{L}-]*['’]s\s+)[^,;.:!?]{1,60}?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOfSomething();

    [GeneratedRegex(@"(?:^|[\s(])(?<head>[Oo]fficials|[Aa]uthorities|[Ss]ources|[Ww]itnesses|[Cc]ommanders|[Mm]edics)\s+(?:on|from)\s+(?:both|either|each)\s+sides?\b[^,;.:!?]{0,60}?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OnBothSides();

    [GeneratedRegex(@"(?:^|[\s(])(?<head>(?:(?:[\p{L}-]+\s+)?(?:leaders|groups)|[Ss]urvivors|[Rr]esidents|[Vv]illagers|[Ww]itnesses|[Ff]amilies|[Rr]elatives|[Rr]escuers)(?:\s+and\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)?)\s+(?:in|from|near|at|below|around|across)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,6}?[\p{Ll}-]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleInPlace();

    // A verb in the past joined by "and" just before the speaker's verb: "apologised and", "resigned and".
    [GeneratedRegex(@"(?<=\p{L}\s)\p{Ll}{3,}(?:ed|ised|ized)\s+and$", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedVerbBefore();
}
