using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Tests;

/// <summary>A speaker who says that something did not happen denies it; a negation that leaves the claim standing does not.</summary>
public class NegatedClaimTests
{
    [Theory]
    [InlineData("The navy said that no missiles had been fired at the ferry.")]
    [InlineData("Officials said early reports showed no British casualties.")]
    [InlineData("No soldiers were killed in the attack, the ministry said.")]
    [InlineData("The army said the missiles were not fired by its troops.")]
    [InlineData("The hospital group said it had not paid a ransom to the hackers.")]
    [InlineData("US agencies assessed with high confidence that Iran was not responsible for the blast at the clinic, the State Department said, citing satellite imagery and intercepted calls.")]
    public void Saying_that_it_did_not_happen_is_a_denial(string text)
    {
        var statement = Extract.Statement(text);

        statement.Stance.ShouldBe(Stance.Denied);
    }

    [Theory]
    [InlineData("The ministry said the toll had been confirmed, four of which did not survive surgery.")]
    [InlineData("The institute said it was the blast wave, not the fire, that killed most of the victims.")]
    [InlineData("The governor said she did not expect the death toll to change.")]
    [InlineData("The coroner said there was no doubt that 14 people had been killed.")]
    [InlineData("Police said no more than 300 people had been killed.")]
    [InlineData("Police said an earlier figure of 147 killed had not included victims who died at home.")]
    [InlineData("The bureau said it had been warned that the man charged with killing nine people wanted to kill, but that agents had not acted on the warning.")]
    public void A_negation_that_leaves_the_claim_standing_denies_nothing(string text)
        => Extract.Statement(text).Stance.ShouldNotBe(Stance.Denied);

    [Fact]
    public void A_negative_statement_with_no_known_topic_is_left_as_it_is()
        => Extract.Statement("The union said the gap between the two tallies had not narrowed.").Stance.ShouldNotBe(Stance.Denied);

    [Fact]
    public void A_denied_ransom_and_an_admitted_one_are_about_one_payment()
    {
        var claims = Extract.From("The hospital group said it had not paid a ransom. Its chief executive later admitted authorising a ransom of $1.1 million.").OfType<StatementClaim>().ToList();

        claims.Select(c => c.Subject).ShouldAllBe(s => s.StartsWith("payment:", StringComparison.Ordinal));
        claims.Select(c => c.Stance).ShouldBe([Stance.Denied, Stance.Asserted]);
    }

    [Fact]
    public void The_figure_of_a_negative_statement_keeps_its_own_stance()
    {
        var zero = Extract.From("Officials said early reports showed no British casualties.").OfType<QuantityClaim>().First();

        zero.Value.ShouldBe(0);
        zero.Stance.ShouldNotBe(Stance.Denied);
    }

    [Fact]
    public void Held_in_jail_since_a_month_dates_the_start_of_a_detention()
    {
        var since = Extract.Date("The journalist has been held in a Tehran jail since May.", "2024-09-02");

        since.Subject.ShouldStartWith("arrest:");
        since.Role.ShouldBe(DateRole.Start);
        since.From.ShouldBe(new DateOnly(2024, 5, 1));
    }

    [Fact]
    public void A_negation_in_the_reason_for_what_is_said_denies_nothing()
        => Extract.From("Officials said 96 people had died in the crash, not 97, because one person on the list had not boarded.").OfType<StatementClaim>().Single()
            .Stance.ShouldBe(Stance.Asserted);

    [Theory]
    [InlineData("The driver's lawyer said the safety system was inadequate because it could not brake the train automatically.", Stance.Asserted)]
    [InlineData("Officials said they could not rule out more deaths.", Stance.Planned)]
    public void What_could_not_be_done_is_said_of_the_past(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);
}
