namespace FactCheck.Extraction.Claims;

/// <summary>
/// An attributed assertion, denial, confirmation or non-confirmation of a proposition, such as "NIS said North Korea sent
/// troops" or "the Kremlin dismissed it as another hoax". The proposition is <see cref="Claim.Subject"/>.
/// </summary>
public sealed record StatementClaim : Claim
{
    /// <summary>The words that set the stance: "dismissed", "cannot verify", "confirmed", "stated".</summary>
    public required string Cue { get; init; }

    /// <summary>
    /// For a statement that answers the one before it ("Beijing has rejected that account", "the ministry dismissed the
    /// claims"), the sentence before it, which says what is rejected; "" otherwise.
    /// </summary>
    public string Answers { get; init; } = "";

    /// <summary>
    /// The figures its sentence gives, as read ("One hundred and sixty-four people" is 164): so a statement that writes a
    /// figure in words meets one that gives it in digits.
    /// </summary>
    public IReadOnlyList<QuantityClaim> Figures { get; init; } = [];

    /// <inheritdoc />
    public override ClaimKind Kind => ClaimKind.Statement;
}
