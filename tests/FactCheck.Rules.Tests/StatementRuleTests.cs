using FactCheck.Extraction.Claims;
using FactCheck.Testing;

namespace FactCheck.Rules.Tests;

public class StatementRuleTests
{
    [Fact]
    public void A_denial_of_an_assertion_is_one_finding_per_pair_of_sources()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "NIS", document: "a");
        var denial = Make.Statement(Stance.Denied, "Kremlin", document: "b");
        fixture.Insert(assertion, Make.Statement(Stance.Reported, "NIS", document: "c"), denial).Fire();

        fixture.ShouldHaveFiredTimes<DenialRule>(1);
        fixture.Query<Position>().Single(p => p.Attribution == "NIS").Claims.Count.ShouldBe(2);
        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Labels.ShouldBe(["NIS", "Kremlin"]);
        finding.Claims.ShouldBe([assertion, denial]);
        finding.Kind.ShouldBe(FindingKind.Denial);
    }

    [Fact]
    public void Two_voices_of_a_side_denying_blame_are_one_denial()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "India's government", "blame:Pakistan", document: "a"),
            Make.Statement(Stance.Denied, "Pakistan", "blame:Pakistan", document: "a"),
            Make.Statement(Stance.Denied, "Pakistan's defence minister", "blame:Pakistan", document: "b")).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Labels.ShouldBe(["India's government", "Pakistan, Pakistan's defence minister"]);
    }

    // A denial denies what its cue governs: a "no" up to a relative clause, a verb of denying up to what the denier goes
    // on to say.
    [Theory]
    [InlineData(Crash, "The military said it had found no evidence of gunfire or foul play in the crash that killed the minister and seven others.", "no", false)]
    [InlineData(Crash, "The military said there was no evidence that a missile had killed the minister and seven others.", "no", true)]
    [InlineData(Truce, "The group denied that it had broken the truce, and said the army had refused its offers to release more hostages.", "denied", false)]
    [InlineData(Truce, "The group denied that it had refused to release more hostages.", "denied", true)]
    // "was unlikely to have been the work of": what follows the cue is denied, not the subject both sides name.
    [InlineData("A bomb exploded at the shrine on Monday, killing at least 27 people, the emergency centre said.", "The police chief said the bombing that killed 20 people at the shrine was unlikely to have been the work of an international terrorist group.", "unlikely to have", false)]
    [InlineData("Officials said an international terrorist group had carried out the work of planting the bomb.", "The police chief said the bombing that killed 20 people at the shrine was unlikely to have been the work of an international terrorist group.", "unlikely to have", true)]
    // A word that opens its sentence or follows its dateline is capitalized for that alone ("Soldiers opened fire") and
    // says what the sentence says; a word cut from mid-sentence after a denial's cue ("no American casualties") names.
    [InlineData("HARBOUR CITY, May 2 (Wire) - Soldiers opened fire on marchers near the bridge, witnesses said.", "The army said reports of soldiers shooting at marchers were false.", "false", true)]
    [InlineData("Rebels said at least 40 American soldiers had been killed.", "Officials said early checks showed no American casualties.", "no", false)]
    public void A_denial_denies_only_what_its_cue_governs(string asserted, string denied, string cue, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "officials", "casualties:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "military", "casualties:", document: "b") with { Sentence = denied, Cue = cue };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // "No officer confronted the gunman before he entered the school" denies that the act was done: it answers whoever
    // says an officer did it, not whatever else names officers and the gunman, nor what the clause of time names.
    [Theory]
    [InlineData("A police officer confronted the gunman outside the school, a state official said.", true)]
    [InlineData("The director said 19 officers waited in a hallway while the gunman was inside the classroom.", false)]
    [InlineData("The chief said the gunman entered the school through an unlocked door.", false)]
    public void A_denial_that_anyone_did_an_act_meets_only_what_says_the_act_was_done(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "officials", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "agency", "", document: "b") with
        {
            Sentence = "No officer confronted the gunman before he entered the school, the agency's director said on Friday.",
            Cue = "No",
        };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A figure read in words meets the same figure in digits; another figure, or one read outside what is denied, does
    // not.
    [Theory]
    [InlineData(164, "One hundred and sixty-four people", true)]
    [InlineData(165, "One hundred and sixty-five people", false)]
    public void A_denied_figure_meets_the_same_figure_written_in_words(double value, string written, bool paired)
    {
        var sentence = $"{written} were killed in the unrest, state television reported.";
        var figure = Make.Quantity(value, "state television", "a", unit: "people", subject: "casualties:") with { Sentence = sentence, Text = written };
        var assertion = Make.Statement(Stance.Asserted, "state television", "casualties:", document: "a") with { Sentence = sentence, Figures = [figure] };
        var denial = Make.Statement(Stance.Denied, "health ministry", "casualties:", document: "b") with
        {
            Sentence = "The health ministry said the figure of 164 dead published by state media was a technical mistake.",
            Cue = "was a technical mistake",
        };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A battle's coverage speaks of one place being fought for: a denial that "the city had fallen" answers whoever says
    // it was taken, with no word of the two in common but the topic.
    [Theory]
    [InlineData("capture:", true)]
    [InlineData("combat:", false)]
    public void A_denial_that_a_place_fell_meets_the_claim_that_it_was_taken(string subject, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "Prigozhin", subject, document: "a") with { Sentence = "Prigozhin said his fighters had taken full control of Bakhmut." };
        var denial = Make.Statement(Stance.Denied, "Ukrainian government", subject, document: "b") with { Sentence = "Ukraine denied that the city had fallen.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // After "..., the governor said," the outlet sets the scene in its own words; the governor asserts none of them.
    [Theory]
    [InlineData("The toll rose to 700 on Monday, the governor said, as rescue teams pulled survivors from the rubble.", false)]
    [InlineData("Rescue teams pulled survivors from the rubble on Monday, the governor said.", true)]
    public void An_assertion_ends_where_the_outlet_sets_the_scene_after_its_speaker(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "governor", "casualties:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "army", "casualties:", document: "b") with { Sentence = "The army denied that survivors were still in the rubble.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // "denied that any submarine was involved" denies the submarine a part, which one word of the assertion names.
    [Theory]
    [InlineData("The government has denied that any submarine was involved.", true)]
    [InlineData("The government has denied that the ferry was overloaded.", false)]
    public void A_denial_that_something_was_involved_meets_any_statement_that_gives_it_a_part(string denied, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "critics", "", document: "a") with { Sentence = "Critics say a collision with a submarine sank the ferry." };
        var denial = Make.Statement(Stance.Denied, "government", "", document: "b") with { Sentence = denied, Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A search that came back empty denies the one thing it looked for, which an assertion needs only to name.
    [Theory]
    [InlineData("Pathologists said they had found no trace of arsenic in her blood.", true)]
    [InlineData("Pathologists said they had found no arsenic in her blood.", true)]
    [InlineData("Pathologists said they had found no other injuries on her body.", false)]
    public void A_search_that_found_nothing_meets_whoever_says_it_was_there(string denied, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "her brother", "poisoning:", document: "a") with { Sentence = "Her brother said she had been given arsenic." };
        var denial = Make.Statement(Stance.Denied, "pathologists", "poisoning:", document: "b") with { Sentence = denied, Cue = "no" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A denial of one's own fault answers whoever blames the denier, in whatever words.
    [Theory]
    [InlineData("An inquiry has blamed the pilot for the collision.", true)]
    [InlineData("An inquiry has blamed the harbour master for the collision.", false)]
    public void A_denial_of_one_s_own_fault_meets_whoever_blames_the_denier(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Reported, "inquiry", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "ship's pilot Jan Vos", "", document: "b") with { Sentence = "The ship's pilot, Jan Vos, denied that he had been at fault.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A denial that something the denier speaks for was at fault answers a finding that holds it responsible.
    [Theory]
    [InlineData("The agency said the plane had no fuel and that the carrier, Andair, and its pilot were responsible.", true)]
    [InlineData("The agency said the plane had no fuel and that the control tower was responsible.", false)]
    [InlineData("The agency said the plane had no fuel and denied that the carrier was responsible.", false)]
    public void A_denial_that_one_s_company_was_at_fault_meets_a_finding_that_holds_it_responsible(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "aviation agency", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "Andair's director Luis Mora", "", document: "b") with { Sentence = "Andair's director, Luis Mora, denied that the carrier had been at fault.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // Who denies any part in the attack is answered by a statement that names them and the attack.
    [Theory]
    [InlineData("Judges said Okafor had given his approval to the attack.", true)]
    [InlineData("Judges said the group had given its approval to the attack.", false)]
    public void A_denial_of_one_s_own_part_meets_a_statement_that_names_the_denier(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "Judges", "blame:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "preacher Daniel Okafor", "blame:", document: "b") with { Sentence = "The preacher Daniel Okafor has denied any role in the attack.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A source that says it never said what an outlet reports it said stands against that report of its own words; a
    // source that denies one thing and asserts another does not contradict itself.
    [Theory]
    [InlineData("General Omar Haddad denied that he had said radar tracked the airliner to the strait, saying his remarks had been misreported.", true)]
    [InlineData("General Omar Haddad denied making the remarks about radar tracking the airliner.", true)]
    [InlineData("General Omar Haddad denied that radar had tracked the airliner to the strait.", false)]
    public void A_denial_of_having_said_it_meets_the_report_of_the_same_source_s_words(string denied, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "General Omar Haddad", "", document: "a") with { Sentence = "General Omar Haddad said military radar tracked the airliner to the strait." };
        var denial = Make.Statement(Stance.Denied, "General Omar Haddad", "", document: "b") with { Sentence = denied, Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // "£350 million a week" and "£161 million a week" share the words of a figure, not a proposition.
    [Theory]
    [InlineData("The institute said the net contribution after the rebate was roughly £161 million a week.", false)]
    [InlineData("The campaign said Britain sends the union £350 million a week.", true)]
    public void The_words_of_a_figure_are_no_shared_proposition(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "institute", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "watchdog", "", document: "b") with { Sentence = "The watchdog said the claim that the country pays £350 million a week was misleading.", Cue = "misleading" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // "had been given permission" and "gave the band permission" are one verb; "set off" shares a particle, not a thing.
    [Theory]
    [InlineData("The tour manager said the band had been given permission to use pyrotechnics.", true)]
    [InlineData("Witnesses said pyrotechnics set off at the start of the show ignited foam on the walls.", false)]
    public void Irregular_forms_of_one_verb_are_one_word_and_particles_none(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "band's tour manager", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "owners", "", document: "b") with { Sentence = "The club's owners have denied that they gave the band permission to set off fireworks.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // The speaker's name inside what it denies is what the denial is about.
    [Theory]
    [InlineData("The inquiry found that the club had been warned by the council that litter under the stand was a hazard.", true)]
    [InlineData("The inquiry found that the council had been warned about litter under the stand.", false)]
    public void A_denier_named_in_what_it_denies_is_what_the_denial_is_about(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "inquiry", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "club's chairman", "", document: "b") with { Sentence = "The club's chairman denied that the club had been warned about the rubbish.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // What stands beside the speaker's name before its verb says who speaks, not what it asserts.
    [Theory]
    [InlineData("Almaz-Antey, the maker of the Buk missile system, said its own tests showed where the launcher had stood.", false)]
    [InlineData("Almaz-Antey said its own tests showed the Buk missile system had been supplied by the army.", true)]
    public void A_description_of_the_speaker_is_no_part_of_its_assertion(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "Almaz-Antey", "", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "defence ministry", "", document: "b") with { Sentence = "The ministry denied that it had supplied separatists with Buk missile systems.", Cue = "denied" };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A source that said several things is quoted for the one the denial denies, not for its first.
    [Fact]
    public void A_denial_quotes_the_statement_it_denies()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var blanket = Make.Statement(Stance.Asserted, "Survivors", "", document: "a") with { Sentence = "Survivors said someone had set fire to a blanket to attract passing ships." };
        var boats = Make.Statement(Stance.Asserted, "Survivors", "", document: "b") with { Sentence = "Survivors said three fishing boats had passed close by without stopping." };
        var denial = Make.Statement(Stance.Denied, "fishermen", "", document: "b") with { Sentence = "The fishermen denied that their boats had passed close by.", Cue = "denied" };
        fixture.Insert(blanket, boats, denial).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Claims.ShouldBe([boats, denial]);
    }

    // The accused answer an accusation: one word in common is enough ("construction"), where two are needed otherwise.
    [Theory]
    [InlineData("Parents accused local officials of allowing shoddy construction.", true)]
    [InlineData("Parents said the schools had been shoddy construction.", false)]
    [InlineData("Parents accused the builders of allowing shoddy construction.", false)]
    public void A_denial_by_the_accused_answers_the_accusation(string asserted, bool paired)
    {
        var accusation = Make.Statement(Stance.Reported, "Parents", "casualties:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "Officials", "", document: "a") with { Sentence = "Officials denied that poor construction was to blame.", Cue = "denied" };

        Meet(accusation, denial).ShouldBe(paired);
    }

    // Whether the denial rule sets the denial against the statement.
    // Whether a craft crossed a border is one proposition, however each side words it.
    [Fact]
    public void A_denial_of_an_incursion_meets_any_assertion_of_it()
    {
        var assertion = Make.Statement(Stance.Asserted, "Turkey", "incursion:", document: "a") with { Sentence = "Turkey said the bomber had been in its airspace for 17 seconds." };
        var denial = Make.Statement(Stance.Denied, "Russian government", "incursion:", document: "b") with
        {
            Sentence = "The Russian defence ministry denied that the plane had ever crossed into Turkish airspace.", Cue = "denied",
        };

        Meet(assertion, denial).ShouldBeTrue();
    }

    // A denial that the true toll was hidden answers those who say it is higher, not the government's own count.
    [Theory]
    [InlineData("The number of dead rose to 43 on Sunday, the security minister said.", false)]
    [InlineData("Residents said many more had died.", true)]
    [InlineData("Some residents and local media had said hundreds of people were killed.", true)]
    [InlineData("She said people at the scene had told her the real number of dead was much closer to 150.", true)]
    [InlineData("Residents have accused the authorities of hiding the true number of dead.", true)]
    public void A_denial_that_the_toll_was_hidden_meets_only_a_higher_toll(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "residents", "casualties:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "President", "casualties:", document: "b") with
        {
            Sentence = "The president denied on Wednesday that the government was hiding the true number of dead, which stood at 46.", Cue = "denied",
        };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // The dead's gunshot wounds say that someone fired, which a denial of firing answers in whatever words it puts it.
    [Theory]
    [InlineData("Rights groups said autopsies showed that most of the 17 civilians killed had died of gunshot wounds.", true)]
    [InlineData("Doctors said several of the dead had bullet wounds.", true)]
    [InlineData("Doctors said several of the dead had been trampled.", false)]
    public void A_denial_of_firing_meets_the_dead_s_gunshot_wounds(string asserted, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "rights groups", "shooting:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "interior minister", "shooting:", document: "b") with
        {
            Sentence = "The interior minister denied that police had fired live ammunition at protesters.", Cue = "denied",
        };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // Gunfire that witnesses heard says that someone fired, and a side that denies its forces fired answers it, though
    // the witnesses name no one who fired; a denial that names a shooter does not answer another shooter's named act.
    [Theory]
    [InlineData("Witnesses said they had heard gunfire in the old quarter for most of the night.", "shooting:", true)]
    [InlineData("Witnesses said they had seen smoke over the old quarter for most of the night.", "shooting:", false)]
    [InlineData("Witnesses said they had heard gunfire in the old quarter for most of the night.", "shooting:Iran", false)]
    public void A_denial_that_one_s_forces_fired_meets_gunfire_heard(string asserted, string subject, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "witnesses", subject, document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "Chinese officials", "shooting:China", document: "b") with
        {
            Sentence = "Chinese officials denied that security forces had fired on the crowds.", Cue = "denied",
        };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // "no evidence of Uyghur separatist involvement" denies what blames the separatists, whatever else each says.
    [Fact]
    public void No_evidence_of_a_group_s_involvement_answers_a_blame_on_it()
    {
        var assertion = Make.Statement(Stance.Reported, "government", "blame:", document: "a") with
        {
            Sentence = "The government blamed separatists from the far western region of Xinjiang for the attack.",
        };
        var denial = Make.Statement(Stance.Denied, "World Uyghur Congress spokesman", "blame:", document: "b") with
        {
            Sentence = "A World Uyghur Congress spokesman said there was no evidence of Uyghur separatist involvement.", Cue = "no",
        };

        Meet(assertion, denial).ShouldBeTrue();
    }

    // "had fired on" and "opened fire on" say one thing.
    [Fact]
    public void Firing_and_opening_fire_are_one_act()
    {
        var assertion = Make.Statement(Stance.Asserted, "police", "shooting:", document: "a") with
        {
            Sentence = "Soldiers opened fire on opposition supporters in the capital on Wednesday, killing three people, police said.",
        };
        var denial = Make.Statement(Stance.Denied, "army", "shooting:", document: "b") with
        {
            Sentence = "The army denied that its soldiers had fired on unarmed civilians.", Cue = "denied",
        };

        Meet(assertion, denial).ShouldBeTrue();
    }

    // A denial that names a figure of a hundred or more another source gives answers it, though the two are read as
    // telling of different acts; a small figure names no one count.
    [Theory]
    [InlineData("More than 1,600 civilians were killed by coalition air strikes and artillery fire, the monitors said.", "more than 1,600", true)]
    [InlineData("More than 16 civilians were killed by coalition air strikes and artillery fire, the monitors said.", "more than 16", false)]
    public void A_denial_of_another_s_figure_answers_it_under_any_subject(string asserted, string figure, bool paired)
    {
        var assertion = Make.Statement(Stance.Asserted, "monitors", "supply:", document: "a") with { Sentence = asserted };
        var denial = Make.Statement(Stance.Denied, "coalition spokesman", "casualties:", document: "b") with
        {
            Sentence = $"A coalition spokesman rejected the claim that the coalition had killed {figure} of them.", Cue = "rejected",
        };

        Meet(assertion, denial).ShouldBe(paired);
    }

    // A side's own voice is not the other side of its denial: "Pakistan rejected the claim that militants had been
    // killed" stands against India's claim, not against Pakistan's military, which speaks of the same dead.
    [Fact]
    public void A_denial_does_not_stand_against_a_voice_of_its_own_side()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var own = Make.Statement(Stance.Asserted, "Pakistan's military", "casualties:", document: "a") with
        {
            Sentence = "Pakistan's military said 26 civilians had been killed and that no militant camps had been hit.",
        };
        var rival = Make.Statement(Stance.Asserted, "India's army", "casualties:", document: "b") with
        {
            Sentence = "India's army said more than 100 militants had been killed in the strikes.",
        };
        var denial = Make.Statement(Stance.Denied, "Pakistan", "casualties:", document: "c") with
        {
            Sentence = "Pakistan rejected the claim that militants had been killed in the strikes, saying the dead were civilians.", Cue = "rejected",
        };
        fixture.Insert(own, rival, denial).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Claims.ShouldBe([rival, denial]);
    }

    [Theory]
    [InlineData("Pakistan", "Pakistan's military", true)]
    [InlineData("police spokesman", "police", true)]
    [InlineData("Russia", "Russian officials", false)]
    [InlineData("UN", "UNICEF", false)]
    public void One_side_is_a_name_and_its_own_voices(string one, string other, bool same)
        => Position.OneSide(one, other).ShouldBe(same);

    // A figure outside the clause the denial's cue opens is not denied: it names the event ("the crash that killed all
    // 230") or the denier's own count.
    [Theory]
    [InlineData("The bureau said it had found no evidence that a missile had brought the plane down, and ended its inquiry into the crash that killed all 230 people aboard.", "no")]
    [InlineData("The monitors, which had put the toll at 230, said the official figure was not credible.", "not credible")]
    [InlineData("The bureau disputed the new figure and said that its best estimate remained 230.", "disputed")]
    [InlineData("The bureau disputed the new figure and that its best estimate remained 230.", "disputed")]
    public void A_figure_beside_a_denial_s_clause_is_not_denied(string denied, string cue)
    {
        var assertion = Make.Statement(Stance.Asserted, "officials", "casualties:", document: "a") with
        {
            Sentence = "All 230 people on board were feared dead, officials said.",
        };
        var denial = Make.Statement(Stance.Denied, "bureau", "cause:", document: "b") with { Sentence = denied, Cue = cue };

        Meet(assertion, denial).ShouldBeFalse();
    }

    // A compound is a word both sides can share: "self-defence".
    [Fact]
    public void A_hyphenated_compound_is_a_shared_word()
    {
        var assertion = Make.Statement(Stance.Asserted, "police spokesman", "deployment:", document: "a") with
        {
            Sentence = "A police spokesman said the shooting had been self-defence.",
        };
        var denial = Make.Statement(Stance.Denied, "commission", "intent:", document: "b") with
        {
            Sentence = "The commission found that the police had opened fire deliberately, rejecting the claim that the shooting was self-defence.",
            Cue = "rejecting",
        };

        Meet(assertion, denial).ShouldBeTrue();
    }

    private static bool Meet(StatementClaim statement, StatementClaim denial)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(statement, denial).Fire();
        return fixture.Query<Finding>().Any();
    }

    private const string Crash = "The helicopter crashed in fog, killing the minister and seven others, officials said.";
    private const string Truce = "The group released 13 hostages on the first day of the truce, and refused to release more hostages, officials said.";

    [Fact]
    public void Two_sources_denying_another_proposition_stay_two_denials()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "NIS", document: "a"),
            Make.Statement(Stance.Denied, "Kremlin", document: "a"),
            Make.Statement(Stance.Denied, "Pyongyang", document: "b")).Fire();

        fixture.Query<Finding>().Count().ShouldBe(2);
    }

    [Fact]
    public void A_denial_against_several_sources_is_one_finding_listing_them_all()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var nis = Make.Statement(Stance.Asserted, "NIS", document: "a");
        var kyiv = Make.Statement(Stance.Confirmed, "Kyiv", document: "b");
        var denial = Make.Statement(Stance.Denied, "Kremlin", document: "c");
        fixture.Insert(denial, kyiv, nis).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        // The asserting sides in the order of what they say ("Kyiv Confirmed." before "NIS Asserted."), whatever the input order.
        finding.Labels.ShouldBe(["Kyiv, NIS", "Kremlin"]);
        finding.Claims.ShouldBe([kyiv, nis, denial]);
        finding.Explanation.ShouldContain("Kremlin denies");
    }

    [Fact]
    public void A_denial_of_another_proposition_or_by_the_same_source_is_not_flagged()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "NIS"),
            Make.Statement(Stance.Denied, "Kremlin", "supply:North Korea"),
            Make.Statement(Stance.Denied, "NIS", document: "z"),
            Make.Statement(Stance.Planned, "Seoul")).Fire();

        fixture.ShouldNotHaveFired<DenialRule>();
    }

    [Fact]
    public void A_denial_under_an_event_class_without_an_agent_contradicts_only_a_statement_of_the_same_proposition()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "Governor", "casualties:") with { Sentence = "The governor said hundreds had died in the tower." },
            Make.Statement(Stance.Denied, "Police", "casualties:") with { Sentence = "Police denied that roads were closed." }).Fire();
        fixture.ShouldNotHaveFired<DenialRule>();

        fixture.Insert(Make.Statement(Stance.Asserted, "Residents", "casualties:", "b") with { Sentence = "Residents insisted that the roads were closed for hours." }).Fire();
        fixture.ShouldHaveFiredTimes<DenialRule>(1);
    }

    [Fact]
    public void A_denial_no_event_names_meets_an_assertion_of_the_same_thing_under_any_subject()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "Protesters", "shooting:") with { Sentence = "Protesters said a sound cannon had been fired at the crowd." },
            Make.Statement(Stance.Asserted, "Police", "turnout:") with { Sentence = "Police said the crowd numbered 100,000." },
            Make.Statement(Stance.Denied, "Government", "", "b") with { Sentence = "The government denied using a sound cannon." }).Fire();

        var finding = fixture.Query<Finding>().Single();
        finding.Labels.ShouldContain(label => label.Contains("Protesters"));
        finding.Labels.ShouldNotContain(label => label.Contains("Police"));
    }

    [Fact]
    public void Words_of_saying_are_no_part_of_what_is_said()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "Commanders", "casualties:") with { Sentence = "Commanders said the guards saw the attack coming, which officials say saved lives." },
            Make.Statement(Stance.Denied, "Ministry", "casualties:", "b") with { Sentence = "The ministry denied the attack had caused casualties, saying the shelters held." }).Fire();

        fixture.ShouldNotHaveFired<DenialRule>();
    }

    [Fact]
    public void A_denial_that_answers_a_statement_contradicts_that_statement_whatever_its_words()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        const string claim = "Officials said the drone had flown over six military bases.";
        var answered = Make.Statement(Stance.Asserted, "Officials", "statement:", "a") with { Sentence = claim };
        var unrelated = Make.Statement(Stance.Asserted, "Analysts", "statement:", "b") with { Sentence = "Analysts said the weather was calm." };
        var answer = Make.Statement(Stance.Denied, "Ministry", "statement:", "a") with { Sentence = "The ministry rejected that account.", Answers = claim };
        fixture.Insert(answered, unrelated, answer).Fire();

        var finding = fixture.Query<Finding>().ShouldHaveSingleItem();
        finding.Claims.ShouldBe([answered, answer]);
    }

    [Fact]
    public void Words_of_a_speaker_s_own_name_do_not_make_its_statement_share_a_proposition()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "officials", "", "a") with { Sentence = "Ten wagons of a Harbor Freight train overturned, officials said." },
            Make.Statement(Stance.Denied, "Harbor Freight", "", "b") with { Sentence = "Harbor Freight denied that it had delayed the clean-up." }).Fire();

        fixture.ShouldNotHaveFired<DenialRule>();
    }

    [Fact]
    public void Statements_that_share_only_names_are_not_one_proposition()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "NIS", "", "a") with { Sentence = "The agency said North Korean leader Kim Jong Un inspected the units." },
            Make.Statement(Stance.Denied, "Kremlin", "", "b") with { Sentence = "Kremlin dismisses allegations of North Korean aid." }).Fire();

        fixture.ShouldNotHaveFired<DenialRule>();
    }

    [Fact]
    public void A_denial_and_an_assertion_that_give_one_figure_are_one_proposition_but_a_shared_year_is_not()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "relief agency", "casualties:", "a") with { Sentence = "The relief agency said 2,740 people had been killed in the valley, citing the provincial hospital." };
        var year = Make.Statement(Stance.Asserted, "historians", "casualties:", "c") with { Sentence = "Historians said the 1998 floods were worse." };
        var denial = Make.Statement(Stance.Denied, "provincial hospital", "casualties:", "b") with { Sentence = "The provincial hospital denied that it had ever put the toll at 2,740 in 1998 terms." };
        fixture.Insert(assertion, year, denial).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Claims.ShouldBe([assertion, denial]);
    }

    [Fact]
    public void What_a_denial_denies_stops_where_a_clause_sets_its_scene()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "travel blogger", "", "a") with { Sentence = "A travel blogger said the delayed flight had left two hours late." },
            Make.Statement(Stance.Denied, "airline", "", "b") with { Sentence = "The airline denied that the jet had a history of brake faults, after travellers complained about a delayed flight.", Cue = "denied" }).Fire();

        fixture.ShouldNotHaveFired<DenialRule>();

        fixture.Insert(Make.Statement(Stance.Asserted, "mechanics", "", "c") with { Sentence = "Mechanics said the jet's brake faults had been logged twice." }).Fire();
        fixture.ShouldHaveFiredTimes<DenialRule>(1);
    }

    [Fact]
    public void A_denial_whose_cue_follows_what_it_denies_keeps_its_whole_sentence()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        fixture.Insert(
            Make.Statement(Stance.Asserted, "officials", "", "a") with { Sentence = "Officials said dozens died after riot police fired tear gas into the stands." },
            Make.Statement(Stance.Denied, "police", "", "b") with { Sentence = "Police said tear gas was not the cause of the deaths.", Cue = "was not" }).Fire();

        fixture.ShouldHaveFiredTimes<DenialRule>(1);
    }

    [Fact]
    public void Troops_soldiers_and_forces_are_one_word_of_a_proposition()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var denial = Make.Statement(Stance.Denied, "Veldania", "combat:", "a") with { Sentence = "Veldania denied that its troops were fighting across the border." };
        var assertion = Make.Statement(Stance.Asserted, "UN experts", "combat:", "b") with { Sentence = "UN experts said that 3,000 Veldanian soldiers are fighting alongside the rebels." };
        fixture.Insert(denial, assertion).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Claims.ShouldBe([assertion, denial], ignoreOrder: true);
    }

    [Fact]
    public void Statements_without_a_topic_that_share_two_word_stems_are_one_proposition()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "passengers", "", "a") with { Sentence = "Passengers said the crew had tried to tow the ferry before it sank." };
        var denial = Make.Statement(Stance.Denied, "port authority", "", "b") with { Sentence = "The port authority denied that the ferry had been towed." };
        var other = Make.Statement(Stance.Asserted, "weather service", "", "c") with { Sentence = "The weather service said winds were light and the ferry was late." };
        fixture.Insert(assertion, denial, other).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem().Claims.ShouldBe([assertion, denial]);
    }

    [Fact]
    public void Confirmation_against_non_confirmation_is_apparent_between_sources_and_hard_within_one()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new ConfirmationConflictRule());
        fixture.Insert(
            Make.Statement(Stance.Unverified, "NATO", document: "a"),
            Make.Statement(Stance.Confirmed, "Seoul", document: "b"),
            Make.Statement(Stance.Confirmed, "NATO", document: "c"),
            Make.Statement(Stance.Confirmed, "NATO", "supply:North Korea", "d")).Fire();

        var findings = fixture.Query<Finding>().OrderBy(f => f.Severity).ToList();
        findings.Select(f => (f.Severity, f.Labels[0])).ShouldBe([(Severity.Hard, "NATO"), (Severity.Apparent, "Seoul")]);
    }

    [Theory]
    [InlineData("The agency could not independently verify how many graves the ministry had counted.", "b", false)]
    [InlineData("The agency said it had no way of checking the figures in the leaked memo.", "a", true)]
    [InlineData("The agency could not independently verify that the audit of the port had been completed.", "b", true)]
    public void Statements_without_a_topic_meet_in_one_article_or_over_what_they_share(string doubt, string document, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new ConfirmationConflictRule());
        var confirmation = Make.Statement(Stance.Confirmed, "State Department", subject: "", document: "a") with
        {
            Sentence = "A ministry spokesman confirmed that the audit of the port had been completed.",
        };
        var doubting = Make.Statement(Stance.Unverified, "agency", subject: "", document: document) with { Sentence = doubt };
        fixture.Insert(confirmation, doubting).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // A denial of a round figure ("1,000 people did not die") answers an estimate it rounds ("980 deaths"), not one far off.
    [Theory]
    [InlineData("The researchers estimated that the floods had caused 980 deaths.", true)]
    [InlineData("The researchers estimated that the floods had caused 1,450 deaths.", false)]
    public void A_denied_round_figure_answers_the_estimate_it_rounds(string estimate, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "university", "casualties:", "a") with { Sentence = estimate };
        var denial = Make.Statement(Stance.Denied, "governor", "casualties:", "b") with { Sentence = "The governor said 1,000 people did not die in the floods." };
        fixture.Insert(assertion, denial).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // A negated verb denies its own clause: a relative clause after it ("the first shooting, in which two students were
    // killed") only says which shooting, so the denial does not answer an account of the killings.
    [Theory]
    [InlineData("The university president said the campus had not been locked down after the first shooting, in which two students were killed, because police believed it was a domestic dispute.", false)]
    [InlineData("The university president said two students had not been killed in the first shooting.", true)]
    public void A_negated_verb_denies_its_own_clause(string denial, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "police", "casualties:", "a") with
        {
            Sentence = "A gunman killed two students at a dormitory, police said.",
        };
        var denying = Make.Statement(Stance.Denied, "university president", "casualties:", "b") with { Sentence = denial, Cue = "had not" };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // "had not paid any ransom" and "had authorised a ransom payment" share their verb, by its irregular forms.
    [Fact]
    public void Irregular_forms_of_a_verb_are_one_word()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "chief executive", "payment:", "a") with
        {
            Sentence = "The chief executive said he had authorised a ransom payment of $4.4 million.",
        };
        var denying = Make.Statement(Stance.Denied, "company", "payment:", "b") with
        {
            Sentence = "The company said it had not paid any ransom, in a statement issued on May 10.",
            Cue = "had not",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().ShouldHaveSingleItem();
    }

    // Blame that falls on a person rather than a country: the person's name is the proposition, whatever the act is
    // called; another person's name is another proposition.
    [Theory]
    [InlineData("A CIA assessment concluded that the crown prince had approved the operation.", true)]
    [InlineData("A CIA assessment concluded that the intelligence chief had approved the operation.", false)]
    public void A_denial_of_blame_by_name_answers_whoever_blames_that_name(string assertionSentence, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "CIA", "blame:", "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "kingdom", "blame:", "b") with
        {
            Sentence = "The kingdom has denied that Crown Prince Mohammed bin Salman ordered the killing.",
            Cue = "denied",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // "submarine" and "submarines" are one word; "any of the men" and "any of their submarines" share no thing said.
    [Theory]
    [InlineData("The navy's commander said the accident had probably been caused by a collision with a foreign submarine.", true)]
    [InlineData("Divers found the submarine flooded, ending hopes that any of the men on board had survived, officials said.", false)]
    public void A_singular_meets_its_plural_and_a_quantifier_is_no_shared_word(string assertionSentence, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "navy", "", "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "US government", "", "b") with
        {
            Sentence = "The United States and Britain denied that any of their submarines had been involved in a collision with the Kursk.",
            Cue = "denied",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // One who denies any role answers whoever blames them by name, in whatever words the blame is put: also one who
    // says the deed was organised or orchestrated by them.
    [Theory]
    [InlineData("The president blamed supporters of the cleric Fethullah Gulen for the attempt.", true)]
    [InlineData("The president blamed supporters of the army chief for the attempt.", false)]
    [InlineData("The president said the attempt had been orchestrated by followers of Fethullah Gulen.", true)]
    [InlineData("The president said the attempt had taken place while Fethullah Gulen was abroad.", false)]
    public void A_denial_of_any_role_answers_a_blame_that_names_the_denier(string assertionSentence, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "president", "blame:", "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "Gulen", "blame:", "b") with { Sentence = "Gulen again denied any role in the coup.", Cue = "denied" };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // "a figure far higher" and "the group's figures" name figures, not one thing said: figures meet by their values.
    [Fact]
    public void The_word_figure_is_no_shared_proposition()
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "interior ministry officials", "", "a") with
        {
            Sentence = "About 1,500 people were killed in the unrest, the officials told a news agency, a figure far higher than any given before.",
        };
        var denying = Make.Statement(Stance.Denied, "Iran", "", "b") with
        {
            Sentence = "Iranian officials have not given a national toll and have called the group's figures speculative.",
            Cue = "speculative",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().ShouldBeEmpty();
    }

    // A denial that harm was meant answers whatever says it was meant, in any words; and, as a denial of what no event
    // names, what shares its words under any subject.
    [Theory]
    [InlineData("The charity's founder said the convoy had been targeted systematically, car by car.", "intent:", true)]
    [InlineData("Residents said the number of hostages was far higher.", "", true)]
    [InlineData("The charity said it had paused its operations in the territory.", "", false)]
    public void A_denial_of_intent_answers_what_says_harm_was_meant(string assertionSentence, string assertionSubject, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "founder", assertionSubject, "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "army", "intent:", "b") with
        {
            Sentence = "The army denied that it had deliberately struck the convoy or played down the number of hostages.",
            Cue = "denied",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // "denied that freeway bridges that collapsed had been left unretrofitted": the collapse, which the relative clause
    // takes as given, is no part of what is denied.
    [Theory]
    [InlineData("The quake collapsed freeways and apartment buildings across the valley.", false)]
    [InlineData("Engineers said the freeway bridges had been left unretrofitted to save money.", true)]
    public void What_a_denial_s_relative_clause_takes_as_given_is_not_denied(string assertionSentence, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "engineers", "", "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "officials", "", "b") with
        {
            Sentence = "Officials denied that freeway bridges that collapsed had been left unretrofitted for lack of money.",
            Cue = "denied",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // "denied reports that a Saudi man was a suspect" and "reported that a suspect had been arrested" share the
    // reporting and one word; the reporting is no part of what either says.
    [Theory]
    [InlineData("Several news sites reported on Wednesday that a suspect had been arrested in the shooting.", false)]
    [InlineData("A sports writer was being questioned as a suspect in the shooting, sources said.", true)]
    public void Reporting_is_no_shared_proposition(string assertionSentence, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "news sites", "", "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "police chief", "", "b") with
        {
            Sentence = "The police chief denied reports that a sports writer had been questioned as a suspect.",
            Cue = "denied",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }

    // "did not believe" denies what its clause says, as a verb of denying does, not the words of who does not believe
    // it.
    [Theory]
    [InlineData("The coroner said the climber had died of carbon monoxide poisoning.", true)]
    [InlineData("Rescuers said a guide on the expedition had found the climber's tent.", false)]
    public void A_belief_denied_answers_what_its_clause_names(string assertionSentence, bool meets)
    {
        var fixture = new RuleTestFixture(new PositionRule(), new DenialRule());
        var assertion = Make.Statement(Stance.Asserted, "officials", "", "a") with { Sentence = assertionSentence };
        var denying = Make.Statement(Stance.Denied, "guide", "", "b") with
        {
            Sentence = "A guide on the expedition said he did not believe carbon monoxide had killed the climber.",
            Cue = "did not believe",
        };
        fixture.Insert(assertion, denying).Fire();

        fixture.Query<Finding>().Any().ShouldBe(meets);
    }
}
