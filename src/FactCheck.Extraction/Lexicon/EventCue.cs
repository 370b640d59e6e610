namespace FactCheck.Extraction.Lexicon;

/// <summary>What a verb says about an event: its class ("deployment", "supply"...) and whether it speaks of a plan.</summary>
/// <param name="Event">The event class.</param>
/// <param name="Planned">True for verbs of planning or preparing (prepare, mobilise, plan).</param>
public sealed record EventCue(string Event, bool Planned = false);
