using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Text;

namespace FactCheck.Extraction.Parsing;

/// <summary>What one sentence says about who speaks, about whom, and how, found once and shared by all its claims.</summary>
internal sealed class SentenceFacts
{
    public required Sentence Sentence { get; init; }

    /// <summary>The sentence cut into tokens once, for every phrase set.</summary>
    public required TokenizedText Tokens { get; init; }

    /// <summary>Source mentions (including resolved anaphora), with canonical names as keys.</summary>
    public required List<PhraseMatch> Sources { get; init; }

    /// <summary>Actor mentions outside source mentions, with canonical actors as keys.</summary>
    public required List<PhraseMatch> Actors { get; init; }

    public required List<PhraseMatch> EventCues { get; init; }

    /// <summary>Actors named just before a personnel noun ("North Korean soldiers"), found on first use.</summary>
    public List<PhraseMatch>? Demonyms { get; set; }

    /// <summary>Countries named, actors or not, with the countries as keys ("Pakistani" -> Pakistan), found on first use.</summary>
    public List<PhraseMatch>? Parties { get; set; }

    /// <summary>Planning cues ("expected to", "could be"), found on first use.</summary>
    public PhraseMatch[]? PlanningCues { get; set; }

    /// <summary>Nouns that name a statement's topic ("missiles", "troops"), found on first use.</summary>
    public PhraseMatch[]? TopicNouns { get; set; }

    /// <summary>Where a wire dateline ("NAIROBI, June 2 -") that opens the sentence ends, 0 when none does; found on first use.</summary>
    public int? DatelineEnd { get; set; }

    public string? Speaker { get; set; }

    public Stance? SpeakerStance { get; set; }

    /// <summary>Where the attribution verb ends: a statement's topic is named after it.</summary>
    public int SpeakerCueEnd { get; set; }

    public PhraseMatch? StanceCue { get; set; }

    public string? StanceSpeaker { get; set; }

    public string? Topic { get; set; }

    /// <summary>Whether a denial's cue governs the topic's verb with no subject between: "denied supplying".</summary>
    public bool DeniesOwnAct { get; set; }

    public bool Denies { get; set; }

    /// <summary>
    /// Who rejects the sentence's claim in a clause of its own ("..., an accusation the kingdom rejects"), and the words
    /// that reject it, and where that clause starts; the rest of the sentence is the claim, said by its own speaker.
    /// </summary>
    public (string Denier, string Cue, int Start)? Rebuttal { get; set; }
}
