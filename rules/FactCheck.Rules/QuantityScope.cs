namespace FactCheck.Rules;

/// <summary>Whether a figure counts what has happened or what is planned or expected.</summary>
public enum QuantityScope
{
    /// <summary>Sent, deployed, stationed, delivered: what has happened.</summary>
    Actual,

    /// <summary>Prepared, mobilised, expected, could be sent: what may happen.</summary>
    Planned,
}
