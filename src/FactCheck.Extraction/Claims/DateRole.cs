namespace FactCheck.Extraction.Claims;

/// <summary>What a date says about its event.</summary>
public enum DateRole
{
    /// <summary>When it happened.</summary>
    Point,

    /// <summary>When it started ("since August").</summary>
    Start,

    /// <summary>The period over which it happened ("between Oct. 8 and 13").</summary>
    Period,
}
