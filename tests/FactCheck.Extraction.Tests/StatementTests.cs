using FactCheck.Extraction.Claims;
using FactCheck.Extraction.Documents;
using FactCheck.Extraction.Lexicon;

namespace FactCheck.Extraction.Tests;

public class StatementTests
{
    [Theory]
    [InlineData("South Korea's National Intelligence Service said North Korean troops were sent to Russia.", "NIS", Stance.Asserted)]
    [InlineData("According to South Korea's spy agency, North Korean soldiers are in Russia.", "NIS", Stance.Reported)]
    [InlineData("The intelligence agency in Seoul alleged that North Korean forces arrived.", "NIS", Stance.Reported)]
    [InlineData("Kremlin spokesman Dmitry Peskov dismissed reports of North Korean troops as another hoax.", "Russian government", Stance.Denied)]
    [InlineData("Russia, however, has denied reports of North Korean soldiers fighting in Ukraine.", "Russian government", Stance.Denied)]
    [InlineData("Moscow has described the allegations that it employed North Korean troops as fake news.", "Russian government", Stance.Denied)]
    [InlineData("Kremlin spokesman Dmitry Peskov said it was technically impossible that North Korean troops were fighting for Russia.", "Russian government", Stance.Denied)]
    [InlineData("NATO cannot verify reports of North Korean soldiers engaging in the war.", "NATO", Stance.Unverified)]
    [InlineData("NATO officials have confirmed the shipment of weapons from North Korea.", "NATO", Stance.Confirmed)]
    [InlineData("The figure was not confirmed by the Pentagon and troops remain unaccounted for.", "Pentagon", Stance.Unverified)]
    [InlineData("The air force chief said it was not the air force's job to count the dead.", "air force chief", Stance.Asserted)]
    [InlineData("The council called the figure nonsense.", "council", Stance.Denied)]
    [InlineData("A spokesman for the security council called the reports fake news.", "security council", Stance.Denied)]
    public void Finds_who_says_what_and_how(string text, string attribution, Stance stance)
    {
        var statement = Extract.Statement(text);

        statement.Attribution.ShouldBe(attribution);
        statement.Stance.ShouldBe(stance);
    }

    [Fact]
    public void A_denial_that_points_back_answers_the_sentence_before_and_shares_its_proposition()
    {
        var statements = Extract.From("Officials said the drone had flown over six military bases. The ministry has rejected that account, calling it slander.")
            .OfType<StatementClaim>().ToList();

        statements.Count.ShouldBe(2);
        statements[1].Stance.ShouldBe(Stance.Denied);
        statements[1].Answers.ShouldBe(statements[0].Sentence);
        statements.ShouldAllBe(s => s.Subject == "statement:");
    }

    // "gave a magnitude of 5.9, and rejected the higher figure": the figure rejected is another of what the sentence
    // counts, not the statement before it.
    [Fact]
    public void Rejecting_another_figure_of_what_the_sentence_counts_answers_no_statement_before()
    {
        var denial = Extract.From("The ministry said 410 people had died in the tremor. The national observatory measured the tremor at magnitude 5.4, and rejected the higher figure reported by foreign agencies.")
            .OfType<StatementClaim>().Single(s => s.Stance == Stance.Denied);

        denial.Answers.ShouldBeNullOrEmpty();
        denial.Subject.ShouldNotStartWith("casualties:");
    }

    // "The Kremlin called the report nonsense": what the cue calls false is named before it.
    [Fact]
    public void Calling_the_report_nonsense_answers_the_sentence_before()
    {
        var statements = Extract.From("Intelligence officials concluded that a Russian unit had offered bounties to militants for killing coalition troops, the newspaper reported. The Kremlin called the report nonsense.")
            .OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe(statements[0].Sentence);
    }

    // "said the figures announced by Chebukati were null and void": a result rejected, named by who announced it.
    [Fact]
    public void Calling_announced_figures_null_and_void_answers_who_announced_them()
    {
        var statements = Extract.From("Commission chairman Wafula Chebukati said Ruto had won with 50.5 percent of the vote. Odinga said the figures announced by Chebukati were null and void.")
            .OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe(statements[0].Sentence);
    }

    // "said the Red Cross figure was exaggerated": the figure said to be false is named before the cue, with its owner.
    [Fact]
    public void Saying_a_named_figure_was_exaggerated_answers_its_owner()
    {
        var statements = Extract.From("The Red Cross estimated that up to 128,000 people had died in the cyclone. The junta said the Red Cross figure was exaggerated.")
            .OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe(statements[0].Sentence);
    }

    [Theory]
    [InlineData("The company has long maintained that the leak was caused by a disgruntled employee. Survivors' groups rejected that explanation.")]
    [InlineData("The agency said the pilots had not followed the checklist. The investigators rejected the criticism.")]
    public void Rejecting_an_explanation_or_a_criticism_answers_the_sentence_before(string text)
    {
        var statements = Extract.From(text).OfType<StatementClaim>().ToList();

        statements.Count.ShouldBe(2);
        statements[1].Stance.ShouldBe(Stance.Denied);
        statements[1].Answers.ShouldBe(statements[0].Sentence);
    }

    // A commission into something is the commission, and a verb that needs a clause after it ("found") may stand after
    // its clause, set off by commas.
    [Fact]
    public void A_commission_into_fires_speaks_and_may_find_after_its_clause()
    {
        var statements = Extract.From("The royal commission into the Black Saturday fires, which killed 173 people, found that the warning system had failed. Power lines started several of the fires, the commission found, which the company disputed.")
            .OfType<StatementClaim>().ToList();

        statements[0].Attribution.ShouldBe("royal commission");
        statements.Where(s => s.Sentence.StartsWith("Power", StringComparison.Ordinal)).Select(s => s.Stance).ShouldBe([Stance.Asserted, Stance.Denied]);
    }

    // What is said to be unlikely to have happened is denied; what is unlikely to come is a forecast.
    [Theory]
    [InlineData("The agency's director said a loose bolt was unlikely to have caused the collapse.", Stance.Denied)]
    [InlineData("Forecasters said the storm was unlikely to strengthen before landfall.", Stance.Asserted)]
    public void What_is_unlikely_to_have_happened_is_denied(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);

    // Dismissing others' accusations and then saying one had nothing to do with it denies, however the dismissal is put.
    [Fact]
    public void A_denial_after_dismissing_accusations_denies()
        => Extract.Statement("Georgia's foreign ministry said Russia's accusations were a planned provocation and that Tbilisi had nothing to do with the bombing.").Stance.ShouldBe(Stance.Denied);

    // Evidence linking the attackers to a country blames that country, as "links to" does.
    [Fact]
    public void Evidence_linking_attackers_to_a_country_blames_it()
        => Extract.Statement("Investigators said they had found evidence linking the bombers to Iranian intelligence.").Subject.ShouldBe("blame:Iran");

    // Whether someone was poisoned is one question, whoever is said to have done it and wherever it is told.
    [Theory]
    [InlineData("Doctors in Lyon said they had found no trace of poison in his blood.", Stance.Denied)]
    [InlineData("French investigators said on Monday that the journalist had been poisoned with thallium.", Stance.Asserted)]
    public void Whether_someone_was_poisoned_is_a_topic_of_its_own(string text, Stance stance)
    {
        var statement = Extract.Statement(text);

        statement.Subject.ShouldBe("poisoning:");
        statement.Stance.ShouldBe(stance);
    }

    // An aside about the speaker names no one who speaks: "The navigator, rescued by Syrian and Russian forces, said".
    [Fact]
    public void A_participle_aside_after_the_speaker_does_not_speak()
        => Extract.Statement("The plane's navigator, rescued by Syrian and Russian forces, said the crew had received no warning before they were hit.")
            .ShouldSatisfyAllConditions(s => s.Attribution.ShouldBe("plane's navigator"), s => s.Subject.ShouldBe("warning:"), s => s.Stance.ShouldBe(Stance.Denied));

    // A side that denies what its own forces did is the side the proposition is about, however it names its forces.
    [Theory]
    [InlineData("Rwanda's government has denied that any of its troops are in the country.", "deployment:Rwanda")]
    [InlineData("Rwanda denied that its troops were fighting in Congo.", "combat:Rwanda")]
    public void Denying_what_one_s_own_forces_did_is_about_one_s_side(string text, string subject)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe(subject), s => s.Stance.ShouldBe(Stance.Denied));

    // An armed group of no country is someone a blame falls on; a fault is no one.
    [Theory]
    [InlineData("The government blamed separatists from the far western region of Xinjiang for the attack.", "blame:")]
    [InlineData("The airline blamed a technical problem for the delay.", "")]
    public void Blaming_an_armed_group_is_a_blame(string text, string subject)
        => Extract.Statement(text).Subject.ShouldBe(subject);

    // The dead counted as shot, or killed by those who opened fire, say that someone fired, besides how many died.
    [Theory]
    [InlineData("Rights groups said autopsies showed that most of the 17 civilians killed had died of gunshot wounds.")]
    [InlineData("Soldiers opened fire on opposition supporters in the capital on Wednesday, killing three people, police said.")]
    public void The_dead_who_were_shot_say_someone_fired(string text)
        => Extract.From(text).OfType<StatementClaim>().Select(s => s.Subject).ShouldBe(["shooting:", "casualties:"]);

    // A side that denies civilians were killed speaks of what its own forces did.
    [Theory]
    [InlineData("Mali's government denied that any civilians had been killed and said only terrorists had died.", "casualties:Mali")]
    [InlineData("The Malian army denied that any civilians had been killed in the operation.", "casualties:Mali")]
    [InlineData("The government denied that any civilians had been killed.", "casualties:")]
    public void Denying_that_civilians_were_killed_speaks_for_one_s_own_forces(string text, string subject)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe(subject), s => s.Stance.ShouldBe(Stance.Denied));

    // Pilots warned are a warning given, which "received no warning" answers.
    [Fact]
    public void Warning_a_plane_s_pilots_is_a_warning()
        => Extract.Statement("Turkish jets shot down the bomber, the military said, after warning its pilots 10 times in five minutes.").Subject.ShouldBe("warning:");

    // A government that rejects reports that its own missile downed a plane answers for it: its denial meets whoever
    // blames it.
    [Theory]
    [InlineData("Iran on Friday rejected reports that one of its missiles had brought down the plane, calling them a psychological war.")]
    [InlineData("Iran denied that its missile had brought down the plane.")]
    public void Denying_that_one_s_own_missile_downed_a_plane_answers_for_the_blame(string text)
        => Extract.From(text).OfType<StatementClaim>().Single().ShouldSatisfyAllConditions(
            s => s.Subject.ShouldBe("blame:Iran"), s => s.Stance.ShouldBe(Stance.Denied));

    [Fact]
    public void A_place_adverb_after_the_speaker_is_no_part_of_it()
        => Extract.From("Officials here said about 300 people were feared drowned.").OfType<QuantityClaim>().ShouldHaveSingleItem().Attribution.ShouldBe("Officials");

    // Not accepting a conclusion denies it; not accepting an offer or patients denies nothing anyone said.
    [Theory]
    [InlineData("Dutch investigators did not accept that conclusion, saying the instructions had been ambiguous.", true)]
    [InlineData("The families refused to accept the official figures.", true)]
    [InlineData("The union did not accept the offer.", false)]
    [InlineData("The hospital did not accept new patients.", false)]
    public void Not_accepting_what_was_said_denies_it(string text, bool denies)
        => Extract.From(text).OfType<StatementClaim>().Any(s => s.Stance == Stance.Denied).ShouldBe(denies);

    // The sentence before names what is rejected, though no one speaks in it; the statement two sentences back is not it.
    [Fact]
    public void Rejecting_a_criticism_answers_the_sentence_that_criticises()
    {
        var statements = Extract.From("The agency said 41,156 people had died. The government has been criticised for its slow response. The president rejected the criticism.")
            .OfType<StatementClaim>().ToList();

        var denial = statements.Single(s => s.Stance == Stance.Denied);
        denial.Answers.ShouldBe("The government has been criticised for its slow response.");
    }

    // An adverb between the auxiliary and the verb ("has long maintained") is no speaker.
    [Theory]
    [InlineData("Union Carbide, now owned by Dow Chemical, has long maintained that the leak was caused by sabotage.", "Union Carbide")]
    [InlineData("The company has always said that the tank was sealed.", "company")]
    public void An_adverb_before_the_verb_of_speaking_is_passed_over(string text, string speaker)
        => Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    [Fact]
    public void Calling_the_reports_misleading_answers_the_sentence_before()
    {
        var statements = Extract.From("Investigators believe the pilot switched off both engines, officials familiar with the inquiry said. The airline said the reports had badly misled the public.")
            .OfType<StatementClaim>().ToList();

        statements.Count.ShouldBe(2);
        statements[1].Stance.ShouldBe(Stance.Denied);
        statements[1].Answers.ShouldBe(statements[0].Sentence);
        statements[1].Subject.ShouldBe(statements[0].Subject);
    }

    [Fact]
    public void An_accusation_of_a_killing_is_about_whom_it_blames_as_the_denial_that_answers_it_is()
    {
        var statements = Extract.From("His widow accused Russia of having her husband killed. The Kremlin denied any involvement.")
            .OfType<StatementClaim>().ToList();

        statements.Select(s => s.Subject).ShouldBe(["blame:Russia", "blame:Russia"]);
        statements[1].Stance.ShouldBe(Stance.Denied);
    }

    [Fact]
    public void A_figure_called_exaggerated_is_disputed()
        => Extract.Statement("The figures were exaggerated, the ministry said.").Stance.ShouldBe(Stance.Denied);

    [Fact]
    public void A_denial_of_doing_it_to_them_answers_the_sentence_before()
    {
        var statements = Extract.From("The embassy said the rebels had kidnapped the surviving sailors. The rebels denied holding them against their will.")
            .OfType<StatementClaim>().ToList();

        statements.Count.ShouldBe(2);
        statements[1].Stance.ShouldBe(Stance.Denied);
        statements[1].Answers.ShouldBe(statements[0].Sentence);
    }

    [Fact]
    public void A_confirmation_of_doing_something_names_what_it_confirms_and_answers_nothing()
        => Extract.From("The allies met in Brussels on Friday. He confirmed discussing it with the United States.")
            .OfType<StatementClaim>().Where(s => s.Stance == Stance.Confirmed).ShouldAllBe(s => s.Answers == "");

    [Theory]
    [InlineData("Activists said the army had shelled the town, an accusation the military rejects.", "Activists", "military")]
    [InlineData("Kyiv says the drones were made abroad, a claim that Minsk has flatly denied.", "Ukrainian government", "Belarus")]
    [InlineData("Analysts have long said that Iran is selling missiles to Russia, which both Tehran and Moscow deny.", "experts", "Iran")]
    [InlineData("The venue had no valid operating licence, the interior ministry said; the club's manager denied that the licence had expired.", "interior ministry", "club's manager")]
    [InlineData("The head of the weather institute said his agency had recommended evacuations, but the disaster agency denied that it had received any such advice.", "weather institute", "disaster agency")]
    [InlineData("A militant group said it had brought the plane down, a claim Egyptian Prime Minister Sherif Ismail said was not credible.", "militant group", "Egyptian Prime Minister Sherif Ismail")]
    public void A_claim_and_its_rejection_in_one_sentence_are_two_statements_of_one_proposition(string text, string asserter, string denier)
    {
        var statements = Extract.From(text).OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Attribution, s.Stance)).ShouldBe([(asserter, Stance.Asserted), (denier, Stance.Denied)]);
        statements[1].Answers.ShouldBe(text);
        statements[1].Subject.ShouldBe(statements[0].Subject);
    }

    // A speaker who takes back what it said after "but later" is no second speaker.
    [Fact]
    public void A_claim_taken_back_after_but_later_has_no_second_speaker()
        => Extract.From("A little-known group claimed responsibility in a message online, but later denied any involvement, saying its account had been hacked.")
            .OfType<StatementClaim>().ShouldAllBe(s => s.Attribution != "later");

    // A second thing said after ", and that" is a proposition of its own, which a denial of it answers.
    [Fact]
    public void A_second_thing_said_on_another_topic_is_a_statement_of_its_own()
    {
        var statements = Extract.From("A committee said that 846 people had been killed during the uprising, and that police had fired live ammunition at protesters.")
            .OfType<StatementClaim>().ToList();

        statements.Select(s => s.Subject).ShouldBe(["shooting:", "casualties:"]);
        statements.ShouldAllBe(s => s.Stance == Stance.Asserted && s.Attribution == "committee");
    }

    // A second thing said that negates what it names denies it, whatever the first asserts.
    [Fact]
    public void A_negated_second_thing_said_is_a_denial()
        => Extract.From("The military said that 30 people had been killed in the house, and that there was no sign it had been hit by an air strike.")
            .OfType<StatementClaim>().First().ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("blame:"), s => s.Stance.ShouldBe(Stance.Denied));

    // A speaker's own figure, set off before its verb, stands when what it says is called false after the verb.
    [Fact]
    public void A_speaker_s_own_figure_before_its_verb_is_not_what_it_calls_false()
        => Extract.From("Amnesty International, which had put the toll at 304, said the official figure was not credible.")
            .OfType<QuantityClaim>().Single().Stance.ShouldBe(Stance.Asserted);

    // What brought an aircraft down is a proposition of its own, which one government asserts and another says there is
    // no evidence for.
    [Theory]
    [InlineData("The prime minister said it was more likely than not that a bomb had brought down the airliner.", Stance.Asserted)]
    [InlineData("The separatist leader denied that his fighters had brought down the plane.", Stance.Denied)]
    public void What_brought_an_aircraft_down_is_asserted_or_denied(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("cause:"), s => s.Stance.ShouldBe(stance));

    [Fact]
    public void A_claim_with_a_cue_of_its_own_keeps_its_stance_and_its_rejection_is_a_denial()
    {
        const string text = "Families have accused the mine's owner of covering up how many miners died, an accusation the owners reject.";
        var statements = Extract.From(text).OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Attribution, s.Stance)).ShouldBe([("Families", Stance.Reported), ("owners", Stance.Denied)]);
        statements[1].Answers.ShouldBe(text);
    }

    [Fact]
    public void Those_who_both_deny_a_blame_are_the_ones_named_before_it_and_a_semicolon_ends_the_rebuttal()
    {
        const string text = "Moscow continued to blame Kyiv and the West, which both denied any role; a militant group had claimed the attack.";
        var statements = Extract.From(text).OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Attribution, s.Stance)).ShouldBe([("Russian government", Stance.Reported), ("Ukrainian government", Stance.Denied)]);
        statements[1].Answers.ShouldBe(text);
    }

    [Fact]
    public void The_one_a_finding_contradicts_denies_it()
    {
        const string text = "A joint media investigation found that at least one migrant had died on ground controlled by Spain, "
            + "contradicting the interior minister, who has denied that anyone died on Spanish soil.";
        var statements = Extract.From(text).OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Attribution, s.Stance)).ShouldBe([("joint media investigation", Stance.Asserted), ("interior minister", Stance.Denied)]);
        statements[1].Answers.ShouldBe(text);
    }

    // A group that claims an attack blames itself for it.
    [Fact]
    public void A_claim_of_responsibility_blames_the_one_who_claims()
    {
        var statement = Extract.Statement("Islamic State claimed responsibility for the attack on the cafe.");

        statement.ShouldSatisfyAllConditions(s => s.Stance.ShouldBe(Stance.Asserted), s => s.Subject.ShouldBe("blame:Islamic State"));
    }

    // A group that says it did the attack, in whatever words, blames itself for it; so does one that says its fighters
    // did.
    [Theory]
    [InlineData("The Islamic State group said it had carried out the bombing of the market.", "blame:Islamic State")]
    [InlineData("Al-Shabaab said its fighters had carried out Tuesday's raid on the police station.", "blame:al-Shabab")]
    public void A_group_that_says_it_did_the_attack_blames_itself(string text, string subject)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Stance.ShouldBe(Stance.Asserted), s => s.Subject.ShouldBe(subject));

    // Violence said to have been organised or orchestrated by someone blames them; a march organised by unions does
    // not.
    [Theory]
    [InlineData("The interior minister said the riots had been orchestrated by opposition activists.", "blame:")]
    [InlineData("Officials said the looting was organised by criminal gangs from the port.", "blame:")]
    [InlineData("The march, organised by teachers' unions, filled the avenue for three hours, police said.", "")]
    public void Violence_said_to_be_organised_by_someone_blames_them(string text, string subject)
        => Extract.From(text).OfType<StatementClaim>().First().Subject.ShouldBe(subject);

    // Gunfire that witnesses heard says that someone fired, as wounds do.
    [Theory]
    [InlineData("Residents told reporters they had heard gunfire near the square after dark.")]
    [InlineData("Witnesses said there had been bursts of gunfire from the roof of the ministry.")]
    public void Gunfire_heard_says_someone_fired(string text)
        => Extract.From(text).OfType<StatementClaim>().First().Subject.ShouldBe("shooting:");

    // Whether what fell down was built badly is a topic of its own, which a denial of poor construction answers.
    [Theory]
    [InlineData("Parents said the schools had collapsed because they were built with shoddy materials.")]
    [InlineData("Officials denied that poor construction was to blame for the collapse.")]
    [InlineData("Engineers said the tower had been built illegally, without a permit for its top floors.")]
    public void How_something_was_built_is_a_topic(string text)
        => Extract.From(text).OfType<StatementClaim>().Single().Subject.ShouldBe("construction:");

    [Fact]
    public void A_figure_in_a_claim_rejected_in_the_same_sentence_is_still_asserted()
        => Extract.From("Rebels said 40 soldiers were killed, a figure the army rejects.").OfType<QuantityClaim>().Single().Stance.ShouldBe(Stance.Asserted);

    [Theory]
    [InlineData("The number of people reported missing reached 40 on Friday.")]
    [InlineData("Rescuers found 12 people confirmed dead in the basement.")]
    public void A_participle_of_state_is_no_one_reporting_or_confirming(string text)
        => Extract.From(text).OfType<StatementClaim>().ShouldBeEmpty();

    [Theory]
    [InlineData("Harbor Lines, which owns the ferry, disputed the new timeline.", "Harbor Lines", Stance.Denied)]
    [InlineData("The coroner, who examined the bodies, said the count was complete.", "coroner", Stance.Asserted)]
    [InlineData("Rebel fighters who hold the valley denied firing on the convoy.", "Rebel fighters", Stance.Denied)]
    [InlineData("Volunteers who searched the riverbank said the count was complete.", "Volunteers", Stance.Asserted)]
    [InlineData("The Archive of Public Gatherings, an independent group that counts crowds from aerial images, estimated that 300,000 people took part.", "Archive of Public Gatherings", Stance.Asserted)]
    public void A_speaker_before_a_relative_clause_is_read_over_it(string text, string attribution, Stance stance)
    {
        var statement = Extract.Statement(text);

        statement.Attribution.ShouldBe(attribution);
        statement.Stance.ShouldBe(stance);
    }

    [Theory]
    [InlineData("The Free Hills Army claimed on Thursday that it had killed 214 hostages.", "Free Hills Army")]
    [InlineData("The rebel group claimed it had killed 214 hostages.", "rebel group")]
    [InlineData("The rebel group claimed in a video posted online that it had killed 214 hostages.", "rebel group")]
    [InlineData("A blogger claimed on social media that the rebels had killed 214 hostages.", "blogger")]
    public void A_claim_needs_its_clause_but_not_the_word_that_next_to_it(string text, string attribution)
    {
        var claim = Extract.Quantity(text);

        claim.Attribution.ShouldBe(attribution);
        claim.Stance.ShouldBe(Stance.Reported);
    }

    [Fact]
    public void Whoever_a_pronoun_in_a_relative_clause_says_is_not_said_by_the_noun_before_it()
        => Extract.Quantity("Officers detained a 15-year-old boy who they said had stabbed three people.").Attribution.ShouldNotBe("boy");

    [Fact]
    public void A_title_is_no_person_of_its_own_the_name_beside_it_is()
        => Extract.Statement("Ukraine's president, Petro Poroshenko, said the plane had been shot down.").Attribution.ShouldBe("Petro Poroshenko");

    // The subject set off right before the verb speaks, not a country or a listed source named earlier in what it says.
    [Theory]
    [InlineData("A Ukrainian unit carried out the drone attack on the Kremlin, U.S. officials said on Thursday.", "US government")]
    [InlineData("It was not clear whether Zelensky had known of the operation, the officials said.", "officials")]
    [InlineData("Ukraine launched the drone attack on Putin, Western officials said.", "Western officials")]
    [InlineData("Sanctions were imposed on Russian officials, diplomats said.", "diplomats")]
    public void The_speaker_is_the_subject_of_the_verb_not_what_it_speaks_of(string text, string speaker)
        => Extract.Statement(text).Attribution.ShouldBe(speaker);

    [Fact]
    public void A_measurer_puts_a_long_description_at_a_figure()
        => Extract.Quantity("The city transit authority put the crowd in the square and nearby side streets at 600,000 people.")
            .Attribution.ShouldBe("city transit authority");

    [Fact]
    public void An_adverb_between_speaker_and_verb_is_not_part_of_the_speaker()
        => Extract.Statement("The governor now says the dam is safe.").Attribution.ShouldBe("governor");

    [Theory]
    [InlineData("Officials said the drone had flown over six bases. The ministry denied that the drone was armed.")]
    [InlineData("Officials said the drone had flown over six bases. The ministry confirmed the flight path on Monday.")]
    public void A_statement_that_names_its_own_proposition_answers_nothing(string text)
        => Extract.From(text).OfType<StatementClaim>().ShouldAllBe(s => s.Answers == "");

    [Theory]
    [InlineData("Floods have killed 42 people, the state civil defense agency said on Friday.", "state civil defense agency", Stance.Asserted)]
    [InlineData("The federal government flatly denied that it had delayed the aid.", "federal government", Stance.Denied)]
    [InlineData("Brazil's president confirmed on Sunday that the aid had been delayed.", "Brazil's president", Stance.Confirmed)]
    [InlineData("The mayor of Porto Alegre said the city was abandoned.", "mayor of Porto Alegre", Stance.Asserted)]
    [InlineData("The river peaked at 4.2 meters, according to the city hall.", "city hall", Stance.Reported)]
    [InlineData("\"We have lost everything,\" said Governor Eduardo Leite.", "Governor Eduardo Leite", Stance.Asserted)]
    [InlineData("Rain has fallen for a week, meteorologists said.", "meteorologists", Stance.Asserted)]
    [InlineData("Most of the dead were in Syria, officials said on Tuesday.", "officials", Stance.Asserted)]
    [InlineData("The regional governor on Friday rejected the conclusion that the dam had failed.", "regional governor", Stance.Denied)]
    [InlineData("The coast guard earlier in the day had confirmed that the ferry sank.", "coast guard", Stance.Confirmed)]
    [InlineData("The school's principal said the account was untrue.", "school's principal", Stance.Denied)]
    [InlineData("The provincial police said reports of looting were not true.", "provincial police", Stance.Denied)]
    [InlineData("The Assistance Association for Political Prisoners, a rights group that has kept a tally of the dead since the coup, said the toll rose.", "Assistance Association for Political Prisoners", Stance.Asserted)]
    [InlineData("The company that owned the waste heap denied that it had ignored warnings.", "company", Stance.Denied)]
    [InlineData("Hours earlier came a march that organisers said had drawn half a million people.", "organisers", Stance.Asserted)]
    public void Reads_a_speaker_the_lexicon_does_not_list_from_the_phrase_beside_the_verb(string text, string attribution, Stance stance)
    {
        var statement = Extract.Statement(text);

        statement.Attribution.ShouldBe(attribution);
        statement.Stance.ShouldBe(stance);
    }

    [Theory]
    [InlineData("At least 105 people were killed in the clashes, according to a count by hospitals in the capital.", "hospitals")]
    [InlineData("A tally by a news agency, based on figures from hospitals and police, put the number of dead at more than 200.", "news agency")]
    [InlineData("An independent count compiled by the monitoring group put the toll at 310.", "monitoring group")]
    [InlineData("At least 40 people were killed, according to data compiled by the monitoring group.", "monitoring group")]
    [InlineData("At least 40 people were killed, according to figures released by the regional governor.", "regional governor")]
    [InlineData("At least 40 people were killed, according to evidence gathered and analysed by the Daily Ledger.", "Daily Ledger")]
    public void Whoever_keeps_a_tally_gives_its_figure_not_the_tally(string text, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Attribution.ShouldBe(attribution);

    // A clause of time before the measurer ("On Saturday, police estimated ..."), a clause that gives the figure before
    // it anew (", a figure the development bank later put at ..."), and a study's relative clause (", which estimated
    // that") keep each figure its measurer's.
    [Theory]
    [InlineData("On Saturday, police estimated there were about 8,000 protesters in the capital, though organisers claimed more than 15,000.", 8_000, "police")]
    [InlineData("At its peak police estimated there were about 8,000 protesters in the capital, though organisers claimed more than 15,000.", 8_000, "police")]
    [InlineData("At its peak police estimated there were about 8,000 protesters in the capital, though organisers claimed more than 15,000.", 15_000, "organisers")]
    [InlineData("The prime minister said the storm had caused about $7 billion in damage, a figure the development bank later put at $3.4 billion.", 7e9, "prime minister")]
    [InlineData("The prime minister said the storm had caused about $7 billion in damage, a figure the development bank later put at $3.4 billion.", 3.4e9, "development bank")]
    [InlineData("The prime minister said the storm had caused about $7 billion in damage, a figure the Inter-American Development Bank later put at $3.4 billion.", 3.4e9, "Inter-American Development Bank")]
    [InlineData("The state's figure is far below an analysis by the Daily Ledger, which estimated that as many as 700 people had died.", 700, "Daily Ledger")]
    [InlineData("The weather agency upgraded the magnitude of Friday's earthquake to 9.0 on Sunday. A police chief said more than 10,000 people had died.", 9, "weather agency")]
    [InlineData("The chief executive said about 430,000 cars were affected, fewer than the 482,000 the regulator had cited.", 482_000, "regulator")]
    [InlineData("Organisers counted about 65,000 people, while a news agency using aerial photographs put the crowd at 48,000.", 48_000, "news agency")]
    public void Each_figure_is_its_own_clause_s_measurer_s(string text, double value, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Attribution.ShouldBe(attribution);

    // "Prosecutors allege that ...": an allegation is reported, and what answers it ("all reject the accusation")
    // answers it.
    [Fact]
    public void An_allegation_is_a_reported_statement()
        => Extract.Statement("Prosecutors allege that the reporter collected secret information on a factory.")
            .ShouldSatisfyAllConditions(s => s.Stance.ShouldBe(Stance.Reported), s => s.Attribution.ShouldBe("Prosecutors"));

    // Whether harm was meant is a proposition of its own; "unintentionally" agrees with the denial of it.
    [Theory]
    [InlineData("The charity's founder said the convoy had been targeted systematically, car by car.", Stance.Asserted, "intent:")]
    [InlineData("The army denied that the strike was deliberate.", Stance.Denied, "intent:")]
    [InlineData("The prime minister said the troops had unintentionally struck innocent people.", Stance.Asserted, "deployment:")]
    public void Whether_harm_was_meant_is_its_own_proposition(string text, Stance stance, string subject)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Stance.ShouldBe(stance), s => s.Subject.ShouldBe(subject));

    // "the crash that killed all 230 people aboard" says which crash; what is denied is what brought it down.
    [Fact]
    public void A_relative_clause_that_tells_of_the_dead_says_which_event()
        => Extract.Statement("The bureau said it had found no evidence that a bomb had brought down the airliner, and ended its inquiry 16 months after the crash that killed all 230 people aboard.")
            .ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("cause:"), s => s.Stance.ShouldBe(Stance.Denied));

    // A figure in the sentence after a lede gives the lede its speaker only where it counts: a speed measures.
    [Fact]
    public void A_measure_in_the_next_sentence_does_not_give_the_lede_its_speaker()
        => Extract.From("Crews ended the search on Monday with 41 people confirmed dead. Geologists said the slide had moved at about 40 miles per hour.")
            .OfType<QuantityClaim>().Single(c => c.Value == 41).Attribution.ShouldNotBe("Geologists");

    [Theory]
    [InlineData("Roughly 60,000 people have fled since May, aid groups said.", Stance.Asserted)]
    [InlineData("Aid groups said 60,000 more people may flee.", Stance.Planned)]
    [InlineData("Officials said the aid convoy, led by Will Carter, reached the camp.", Stance.Asserted)]
    public void A_capitalized_month_or_name_is_not_a_modal(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);

    [Theory]
    [InlineData("The claim was denied within hours.")]
    [InlineData("The report says the river rose overnight.")]
    [InlineData("He later said nothing more.")]
    public void A_passive_a_text_or_a_pronoun_names_no_unlisted_speaker(string text)
        => Extract.From(text).OfType<StatementClaim>().ShouldBeEmpty();

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_earlier()
    {
        var claims = Extract.From("Governor Eduardo Leite said the damage was severe.\n\n\"It is the worst disaster we have seen,\" Leite told reporters.");

        claims.OfType<StatementClaim>().Select(s => s.Attribution).ShouldBe(["Governor Eduardo Leite", "Governor Eduardo Leite"]);
    }

    [Fact]
    public void Troops_and_weapons_are_different_propositions()
    {
        var troops = Extract.Statement("NATO cannot confirm the presence of North Korean troops in Russia.");
        var weapons = Extract.Statement("NATO officials have confirmed the shipment of weapons from North Korea to Russia.");

        troops.Subject.ShouldBe("deployment:North Korea");
        weapons.Subject.ShouldBe("supply:North Korea");
    }

    [Theory]
    [InlineData("Meridian Press could not independently verify the ministry's tally of graves.", "Meridian Press")]
    [InlineData("Reuters was unable to independently confirm the figures.", "Reuters")]
    [InlineData("We have not obtained the memo, which remains confidential, and could not independently verify that it exists.", "test")]
    public void What_a_source_could_not_independently_verify_is_unverified_and_we_is_the_outlet(string text, string source)
    {
        var doubt = Extract.Statement(text);

        doubt.Stance.ShouldBe(Stance.Unverified);
        doubt.Attribution.ShouldBe(source);
    }

    [Fact]
    public void A_quoted_we_is_the_speaker_s_not_the_outlet_s()
        => Extract.From("\"We could not independently verify the figures,\" the minister said.").OfType<StatementClaim>()
            .ShouldAllBe(s => s.Attribution == "minister");

    [Theory]
    [InlineData("The Federation of Indian Pilots rejected the report's suggestion that the pilots had cut the fuel.", "Federation of Indian Pilots")]
    [InlineData("A spokesman for the Ministry of Defence of Russia denied the report.", "Russian government")]
    public void A_nationality_inside_a_body_s_name_is_no_country_speaking(string text, string speaker)
        => Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    [Fact]
    public void What_a_denier_goes_on_to_say_does_not_set_the_topic_of_what_it_denies()
    {
        var denial = Extract.From("Russia's defence ministry denied that Ukrainian forces had taken the town, saying fighting continued on its outskirts.")
            .OfType<StatementClaim>().Single();

        denial.Stance.ShouldBe(Stance.Denied);
        denial.Subject.ShouldBe("deployment:Ukraine");
    }

    // The act denied is the denier's own downing of the airliner, so the denial is about the blame (whose side, the
    // separatists, is no country); the weapons the denier goes on to tell of are not what it denies.
    [Fact]
    public void What_a_denier_goes_on_to_say_does_not_set_the_topic_of_an_act_it_denies()
    {
        var denial = Extract.From("The separatists denied that they had shot down the airliner, saying they did not have weapons capable of reaching that altitude.")
            .OfType<StatementClaim>().Single();

        denial.Stance.ShouldBe(Stance.Denied);
        denial.Subject.ShouldBe("blame:");
    }

    [Theory]
    [InlineData("Iran's foreign ministry on Tuesday denied supplying Russia with drones, a day after drones struck Kyiv and killed four people.")]
    [InlineData("Iran has repeatedly denied arming Russia for the war.")]
    public void A_denial_of_the_speaker_s_own_act_is_about_that_act_by_the_speaker_s_country(string text)
    {
        var denial = Extract.From(text).OfType<StatementClaim>().Single();

        denial.Stance.ShouldBe(Stance.Denied);
        denial.Subject.ShouldBe("supply:Iran");
    }

    [Fact]
    public void The_agency_and_he_refer_back_to_the_last_source_named()
    {
        var claims = Extract.From(
            "South Korea's National Intelligence Service said North Korean troops left. " +
            "The agency said the North Korean soldiers were given uniforms. " +
            "Ukrainian President Volodymyr Zelensky spoke in Brussels. He warned that North Korean troops would fight.");
        var statements = claims.OfType<StatementClaim>().ToList();

        statements[1].Attribution.ShouldBe("NIS");
        statements[^1].Attribution.ShouldBe("Zelensky");
    }

    [Fact]
    public void Such_reports_takes_the_proposition_of_the_sentence_before()
    {
        var claims = Extract.From("Seoul says North Korean troops arrived in Russia. Kremlin spokesman Dmitry Peskov dismissed such reports as false news.");

        claims.OfType<StatementClaim>().Single(s => s.Stance == Stance.Denied).Subject.ShouldBe("deployment:North Korea");
    }

    [Fact]
    public void A_statement_about_the_future_is_a_plan_and_what_marks_one_is_lexicon_data()
    {
        Extract.Statement("South Korea's National Intelligence Service said North Korean troops will arrive in Russia next week.").Stance.ShouldBe(Stance.Planned);
        Extract.Statement("South Korea's National Intelligence Service said North Korean troops arrived in Russia last week.").Stance.ShouldNotBe(Stance.Planned);

        const string text = "South Korea's National Intelligence Service said North Korean troops intend to deploy to Russia.";
        Extract.Statement(text).Stance.ShouldNotBe(Stance.Planned);
        var lexicon = ExtractionLexicon.CreateDefault();
        lexicon.ForwardLookingCues.Add("intend to");
        var document = Document.FromText("test", text, published: new DateOnly(2024, 10, 18));
        new ClaimExtractor(lexicon).Extract(document).Claims.OfType<StatementClaim>().Single().Stance.ShouldBe(Stance.Planned);
    }

    [Theory]
    [InlineData("Pyongyang has sent 3,000 troops to Russia, the agency said on Monday, and plans to send 10,000 more.", Stance.Asserted)]
    [InlineData("Pyongyang will send 3,000 troops to Russia, the agency said, and plans to send 10,000 more.", Stance.Planned)]
    public void A_plan_added_after_a_speaker_set_off_leaves_what_was_said_before_it(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);

    [Fact]
    public void A_conditional_or_hedged_confirmation_is_no_confirmation()
    {
        Extract.From("If confirmed, the presence of North Korean troops would escalate the war.").OfType<StatementClaim>().ShouldBeEmpty();
        Extract.From("This supposedly confirms North Korean troops are there, NATO said.").OfType<StatementClaim>().ShouldAllBe(s => s.Stance != Stance.Confirmed);
    }

    [Fact]
    public void An_unattributed_quantity_is_attributed_to_its_neighbour_or_the_outlet()
    {
        var claims = Extract.From("North Korea has sent 1,500 troops to Russia. The NIS stated that the troops were sent on ships.\nAnother 300 soldiers arrived.");
        var quantities = claims.OfType<QuantityClaim>().ToList();

        quantities[0].Attribution.ShouldBe("NIS");
        quantities[0].AttributionInferred.ShouldBeTrue();
        quantities[^1].Attribution.ShouldBe("test");
    }

    // A speaker after the sentence speaks for it only where it goes on with a figure or the same topic.
    [Theory]
    [InlineData("Fourteen of the dead were children. The border agency said it had spotted the boat the night before.", "test")]
    [InlineData("Seventeen people were killed. Eight more died in hospital later, officials said.", "officials")]
    [InlineData("Some 5,000 people were killed in the attack. A court ruled in 2010 that it had been an act of genocide.", "test")]
    public void A_quantity_is_attributed_to_the_next_speaker_only_where_it_goes_on_with_the_count(string text, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().First().Attribution.ShouldBe(attribution);

    // Who disputes the sentence before is the other side of it, not its source.
    [Fact]
    public void A_quantity_is_not_attributed_to_who_disputes_it_next()
    {
        var quantity = Extract.From("The report found that fewer than 50 deaths had been caused by radiation. Greenpeace disputed the report's figures.")
            .OfType<QuantityClaim>().Single();

        quantity.Attribution.ShouldBe("test");
        quantity.AttributionInferred.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Our analysis of mortality data suggests as many as 702 people died, more than four times what the state has acknowledged.", "test")]
    [InlineData("By our count, 48 people were killed, far more than officials have said.", "test")]
    [InlineData("The official toll of the February freeze is 151 deaths.", "officials")]
    public void The_outlets_own_count_and_an_official_figure_name_their_sources(string text, string attribution)
    {
        var quantity = Extract.From(text).OfType<QuantityClaim>().Single();

        quantity.Attribution.ShouldBe(attribution);
        quantity.AttributionInferred.ShouldBeFalse();
    }

    [Fact]
    public void He_is_the_person_the_lexicon_does_not_list_who_spoke_last()
        => Extract.From("Foreign Minister Boris Petrov said the talks had failed. He said the country would not pay.")
            .OfType<StatementClaim>().Select(s => s.Attribution).ShouldBe(["Foreign Minister Boris Petrov", "Foreign Minister Boris Petrov"]);

    [Fact]
    public void He_is_not_an_institution_that_spoke_last()
        => Extract.From("The state health department said the count was complete. He said the country would not pay.")
            .OfType<StatementClaim>().ShouldNotContain(s => s.Sentence.StartsWith("He ", StringComparison.Ordinal) && s.Attribution == "state health department");

    [Fact]
    public void A_surname_with_a_title_is_the_person_named_in_full_before()
        => Extract.From("Commander Stuart Cundy said the search would go on. \"We will find them,\" Mr Cundy said.")
            .OfType<StatementClaim>().Select(s => s.Attribution).ShouldBe(["Commander Stuart Cundy", "Commander Stuart Cundy"]);

    [Theory]
    [InlineData("Prime Minister Theresa May said the talks had failed.", "Prime Minister Theresa May")]
    [InlineData("Traffic engineer Paula Reyes estimated that the crowd was smaller.", "Traffic engineer Paula Reyes")]
    [InlineData("Most agencies said the quake was strong.", "agencies")]
    public void A_name_may_end_in_a_word_that_is_otherwise_a_function_word(string text, string attribution)
    {
        var claims = Extract.From(text);

        claims.OfType<StatementClaim>().ShouldHaveSingleItem().Attribution.ShouldBe(attribution);
        claims.OfType<DateClaim>().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Britain will expel 23 diplomats after Prime Minister Jane May said it was highly likely that Iran was responsible for the attack.", Stance.Asserted, "blame:Iran")]
    [InlineData("Iran denies any involvement.", Stance.Denied, "blame:Iran")]
    [InlineData("Foreign Minister Ali Rezaei said Tehran had nothing to do with the attack.", Stance.Denied, "blame:Iran")]
    [InlineData("India accused China of shelling the border post on Sunday.", Stance.Reported, "blame:China")]
    [InlineData("The governor blamed a Syrian air strike for the fire at the depot.", Stance.Reported, "blame:Syria")]
    [InlineData("China denied shelling the border post and blamed Indian artillery.", Stance.Denied, "blame:China")]
    [InlineData("Syria denied that its jets had struck the depot.", Stance.Denied, "blame:Syria")]
    [InlineData("The minister said there was no sign of an accident and accused Syria of attacking the depot.", Stance.Asserted, "blame:Syria")]
    [InlineData("The minister said Damascus had nothing to do with the fire and accused Turkey of lying.", Stance.Denied, "blame:Syria")]
    [InlineData("Kenya denied any role and called for an inquiry.", Stance.Denied, "blame:Kenya")]
    [InlineData("The government said the gunmen had links to Kenya.", Stance.Asserted, "blame:Kenya")]
    [InlineData("Kenya's interior minister said his country had nothing to do with the raid.", Stance.Denied, "blame:Kenya")]
    [InlineData("The Kremlin denied that Russia had targeted any civilian sites.", Stance.Denied, "blame:Russia")]
    [InlineData("Kenya's defence ministry denied that its forces had carried out the raid.", Stance.Denied, "blame:Kenya")]
    [InlineData("The Syrian government denied using chemical weapons.", Stance.Denied, "blame:Syria")]
    [InlineData("Syria's foreign minister denied that government forces had used chemical weapons.", Stance.Denied, "blame:Syria")]
    [InlineData("Syria denied the use of chemical weapons.", Stance.Denied, "blame:Syria")]
    [InlineData("The United States assessed that the Syrian government carried out a chemical weapons attack on August 21, Kerry said.", Stance.Asserted, "blame:Syria")]
    [InlineData("Ukraine said Russian forces carried out the strike on the market.", Stance.Asserted, "blame:Russia")]
    [InlineData("Turkish officials said Syrian warplanes had dropped chemical bombs on the village, killing 40 people.", Stance.Asserted, "blame:Syria")]
    [InlineData("Investigators concluded that Syrian forces had attacked the town with nerve agents, killing at least 90.", Stance.Asserted, "blame:Syria")]
    [InlineData("Kremlin spokesman Dmitry Peskov denied that Russia was responsible and blamed Ukrainian shelling.", Stance.Denied, "blame:Russia")]
    [InlineData("Kyiv says the dam was destroyed by Russian troops on June 6.", Stance.Asserted, "blame:Russia")]
    [InlineData("The Kremlin said Russian forces did not strike residential buildings and suggested the building had been hit by a Ukrainian missile.", Stance.Denied, "blame:Russia")]
    [InlineData("US officials said the campaign was the work of Russia's foreign intelligence service.", Stance.Asserted, "blame:Russia")]
    [InlineData("Officials said Syria was behind the drone strikes on the depot.", Stance.Asserted, "blame:Syria")]
    [InlineData("Western officials said they believed the jet had been brought down on the orders of the Kremlin.", Stance.Asserted, "blame:Russia")]
    [InlineData("Investigators said the fire at the depot had been set at the behest of Damascus.", Stance.Asserted, "blame:Syria")]
    public void Who_is_to_blame_is_a_proposition_with_the_accused_as_its_agent(string text, Stance stance, string subject)
    {
        var statement = Extract.Statement(text);

        statement.Stance.ShouldBe(stance);
        statement.Subject.ShouldBe(subject);
    }

    [Fact]
    public void An_accusation_of_two_countries_blames_each()
        => Extract.From("Officials in Nairobi had blamed Somalia and Ethiopia for the raid.").OfType<StatementClaim>()
            .Select(s => s.Subject).Order().ShouldBe(["blame:Ethiopia", "blame:Somalia"]);

    [Fact]
    public void A_plan_in_another_speaker_s_clause_leaves_the_first_speaker_s_denial_a_denial()
    {
        var statement = Extract.Statement(
            "Kenya's defence minister said his country had nothing to do with the raid, and Nairobi said any attack on its border would be answered.");

        statement.Stance.ShouldBe(Stance.Denied);
        statement.Subject.ShouldBe("blame:Kenya");
    }

    [Fact]
    public void Blaming_a_fault_blames_no_one()
        => Extract.Statement("Officials initially blamed a technical fault.").Subject.ShouldNotStartWith("blame");

    [Fact]
    public void A_country_going_on_about_a_blame_is_not_blaming_itself()
    {
        var statements = Extract.From("The ministry blamed a Chinese air strike. China said it was looking into the reports.").OfType<StatementClaim>().ToList();

        statements[0].Subject.ShouldBe("blame:China");
        statements[1].Subject.ShouldNotBe("blame:China");
    }

    [Fact]
    public void An_answer_to_an_accusation_is_about_whom_it_accused()
    {
        var statements = Extract.From("India accused China of shelling the border post. China's foreign ministry rejected the accusation as baseless.")
            .OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Stance, s.Subject)).ShouldBe([(Stance.Reported, "blame:China"), (Stance.Denied, "blame:China")]);
    }

    // "The Kremlin rejected the accusations" after a sentence that accuses no one and names no Russian answers no
    // sentence: Russia denies the blame put on it. After one that names the answerer, it answers that one.
    [Fact]
    public void An_answer_to_accusations_the_article_never_told_denies_the_speaker_s_own_blame()
    {
        var statements = Extract.From("Microsoft said it had found 40 customers that the hackers had targeted. The Kremlin rejected the accusations as unfounded.")
            .OfType<StatementClaim>().ToList();

        statements[1].Stance.ShouldBe(Stance.Denied);
        statements[1].Subject.ShouldBe("blame:Russia");
        statements[1].Answers.ShouldBeEmpty();
    }

    [Fact]
    public void An_answer_to_an_accusation_of_the_answerer_answers_it()
    {
        const string accusing = "The railway's chairman said the train's engineer had failed to set enough hand brakes.";
        var statements = Extract.From($"{accusing} The engineer's lawyer rejected the accusation.").OfType<StatementClaim>().ToList();

        statements[1].Answers.ShouldBe(accusing);
    }

    [Theory]
    [InlineData("The coast guard cautioned that 40 people were still missing.")]
    [InlineData("The coast guard explained that 40 people were still missing.")]
    [InlineData("The coast guard wrote on its website that 40 people were still missing.")]
    [InlineData("The coast guard admitted that 40 people were still missing.")]
    [InlineData("The coast guard conceded that 40 people were still missing.")]
    [InlineData("The coast guard testified that 40 people were still missing.")]
    [InlineData("The coast guard pointed out that 40 people were still missing.")]
    public void A_less_common_reporting_verb_names_its_speaker(string text)
        => Extract.From(text).OfType<QuantityClaim>().ShouldHaveSingleItem().Attribution.ShouldBe("coast guard");

    [Theory]
    [InlineData("The death toll may pass 3,000, the interior minister has warned, as crews reached remote valleys.")]
    [InlineData("'The soldiers are expected to be deployed soon,' the agency said, adding that they had been given uniforms.")]
    public void A_forecast_before_its_speaker_is_still_a_forecast(string text)
        => Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem().Stance.ShouldBe(Stance.Planned);

    [Fact]
    public void What_someone_has_said_in_a_comparison_does_not_make_them_the_speaker()
        => Extract.From("The real number is as many as 702 deaths, more than four times what the state has acknowledged.")
            .OfType<QuantityClaim>().Single().Attribution.ShouldNotBe("state");

    [Theory]
    [InlineData("The European Seismic Institute put the magnitude at 6.4, after first reporting it as 6.1.", "European Seismic Institute")]
    [InlineData("Chile's seismological centre put it at 6.0.", "Chile's seismological centre")]
    [InlineData("The quake, now rated magnitude 6.2 by the U.S. Geological Survey, was felt in three countries.", "U.S. Geological Survey")]
    [InlineData("The U.S. Geological Survey measured the main shock at 6.3.", "U.S. Geological Survey")]
    [InlineData("The quake, which Peru's geophysics institute measured at magnitude 7.1, struck at dawn.", "Peru's geophysics institute")]
    [InlineData("The Lisbon police command counted 12,000 marchers.", "Lisbon police command")]
    [InlineData("The dockers' union claimed 60,000 marchers.", "dockers' union")]
    [InlineData("A count produced for several newspapers by the counting firm Tally came out at 9,000 marchers.", "counting firm Tally")]
    [InlineData("The civil protection agency gave a death toll of 43.", "civil protection agency")]
    [InlineData("The dockers' union gave the number of marchers as 60,000.", "dockers' union")]
    public void Who_puts_a_figure_at_a_value_gives_it(string text, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().ShouldAllBe(q => q.Attribution == attribution);

    [Fact]
    public void A_section_labelled_with_what_it_counts_reads_its_bare_figures_as_that()
    {
        var magnitudes = Extract.From("Magnitude. The institute went from 6.1 to 6.4 and finally settled on 6.3.").OfType<QuantityClaim>().ToList();

        magnitudes.Select(q => q.Value).ShouldBe([6.1, 6.4, 6.3]);
        magnitudes.ShouldAllBe(q => q.Unit == "magnitude");
    }

    [Theory]
    [InlineData("Belarus's defence ministry")]
    [InlineData("Belarus’s defence ministry")]
    public void A_statement_is_about_the_act_of_the_country_named_on_its_weapons(string denier)
    {
        var claims = Extract.From($"A senior Polish official said Belarusian missiles had crossed into Lithuania. {denier} denied that any of its missiles had entered Lithuanian airspace.");
        var statements = claims.OfType<StatementClaim>().ToList();

        statements.Select(s => s.Subject).ShouldBe(["supply:Belarus", "supply:Belarus"]);
        statements[1].Stance.ShouldBe(Stance.Denied);
    }

    [Fact]
    public void A_bare_denial_of_that_answers_the_sentence_before_and_takes_its_topic()
    {
        var statements = Extract.From("State media claimed that half the missiles had hit their targets. The army has denied that.").OfType<StatementClaim>().ToList();

        statements.Count.ShouldBe(2);
        statements[1].Stance.ShouldBe(Stance.Denied);
        statements[1].Answers.ShouldBe(statements[0].Sentence);
        statements[1].Subject.ShouldBe(statements[0].Subject);
        statements[0].Subject.ShouldStartWith("supply:");
    }

    [Fact]
    public void An_answer_points_past_a_sentence_that_says_nothing_to_the_statement_before_it()
    {
        const string claimed = "About 900 people were killed in the unrest, two ministry officials told the agency.";
        var statements = Extract.From($"{claimed} The toll included 40 children. A government spokesman dismissed the figure as fake news.")
            .OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe(claimed);
    }

    // Who is said to be behind an attack, or to have organised it, is blamed for it; a denial joined to the verb of saying
    // ("said ... and denied that Kyiv was behind it") is its sayer's, not of the last country named before it.
    [Theory]
    [InlineData("The head of the investigative committee said Ukrainian intelligence had organised the attack.", "investigative committee", Stance.Asserted)]
    [InlineData("Officials said Ukraine was behind the attack.", "Officials", Stance.Asserted)]
    [InlineData("A presidential adviser, Mykhailo Podolyak, said the blast was the result of a conflict between Russian security services and denied that Kyiv was behind it.", "presidential adviser Mykhailo Podolyak", Stance.Denied)]
    public void Who_is_said_to_be_behind_an_attack_is_blamed(string text, string attribution, Stance stance)
    {
        var statement = Extract.Statement(text);

        statement.Subject.ShouldBe("blame:Ukraine");
        statement.Attribution.ShouldBe(attribution);
        statement.Stance.ShouldBe(stance);
    }

    // Who denies destroying a dam, or ordering a killing, answers for the act, not for its dead.
    [Theory]
    [InlineData("Russia has denied destroying the dam.")]
    [InlineData("The Kremlin dismissed as an absolute lie the suggestion that it had ordered the killing.")]
    [InlineData("Russia denied that it had ordered the attack.")]
    public void A_denial_of_destroying_something_is_about_the_blame(string text)
        => Extract.Statement(text).Subject.ShouldBe("blame:Russia");

    // A group that denies its fighters attacked a place answers for the attack; one that dismisses accounts of mass killings
    // denies the dead.
    [Theory]
    [InlineData("The militia denied that its fighters had attacked the hospital.", "blame:")]
    [InlineData("The army denied that its soldiers had shelled the market.", "blame:")]
    [InlineData("The militia dismissed accounts of mass killings as fabricated.", "casualties:")]
    [InlineData("The rebels denied shooting down the plane.", "blame:")]
    public void A_denial_of_an_attack_or_of_killings_names_what_it_denies(string text, string subject)
    {
        var statement = Extract.Statement(text);

        statement.Subject.ShouldStartWith(subject);
        statement.Stance.ShouldBe(Stance.Denied);
    }

    // An armed group named as who downed a plane is blamed, as a country would be; the group's denial answers it.
    [Fact]
    public void A_plane_downed_by_an_armed_group_is_blamed_on_it()
    {
        var statements = Extract.From("The government said the plane had been shot down by a missile fired by the separatists. The rebels denied shooting down the plane.")
            .OfType<StatementClaim>().ToList();

        statements[0].Subject.ShouldBe("blame:");
        statements[0].Stance.ShouldBe(Stance.Asserted);
        statements[1].Subject.ShouldBe("blame:");
        statements[1].Stance.ShouldBe(Stance.Denied);
    }

    // Security forces named after a toll are among its dead: the statement is about the toll, not a deployment.
    [Fact]
    public void Forces_listed_in_a_toll_make_it_no_deployment()
    {
        var statement = Extract.From("The toll included 400 women, as well as some members of the security forces and police, the officials said.")
            .OfType<StatementClaim>().Single();

        statement.Subject.ShouldStartWith("casualties:");
    }

    // A criticism rejected is the accusation a few sentences back, not the figures told in between.
    [Fact]
    public void A_rejected_criticism_answers_the_accusation_told_before()
    {
        const string accused = "Iran said 464 of its pilgrims had been killed in the crush and accused Saudi Arabia of incompetence.";
        var statements = Extract.From($"{accused} The Saudi authorities put the overall toll at 769 dead. Iran's supreme leader demanded an apology. Saudi officials rejected the criticism.")
            .OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe(accused);

        // So is an accusation rejected after a sentence that says something else.
        const string accusing = "Opposition leaders accused the state government of concealing the number of people killed in the crush.";
        var answered = Extract.From($"{accusing} The state government has stood by its toll of 30 dead. The chief minister rejected the accusation as politics.")
            .OfType<StatementClaim>().ToList();

        answered[^1].Answers.ShouldBe(accusing);
    }

    [Fact]
    public void Who_measured_a_quake_at_magnitude_a_figure_gave_it()
        => Extract.Quantity("The national seismology centre measured the quake at magnitude 6.9.").Attribution.ShouldBe("national seismology centre");

    [Theory]
    [InlineData("More than 670 people died, the International Organization for Migration (IOM) said on Sunday.", "International Organization for Migration")]
    [InlineData("The National Oceanic and Atmospheric Administration said 5,000 barrels a day were leaking.", "National Oceanic and Atmospheric Administration")]
    [InlineData("At least 40 people died, the Senate Committee on Foreign Relations said.", "Senate Committee on Foreign Relations")]
    [InlineData("Job cuts could affect as many as 20,000 workers, people familiar with the plans said.", "people familiar with the plans")]
    [InlineData("Sources close to the talks said 40 people died.", "Sources close to the talks")]
    [InlineData("Some 9,000 people are still missing, the WHO said.", "WHO")]
    public void An_agency_named_with_its_initials_or_its_joining_words_or_unnamed_sources_speak_whole(string text, string attribution)
        => Extract.Quantity(text).Attribution.ShouldBe(attribution);

    [Fact]
    public void Two_people_joined_by_and_are_not_one_agency()
        => Extract.From("President Maria Lopez and Vice President Tom Hale said 12 people died.").OfType<QuantityClaim>().Single()
            .Attribution.ShouldBe("Vice President Tom Hale");

    [Fact]
    public void The_people_who_speak_are_not_a_count()
        => Extract.From("Two people with knowledge of the matter said 30 people died.").OfType<QuantityClaim>().ShouldHaveSingleItem().Value.ShouldBe(30);

    [Fact]
    public void A_figure_first_reported_names_no_speaker_first()
        => Extract.From("The ship carried 498 electric vehicles, far more than the 25 first reported, the charterer said.").OfType<StatementClaim>()
            .ShouldHaveSingleItem().Attribution.ShouldBe("charterer");

    [Fact]
    public void A_speaker_who_says_that_was_not_true_answers_the_statement_before()
    {
        var claims = Extract.From("The army said most of the hostages had been freed. The mayor said that was not true and that only six had escaped.")
            .OfType<StatementClaim>().ToList();

        var denial = claims.Single(c => c.Stance == Stance.Denied);
        denial.Answers.ShouldBe(claims.Single(c => c.Attribution == "army").Sentence);
        denial.Subject.ShouldBe(claims.Single(c => c.Attribution == "army").Subject);
    }

    // "it's a lie", "it was a lie": a falsity said of what was said before, like "that was not true"; "lies" alone is
    // no cue ("the town lies on the river").
    [Theory]
    [InlineData("\"Now that's not bad, but it's a lie,\" the mayor said.")]
    [InlineData("The mayor said it was a lie.")]
    [InlineData("The mayor dismissed the figure as a lie.")]
    public void Calling_what_was_said_a_lie_denies_it(string answer)
    {
        var claims = Extract.From("A television network reported that 250,000 people had come. " + answer).OfType<StatementClaim>().ToList();

        var denial = claims.Single(c => c.Stance == Stance.Denied);
        denial.Attribution.ShouldBe("mayor");
        denial.Answers.ShouldBe(claims.Single(c => c.Attribution == "television network").Sentence);
    }

    [Fact]
    public void A_place_that_lies_somewhere_denies_nothing()
        => Extract.From("The town lies on the river, and 40 people died there, officials said.").OfType<StatementClaim>()
            .ShouldNotContain(c => c.Stance == Stance.Denied);

    // Who gave what is called false does not call it so.
    [Fact]
    public void A_figure_reported_by_someone_and_called_a_lie_is_not_denied_by_that_someone()
        => Extract.From("A television network said 250,000 people had come. The 250,000 figure reported by a television network was \"a lie.\"")
            .OfType<StatementClaim>().Single(c => c.Stance == Stance.Denied).Attribution.ShouldNotContain("network");

    // "He said one television network had reported that he drew 250,000 people": the figure is the network's, which the
    // speaker passes on; and "He" is whoever spoke last by a surname named in full before.
    [Fact]
    public void A_figure_another_reported_is_theirs_and_he_is_the_surname_that_spoke_last()
    {
        var claims = Extract.From("Crowds lined the route for President Marcus Hale's parade. Later Hale said the crowd had stretched back to the river. "
            + "He said one television network had reported that 250,000 people came.");

        claims.OfType<QuantityClaim>().Single().Attribution.ShouldBe("one television network");
        claims.OfType<StatementClaim>().Last().Attribution.ShouldBe("Hale");
    }

    [Fact]
    public void A_speaker_unable_to_verify_is_not_answering_the_statement_before()
        => Extract.From("The minister said the ship had sunk. The agency said it had been unable to verify the sinking independently.")
            .OfType<StatementClaim>().Single(c => c.Attribution == "agency").Answers.ShouldBe("");

    [Fact]
    public void A_capital_before_an_office_names_the_city_s_official_not_the_government()
        => Extract.Statement("The Paris prosecutor said the investigation was continuing.").Attribution.ShouldBe("Paris prosecutor");

    [Fact]
    public void Ever_recorded_is_no_one_reporting()
        => Extract.From("One of the strongest earthquakes ever recorded struck the coast on Wednesday, the U.S. Geological Survey said, rating it magnitude 8.8.")
            .OfType<QuantityClaim>().Single().Attribution.ShouldBe("U.S. Geological Survey");

    [Fact]
    public void A_speaker_who_did_something_else_first_still_denies()
    {
        var statement = Extract.Statement("The company's chief executive apologised and denied that workers had not been given safety training.");

        statement.Attribution.ShouldBe("company's chief executive");
        statement.Stance.ShouldBe(Stance.Denied);
    }

    [Fact]
    public void Deaths_in_a_relative_clause_of_the_speaker_s_name_are_not_what_the_speaker_speaks_of()
        => Extract.From("Several workers at the plant where 23 people died told reporters that they had never received safety training.")
            .OfType<StatementClaim>().Single().Subject.ShouldBe("");

    [Fact]
    public void Saying_something_was_not_expected_denies_nothing()
        => Extract.Statement("The military said its aircraft had struck a compound, killing two commanders, and that the fire that spread to the tents was not expected.")
            .Stance.ShouldNotBe(Stance.Denied);

    [Fact]
    public void Calling_reports_unfounded_denies_them()
        => Extract.From("Seoul said Pyongyang had sent shells to Russia. The Kremlin has called the reports unfounded.").OfType<StatementClaim>()
            .Last().Stance.ShouldBe(Stance.Denied);

    [Fact]
    public void Having_no_plans_is_no_plan()
    {
        var statement = Extract.Statement("North Korea's vice defence minister said in a statement that his country had never exported weapons to Russia and had no plans to do so.");

        statement.Stance.ShouldBe(Stance.Denied);
        statement.Subject.ShouldBe("supply:North Korea");
    }

    [Fact]
    public void What_a_speaker_says_another_country_did_is_that_country_s_act()
        => Extract.From("The United States said on Tuesday that North Korea had delivered more than 10,000 containers of munitions to Russia.")
            .OfType<StatementClaim>().Single().Subject.ShouldBe("supply:North Korea");

    [Fact]
    public void Drones_sent_to_another_country_are_supplied()
        => Extract.Statement("A spokesman said Iran had been sending drones to Russia since August.").Subject.ShouldBe("supply:Iran");

    [Fact]
    public void He_after_a_name_with_a_particle_is_that_person()
        => Extract.From("In his first statement, Bashar al-Assad said he had not planned to leave. He denied that he had left the country in a premeditated way.")
            .OfType<StatementClaim>().Single(s => s.Stance == Stance.Denied).Attribution.ShouldBe("Bashar al-Assad");

    [Fact]
    public void A_speaker_named_in_an_appositive_after_a_group_speaks()
        => Extract.From("Organizers, the Teachers Union Alliance, said 80,000 people joined the march.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldBe("Teachers Union Alliance");

    // A report is a text, no speaker, unless it is the report into something: an inquiry's finding.
    [Fact]
    public void A_report_into_an_event_speaks()
        => Extract.Statement("A government report into the warehouse fire found that the sprinklers had been switched off.")
            .Attribution.ShouldBe("government report");

    [Fact]
    public void Who_is_said_to_deny_speaks_not_who_says_so()
        => Extract.Statement("Her lawyer said Petrova denied that she had signed the order.").Attribution.ShouldBe("Petrova");

    [Theory]
    [InlineData("Prosecutors said the colonel had ordered the attack on the village.")]
    [InlineData("The court found that the cleric had given his approval to the attack.")]
    public void Who_ordered_or_approved_an_attack_is_blamed_for_it(string text)
        => Extract.Statement(text).Subject.ShouldBe("blame:");

    [Fact]
    public void Who_leads_an_inquiry_set_off_by_commas_does_not_speak_for_it()
        => Extract.Statement("The inquiry into the stand fire, led by Judge Maria Keane, found that the club had been warned about the litter.")
            .Attribution.ShouldBe("inquiry");

    [Theory]
    [InlineData("The hotel's owners, Anna and Peter Lindqvist, have denied that they ignored the warnings.", "Anna and Peter Lindqvist")]
    [InlineData("The owners, Anna Lindqvist and Peter Lindqvist, denied that they ignored the warnings.", "Anna Lindqvist and Peter Lindqvist")]
    public void Two_people_named_in_an_appositive_speak(string text, string names)
        => Extract.Statement(text).Attribution.ShouldEndWith(names);

    [Theory]
    [InlineData("An analysis by the Daily Ledger found that about 410 people died in the floods.", "Daily Ledger")]
    [InlineData("An independent inquiry into the floods last spring found that about 410 people died.", "independent inquiry")]
    public void What_an_investigation_finds_is_its_own(string text, string speaker)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(speaker);

    [Fact]
    public void A_country_in_a_study_s_relative_clause_does_not_speak_for_it()
        => Extract.From("The study, which did not cover Germany, found 9,200 deaths in Spain.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldNotBe("Germany");

    [Fact]
    public void A_figure_given_by_a_lowercase_body_is_that_body_s()
    {
        var claims = Extract.From("Reporters estimated that about 520 people died, twice the figure of 260 given by the council.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 260).Attribution.ShouldBe("council");
        claims.Single(c => c.Value == 520).Attribution.ShouldNotBe("council");
    }

    [Fact]
    public void Calling_a_report_misleading_denies_it()
        => Extract.From("The regulator said the report was misleading.").OfType<StatementClaim>().Single().Stance.ShouldBe(Stance.Denied);

    [Fact]
    public void A_negation_in_a_second_thing_said_leaves_the_first_affirmed()
        => Extract.From("The ministry admitted that the shelling killed 12 civilians, and that none of them was armed.").OfType<StatementClaim>()
            .Single().Stance.ShouldNotBe(Stance.Denied);

    [Fact]
    public void Initials_set_off_after_an_agency_name_it()
        => Extract.From("Chile's seismology centre, CSN, measured the quake at magnitude 6.9.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldContain("CSN");

    [Fact]
    public void A_time_after_the_verb_is_not_who_said_it()
        => Extract.From("About 20,000 people marched on Saturday, the interior ministry said by late afternoon.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldBe("interior ministry");

    [Fact]
    public void No_one_is_no_speaker()
        => Extract.From("Students put the turnout at 900,000, a figure no one else has confirmed.").OfType<Claim>()
            .ShouldNotContain(c => c.Attribution.Contains("one else", StringComparison.Ordinal));

    [Fact]
    public void A_crowd_put_at_half_a_million_is_the_measurer_s()
        => Extract.From("On 12 March, police put the crowd at half a million.").OfType<QuantityClaim>().Single().Attribution.ShouldBe("police");

    [Theory]
    [InlineData("France's government delegation in Corsica put the crowd at 35,000.", "France's government delegation")]
    [InlineData("The UN office in Geneva said 4,000 people had fled.", "UN office")]
    [InlineData("At least 3,383 people have been killed, the Catholic Church in Democratic Republic of Congo said.", "Catholic Church")]
    [InlineData("At least 30 people have been killed, the Red Crescent in Libya said.", "Red Crescent")]
    [InlineData("At least 30 people have been killed, the Norwegian Refugee Council in Kenya said.", "Norwegian Refugee Council")]
    public void An_office_speaks_not_the_place_it_sits_in(string text, string speaker)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(speaker);

    // Reports named by who compiled them are theirs, not the outlet's unnamed reports.
    [Theory]
    [InlineData("At least 304 people were killed, according to reports compiled by Amnesty International.")]
    [InlineData("At least 304 people were killed in the crackdown, according to credible reports compiled by Amnesty International.")]
    public void Reports_compiled_by_someone_are_theirs(string text)
        => Extract.Quantity(text).Attribution.ShouldBe("Amnesty International");

    [Fact]
    public void Who_says_it_with_saying_is_the_main_clause_s_subject()
    {
        Extract.From("The governor declared the emergency over on Friday, saying 31 people had died.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldBe("governor");
        Extract.From("Local radio quoted the mayor as saying 31 people had died.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldNotBe("Local radio");
    }

    [Fact]
    public void Who_does_the_looking_speaks_not_what_is_looked_at()
    {
        Extract.From("A panel examining the collapse later put the number of dead at 61.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldBe("panel");
        Extract.From("On Monday evening the regional Red Crescent said 61 people had died.").OfType<QuantityClaim>()
            .Single().Attribution.ShouldBe("regional Red Crescent");
    }

    [Theory]
    [InlineData("Ed Burkhardt, chairman of the railway's parent company, said 20 people had died.", "Ed Burkhardt")]
    [InlineData("Riah Phiyega, the police commissioner, said 20 people had died.", "Riah Phiyega")]
    [InlineData("Emmanuel Macron, France's president, said 20 people had died.", "Emmanuel Macron")]
    public void A_name_before_the_role_set_off_after_it_speaks(string text, string speaker)
        => Extract.Quantity(text).Attribution.ShouldBe(speaker);

    [Theory]
    [InlineData("The government put the death toll at 150,000 on Friday, and relief officials said it could reach 300,000.", 150_000, "government")]
    [InlineData("Some relief agencies put the toll at half a million.", 500_000, "relief agencies")]
    [InlineData("The storm killed at least 3,000 people, according to aid groups, although the government's official count was 1,951.", 1_951, "government")]
    [InlineData("The island's death toll stood at three on Thursday, officials said.", 3, "officials")]
    [InlineData("Aid workers said the storm may have killed 300,000 people. The government's official toll stood at 191,951.", 191_951, "government")]
    [InlineData("The ministry said 97 people had been killed, while the pro-Kurdish HDP said its own count showed 128 dead.", 128, "HDP")]
    public void Who_counted_a_figure_is_its_own_clause_s_counter(string text, double value, string speaker)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value == value).Attribution.ShouldBe(speaker);

    [Theory]
    [InlineData("The Archive of Public Gatherings, an independent monitoring group, estimated the crowd at between 275,000 and 325,000.", "Archive of Public Gatherings")]
    [InlineData("Organisers of the rally outside parliament said 1 million people took part.", "Organisers")]
    [InlineData("Residents of the town said 20 people had died.", "Residents")]
    [InlineData("The owner of the ferry said only 150 people had been on board.", "owner")]
    [InlineData("The head of the disaster agency said 20 people had died.", "disaster agency")]
    [InlineData("State officials now estimate that about 43,700 fish were killed.", "State officials")]
    [InlineData("Reuters reporters estimated the crowd at well over 100,000.", "Reuters")]
    public void The_one_who_counts_is_named_before_the_verb(string text, string speaker)
        => Extract.From(text).OfType<QuantityClaim>().First().Attribution.ShouldBe(speaker);

    [Fact]
    public void A_judgement_in_the_article_s_own_voice_is_the_article_s()
        => Extract.From("The leader had claimed 25,000 men would march, a figure we consider greatly inflated.").OfType<StatementClaim>()
            .Single(c => c.Stance == Stance.Denied).Attribution.ShouldBe("test");

    [Fact]
    public void An_accusation_rejected_is_the_one_just_made_not_a_toll_before_it()
        => Extract.From("Police said 15 people had died. Joe Bloggs, head of the rail company, said the driver had failed to set the brakes. The driver's lawyer rejected the accusation.")
            .OfType<StatementClaim>().Single(c => c.Stance == Stance.Denied).Subject.ShouldNotStartWith("casualties");

    [Fact]
    public void Attacks_on_shipping_are_attacks()
        => Extract.From("The rebels have attacked commercial shipping since November, the navy said.", "2024-01-10").OfType<DateClaim>()
            .Single().Subject.ShouldBe("strike::start");

    [Fact]
    public void A_speaker_going_on_keeps_what_the_reports_are_about()
        => Extract.From("Cargo ships have carried 900 drones to the rebels since May, the navy said. He said more were on the way.\n\nIran's foreign ministry said the reports were unfounded.")
            .OfType<StatementClaim>().Single(c => c.Stance == Stance.Denied).Subject.ShouldStartWith("supply");

    [Fact]
    public void Narration_after_a_denial_leaves_a_later_anaphor_answering_nothing_before_it()
        => Extract.From("Police rejected reports that 300 people had died. That has not settled the matter. Jane Roe, of the tenants' group, said she hoped these figures were correct and there had been no cover-up.")
            .OfType<StatementClaim>().Single(c => c.Attribution == "Jane Roe").Subject.ShouldNotStartWith("casualties");

    [Fact]
    public void A_denial_after_a_linking_verb_is_the_sentence_s_speaker_s()
        => Extract.Statement("Amnesty International said the official figures for deaths in North Kivu appeared exaggerated.")
            .Attribution.ShouldBe("Amnesty International");

    [Fact]
    public void A_negation_of_another_act_leaves_the_statement_s_own_standing()
    {
        Extract.From("Three of the five miners killed had not been taking part in the strike, the union said.").OfType<StatementClaim>()
            .Single().Stance.ShouldNotBe(Stance.Denied);
        Extract.From("The ministry said there had been no Canadian casualties.").OfType<StatementClaim>().Single().Stance.ShouldBe(Stance.Denied);
    }

    [Fact]
    public void Firing_on_a_crowd_is_what_is_asserted_and_denied_not_the_soldiers()
    {
        var claims = Extract.From("Troops opened fire on the marchers near the bridge, witnesses said.\n\nThe army denied that soldiers had shot at the marchers.")
            .OfType<StatementClaim>().ToList();

        claims.Single(c => c.Stance == Stance.Asserted).Subject.ShouldStartWith("shooting");
        claims.Single(c => c.Stance == Stance.Denied).Subject.ShouldStartWith("shooting");
    }

    // The firing a negation denies is the denial's topic, not the dead the sentence goes on to tell of.
    [Fact]
    public void Firing_denied_is_the_topic_before_the_dead_told_of_after_it()
    {
        var denial = Extract.Statement("An Israeli military review found that troops had not fired at the aid convoy, a spokesman said, and that most of those killed died in a stampede.");

        denial.Stance.ShouldBe(Stance.Denied);
        denial.Subject.ShouldBe("shooting:Israel");
    }

    [Theory]
    [InlineData("A fire at a container depot near the port killed 49 people, officials said.")]
    [InlineData("The huge fire on the ferry burned for two days, the coastguard said.")]
    public void A_blaze_at_a_place_is_no_firing_at_anyone(string text)
        => Extract.From(text).OfType<StatementClaim>().ShouldAllBe(c => !c.Subject.StartsWith("shooting"));

    [Theory]
    [InlineData("Russia's defence ministry said Ukrainian troops had shelled the plant again.", "shooting:Ukraine")]
    [InlineData("Russia said the report confirmed that Ukraine was shelling the plant.", "shooting:Ukraine")]
    public void Shelling_a_place_is_firing_on_it(string text, string subject)
        => Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem().Subject.ShouldBe(subject);

    [Fact]
    public void An_order_to_fire_on_a_crowd_is_still_firing_on_it()
        => Extract.Statement("Witnesses said police were given the order to fire on the marchers.").Subject.ShouldStartWith("shooting");

    [Theory]
    [InlineData("Union members rejected a contract offer that would have raised wages by 25 percent, the union said.", false)]
    [InlineData("Striking workers voted to reject the company's latest offer, the union said.", false)]
    [InlineData("The minister rejected calls to resign, his office said.", false)]
    [InlineData("The company rejected the union's account of the talks, a spokesman said.", true)]
    [InlineData("The first minister said he would step down after voters rejected independence by 55 percent to 45 percent.", false)]
    [InlineData("Lawmakers narrowly rejected the proposal on Tuesday, officials said.", false)]
    public void Turning_down_an_offer_denies_no_account(string text, bool denies)
        => Extract.From(text).OfType<StatementClaim>().Any(c => c.Stance == Stance.Denied).ShouldBe(denies);

    [Fact]
    public void Another_attack_a_country_carried_out_is_no_blame_for_the_story_s()
        => Extract.Statement("Witnesses said Israeli forces carried out a raid in the city.").Subject.ShouldNotStartWith("blame");

    [Theory]
    [InlineData("The spokesman said troops were regrouping and called reports of 2,000 dead \"speculative\".")]
    [InlineData("The spokesman said reports of 2,000 dead were inflated.")]
    public void A_figure_called_false_is_denied(string text)
        => Extract.Quantity(text).Stance.ShouldBe(Stance.Denied);

    [Theory]
    [InlineData("Fighting broke out in the disputed region of Karabakh on Sunday, officials said.", Stance.Asserted)]
    [InlineData("Investigators suspect the plane flew on after its last confirmed location, a newspaper reported.", Stance.Reported)]
    [InlineData("Police confirmed that 40 people had died.", Stance.Confirmed)]
    [InlineData("The ministry disputed the report.", Stance.Denied)]
    public void A_participle_describing_a_noun_takes_no_stance(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);

    [Fact]
    public void What_another_acknowledged_only_compared_with_is_no_confirmation()
        => Extract.Statement("The monitor said 3,000 people had died, far more than the government has acknowledged.").Stance.ShouldBe(Stance.Asserted);

    // A negation in the reason a revision gives ("saying four people had not boarded") denies nothing the revision says.
    [Fact]
    public void A_revision_that_gives_a_negated_reason_is_asserted()
        => Extract.Statement("Officials revised the death toll to 71 on Tuesday, saying four people on the list had not boarded the plane.").Stance.ShouldBe(Stance.Asserted);

    // A passive "dismissed" or "rejected" with no one who did it tells of a post lost or a plea turned down, not of an
    // account denied; with its agent it still denies.
    [Theory]
    [InlineData("The governor said an award ceremony had been held in the city that day, and he was dismissed a week later.", false)]
    [InlineData("The mayor said his appeal was rejected last month.", false)]
    [InlineData("The claim was rejected by Kyiv, which said the dead were civilians.", true)]
    public void A_passive_dismissal_without_its_agent_denies_nothing(string text, bool denies)
        => Extract.From(text).OfType<StatementClaim>().Any(c => c.Stance == Stance.Denied).ShouldBe(denies);

    // A dispute told as a state of things ("remains disputed") takes no side; one told with who disputes it still
    // denies.
    [Theory]
    [InlineData("The final toll remains disputed: the ministry put it at 1,200, while an opposition group has counted 3,400.", false)]
    [InlineData("The figures are still contested.", false)]
    [InlineData("The ministry's toll was disputed by the opposition, which said 3,400 people had died.", true)]
    public void A_dispute_told_without_who_disputes_denies_nothing(string text, bool denies)
        => Extract.From(text).Any(c => c.Stance == Stance.Denied).ShouldBe(denies);

    // "the ministry put it at 1,200, while an opposition group has counted 3,400" after a colon: each clause's figure
    // is its measurer's.
    [Fact]
    public void Each_clause_after_a_colon_gives_its_own_measurer_s_figure()
    {
        var claims = Extract.From("The final toll remains disputed: the ministry put it at 1,200 deaths, while an opposition group has counted 3,400 deaths.").OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 1_200).Attribution.ShouldBe("ministry");
        claims.Single(c => c.Value == 3_400).Attribution.ShouldBe("opposition group");
    }

    // "No officer confronted the gunman, the agency said": that no one did the act denies the act, whatever the lexicon
    // knows of it, and however the sentence goes on after its speaker ("on Friday, correcting an earlier account").
    [Theory]
    [InlineData("No soldier fired on the marchers, the army's spokesman said on Monday, contradicting several witnesses.", Stance.Denied)]
    [InlineData("The prison service said that none of the guards had opened the cell doors.", Stance.Denied)]
    [InlineData("The spokesman said that the guards had opened the cell doors.", Stance.Asserted)]
    [InlineData("The spokesman said that the guards opened the cell doors after no order had come.", Stance.Asserted)]
    [InlineData("Police said the crush began when fans pushed forward, but several survivors said no one had pushed.", Stance.Asserted)]
    public void Saying_that_no_one_did_an_act_denies_it(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);

    // "said the toll was 19 and denied that ...": a second verb joined after a figure is a verb, no participle of a count.
    [Fact]
    public void A_denial_joined_after_a_figure_denies_and_the_figure_stands()
    {
        var claims = Extract.From("The governor said the toll was 19 and denied that soldiers had killed protesters.");

        claims.OfType<StatementClaim>().Single().Stance.ShouldBe(Stance.Denied);
        claims.OfType<QuantityClaim>().Single().Stance.ShouldBe(Stance.Asserted);
    }

    // "admitted that he lied when he said fans had forced open the gate": what was said is owned as false.
    [Fact]
    public void Admitting_a_lie_denies_what_was_said()
        => Extract.Statement("The commander admitted at the hearing that he lied when he said the crowd had broken down the fence.").Stance.ShouldBe(Stance.Denied);

    // Dismissing a government, a minister or a chief puts people out of office; dismissing a government's figure denies it.
    [Theory]
    [InlineData("The president, who dismissed his entire government on Monday, said the unrest had claimed 12 lives.", false)]
    [InlineData("The governor dismissed the police chief and said 40 people had died.", false)]
    [InlineData("The president dismissed the government's figure of 12 dead as too low.", true)]
    [InlineData("The ministry dismissed the report as false.", true)]
    public void Dismissing_people_from_office_denies_nothing(string text, bool denies)
        => Extract.From(text).Any(c => c.Stance == Stance.Denied).ShouldBe(denies);

    [Theory]
    [InlineData("Police in Ahmedabad said 265 bodies had been recovered.", "Police")]
    [InlineData("Organisers in London said 300,000 people had marched.", "Organisers")]
    [InlineData("A rebel group in the North Caucasus said it had killed 75 people.", "rebel group")]
    [InlineData("Nearly two million people marched on Sunday, organisers from the Civil Human Rights Front said.", "Civil Human Rights Front")]
    [InlineData("Rights groups in Kenya said 300 people had been killed.", "Rights groups")]
    [InlineData("Church leaders in Kerala said 300 people were missing.", "Church leaders")]
    [InlineData("Church leaders in the coastal parishes said 300 people were missing.", "Church leaders")]
    [InlineData("Hospital staff in Deraa said 25 people had been killed.", "Hospital staff")]
    public void People_named_by_where_they_are_speak_not_the_place(string text, string speaker)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(speaker);

    // "The company" is the company that spoke before it, not a speaker of its own.
    [Fact]
    public void A_company_named_by_its_kind_is_the_one_named_before()
        => Extract.From("Veltrix said about 60 of its customers had been hit. The company disputed the gang's claim to have locked a million devices.")
            .OfType<StatementClaim>().ShouldContain(c => c.Stance == Stance.Denied && c.Attribution == "Veltrix");

    // A speaker who blames another doer says nothing of the blame a denier in the same sentence denies.
    [Fact]
    public void Blaming_another_doer_is_no_blame_of_the_one_who_denies()
    {
        var statements = Extract.From("Investigators now say an Islamist cell carried out the attacks; ETA has denied any involvement.").OfType<StatementClaim>().ToList();

        statements.ShouldContain(c => c.Subject == "blame:ETA" && c.Stance == Stance.Denied);
        statements.ShouldNotContain(c => c.Subject == "blame:ETA" && c.Stance == Stance.Asserted);
    }

    // "carried it out" after a government names who did the attack the sentence has just named.
    [Fact]
    public void A_government_that_carried_it_out_is_blamed()
        => Extract.From("The United States said 1,429 people were killed in the chemical attack, and that it had high confidence the Syrian government carried it out.")
            .OfType<StatementClaim>().ShouldContain(c => c.Subject == "blame:Syria" && c.Stance == Stance.Asserted);

    // A text whose author is named on it speaks for that author; an unnamed one inherits as before.
    [Theory]
    [InlineData("Britain's intelligence assessment said at least 350 people had died.", "Britain")]
    [InlineData("The UN report said at least 350 people had died.", "UN")]
    [InlineData("A White House statement said at least 350 people had died.", "White House")]
    public void A_text_speaks_for_its_named_author(string text, string author)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(author);

    [Theory]
    [InlineData("Early reports said at least 350 people had died.")]
    [InlineData("Monday's report said at least 350 people had died.")]
    public void A_text_named_by_a_word_that_is_no_author_speaks_for_no_one_new(string text)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe("test");

    // A denial in a clause of its own, with its own verb of saying, is not about the death told of before the semicolon;
    // a denial of a part in an attack is about the blame.
    [Theory]
    [InlineData("A man was found dead in the cab; police said he was the regular driver and was not involved in the attack.", "blame:")]
    [InlineData("Pakistan said it was not involved in the attack.", "blame:Pakistan")]
    public void A_denial_of_a_part_in_the_attack_is_about_blame_not_the_dead(string text, string subject)
        => Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(c => c.Stance.ShouldBe(Stance.Denied), c => c.Subject.ShouldBe(subject));

    // A country named in the possessive is the party all the same: "Ukraine's special services", "Ukraine's army".
    [Theory]
    [InlineData("Putin said Ukraine's special services had organised the explosion on the bridge.")]
    [InlineData("Russia said Ukraine's army was responsible for the attack.")]
    public void A_country_in_the_possessive_is_blamed(string text)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:Ukraine"), c => c.Stance.ShouldBe(Stance.Asserted));

    // "He said" at a paragraph's start speaks for whoever spoke last, not for the next speaker in its paragraph.
    [Fact]
    public void A_pronoun_speaker_is_the_last_one_named_before()
    {
        var claims = Extract.From("A government spokesman said about 300 people had died.\n\nHe said 5,000 soldiers and 2,000 civilians had been wounded. Witnesses said troops had fired on unarmed crowds.")
            .OfType<QuantityClaim>().ToList();

        claims.Single(c => c.Value == 5_000).Attribution.ShouldBe("government spokesman");
        claims.Single(c => c.Value == 2_000).Attribution.ShouldBe("government spokesman");
    }

    // "had not been involved in" is "was not involved in" in another tense.
    [Fact]
    public void Had_not_been_involved_is_a_denial_of_blame()
        => Extract.Statement("The minister said Eritrean troops had not been involved in any killings in the town.")
            .ShouldSatisfyAllConditions(c => c.Stance.ShouldBe(Stance.Denied), c => c.Subject.ShouldStartWith("blame:"));

    // Troops of a country that killed civilians are that country's act, which its denial answers; a side's count of the
    // soldiers it killed is its report of the war.
    [Theory]
    [InlineData("Eritrean troops killed hundreds of civilians in the town in November, the rights group said.", "blame:Eritrea")]
    [InlineData("Russian soldiers executed dozens of men in the suburb, investigators said.", "blame:Russia")]
    public void Troops_that_killed_civilians_are_their_countrys_blame(string text, string subject)
        => Extract.Statement(text).Subject.ShouldBe(subject);

    [Fact]
    public void Troops_that_killed_soldiers_are_not_a_blame()
        => Extract.Statement("Ukrainian troops killed 500 Russian soldiers in the battle, the general staff said.").Subject.ShouldNotStartWith("blame:");

    // Whether a place was taken is a proposition of its own, which the defenders' denial answers.
    [Theory]
    [InlineData("The group's leader said his fighters had taken full control of the city.", Stance.Asserted)]
    [InlineData("The defence ministry said the army had completed the capture of the town.", Stance.Asserted)]
    [InlineData("Ukraine denied that the city had fallen.", Stance.Denied)]
    public void The_taking_of_a_place_is_its_own_topic(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("capture:"), c => c.Stance.ShouldBe(stance));

    // A country that struck the place where the dead were answers for it, and its denial of its own strike is a denial
    // of that blame.
    [Theory]
    [InlineData("The ministry said Ukraine had struck the prison with a rocket system.", Stance.Asserted)]
    [InlineData("Ukraine's military denied it had carried out any strike on the prison.", Stance.Denied)]
    public void A_strike_on_the_place_and_its_denial_are_about_blame(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:Ukraine"), c => c.Stance.ShouldBe(stance));

    // A country's missile that struck a place where people were is its country's act; "its forces did not strike" such
    // places is the country's denial. A missile that only crossed a border struck nothing.
    [Theory]
    [InlineData("A Russian missile destroyed part of a nine-storey apartment block in the city, killing 30 people, officials said.", "blame:Russia", Stance.Asserted)]
    [InlineData("A Russian missile struck a crowded shopping centre on Monday, killing 13 people, officials said.", "blame:Russia", Stance.Asserted)]
    [InlineData("The Kremlin said that Russian forces did not strike residential buildings.", "blame:Russia", Stance.Denied)]
    public void A_missile_on_a_home_or_a_mall_and_the_denial_of_it_are_about_blame(string text, string subject, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe(subject), c => c.Stance.ShouldBe(stance));

    [Fact]
    public void A_missile_that_crossed_a_border_blames_no_one()
        => Extract.Statement("Two Russian missiles crossed into Poland on Tuesday, a senior intelligence official said.").Subject.ShouldNotStartWith("blame:");

    // A turnout or a figure that "had fallen" took no place.
    [Fact]
    public void A_figure_that_had_fallen_is_no_capture()
        => Extract.Statement("Photographs suggested turnout had fallen well short of previous years, the agency reported.").Subject.ShouldNotBe("capture:");

    // A side's torpedo that sank a ship is its act; its denial of sinking the ship answers the blame.
    [Theory]
    [InlineData("A North Korean torpedo sank the South Korean warship in March, killing 46 sailors, investigators said.", Stance.Asserted)]
    [InlineData("North Korea denied sinking the warship and threatened war.", Stance.Denied)]
    [InlineData("North Korea said the findings were a fabrication and denied that it had sunk the ship.", Stance.Denied)]
    public void A_sinking_and_its_denial_are_about_blame(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:North Korea"), c => c.Stance.ShouldBe(stance));

    // An airliner shot down is an attack its side answers for; so is a missile denied to have hit it.
    [Theory]
    [InlineData("Canada's prime minister said the airliner was shot down by an Iranian surface-to-air missile.", Stance.Asserted)]
    [InlineData("Iran's government denied that a missile had hit the plane.", Stance.Denied)]
    [InlineData("Iran denied that it had shot down the passenger jet.", Stance.Denied)]
    [InlineData("Tehran at first denied shooting down the airliner.", Stance.Denied)]
    [InlineData("Officials said the airliner had been hit by an Iranian missile near the capital.", Stance.Asserted)]
    [InlineData("The president said the plane had been shot down by Iran, albeit unintentionally.", Stance.Asserted)]
    [InlineData("Iran's defence minister denied on Friday that an Iranian missile had brought down the airliner.", Stance.Denied)]
    [InlineData("The president acknowledged that an Iranian missile had probably shot down the airliner.", Stance.Confirmed)]
    [InlineData("Officials said an Iranian fighter had shot down the airliner.", Stance.Asserted)]
    public void A_downed_airliner_and_its_denial_are_about_blame(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:Iran"), c => c.Stance.ShouldBe(stance));

    // Whose make a weapon is says nothing of who fired it.
    [Fact]
    public void A_missile_made_in_a_country_is_no_blame_of_it()
        => Extract.Statement("Investigators said the plane was hit by a Russian-made missile.").Subject.ShouldNotBe("blame:Russia");

    // A fighter jet shot down is a side's report of the war, not an attack it answers for.
    [Fact]
    public void A_fighter_shot_down_is_no_blame()
        => Extract.Statement("Pakistan said its air force had shot down an Indian fighter jet over Kashmir.").Subject.ShouldNotStartWith("blame");

    // "had not been able to confirm" is no assertion.
    [Fact]
    public void Not_being_able_to_confirm_is_unverified()
        => Extract.Statement("Russia said its own experts had not been able to confirm that a torpedo sank the ship.").Stance.ShouldBe(Stance.Unverified);

    // "Activists blamed government forces": the government of the country the story is about.
    [Fact]
    public void Blaming_government_forces_blames_the_storys_country()
        => Extract.From("More than 90 people were killed in the Houla area of central Syria on Friday, activists said. Activists blamed government forces and pro-government militiamen.")
            .OfType<StatementClaim>().Single(c => c.Text.Contains("blamed", StringComparison.Ordinal)).Subject.ShouldBe("blame:Syria");

    // "found no sign of gunfire or sabotage in the wreckage of the helicopter that crashed, killing the president": what
    // is found not to have been is the crash's cause, not its dead.
    [Fact]
    public void No_sign_of_sabotage_denies_the_cause_not_the_dead()
        => Extract.Statement("The armed forces said investigators had found no sign of gunfire or sabotage in the wreckage of the helicopter that crashed on Sunday, killing the president and seven others.")
            .ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("cause:"), c => c.Stance.ShouldBe(Stance.Denied));

    // An armed group is a side of its own: whom a government blames, and who denies it, by name or as "the group".
    [Theory]
    [InlineData("The interior minister said the separatist group ETA was responsible.", Stance.Asserted, "blame:ETA")]
    [InlineData("A statement issued on behalf of ETA denied that the group had any part in the bombings.", Stance.Denied, "blame:ETA")]
    [InlineData("Boko Haram denied any role in the kidnapping.", Stance.Denied, "blame:Boko Haram")]
    [InlineData("Police said al-Shabaab was behind the attack.", Stance.Asserted, "blame:al-Shabab")]
    [InlineData("The government said the militant network Jemaah Islamiyah was behind the bombings.", Stance.Asserted, "blame:Jemaah Islamiyah")]
    public void An_armed_group_is_blamed_and_denies_by_name(string text, Stance stance, string subject)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe(subject), c => c.Stance.ShouldBe(stance));

    // Who carried out an attack is the blame, also as "government troops" and as "launched it"; so is a side's bare denial
    // of responsibility.
    [Theory]
    [InlineData("Human Rights Watch said Sudanese government troops had carried out the attack on the village.", Stance.Asserted)]
    [InlineData("A United Nations report said the attack had killed at least 80 people and that the Sudanese government had launched it.", Stance.Asserted)]
    [InlineData("The Sudanese government denied responsibility and blamed rebel militias.", Stance.Denied)]
    [InlineData("Sudan's defence ministry denied killing civilians, saying the images were staged.", Stance.Denied)]
    public void Who_carried_out_an_attack_and_its_denial_are_about_blame(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:Sudan"), c => c.Stance.ShouldBe(stance));

    // "than would normally be expected" is a comparison's baseline, not a plan.
    [Fact]
    public void A_baseline_of_would_is_no_plan()
        => Extract.Statement("Researchers found that many more people had died in the months after the floods than would normally be expected, the ministry said.")
            .Stance.ShouldBe(Stance.Asserted);

    // "rejected the company's claim" answers the statement before it.
    [Fact]
    public void A_possessive_names_the_claim_a_denial_answers()
    {
        var statements = Extract.From("The company said a disgruntled employee had deliberately let water into the tank. "
            + "The government rejected the company's claim, saying poor maintenance had caused the leak.").OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe(statements[0].Sentence);
    }

    // "rejected Moscow's account" answers what Russia said, past another side's statement in between; when the story
    // has not told Russia's account, it answers nothing said before it.
    [Fact]
    public void A_country_named_as_the_claims_owner_is_the_one_answered()
    {
        var statements = Extract.From("Russia's defence ministry said the jets had struck a rebel depot. The United States said the government was to blame. "
            + "Western officials rejected Moscow's account, saying there was no depot at the site.").OfType<StatementClaim>().ToList();

        statements[^1].Stance.ShouldBe(Stance.Denied);
        statements[^1].Answers.ShouldBe("Russia's defence ministry said the jets had struck a rebel depot.");
    }

    [Fact]
    public void A_country_whose_claim_the_story_has_not_told_is_answered_nowhere()
        => Extract.From("The United States said it was confident the government was to blame. Western officials rejected Moscow's account, saying there was no depot at the site.")
            .OfType<StatementClaim>().Last().Answers.ShouldBeEmpty();

    // A speaker who "did not say" or "declined to say" takes no stance on what the sentence goes on to name.
    [Theory]
    [InlineData("Beijing did not say whether any of its soldiers had died.")]
    [InlineData("Beijing would not say whether its soldiers had been killed in the clash.")]
    public void A_speaker_who_keeps_silent_says_nothing(string text)
        => Extract.From(text).OfType<StatementClaim>().ShouldBeEmpty();

    // "were false" denies what it is said of: the statement, and the figure in it.
    [Fact]
    public void Reports_said_to_be_false_are_denied()
    {
        var claims = Extract.From("Chinese state media said reports of dozens of Chinese deaths were false.");

        claims.OfType<StatementClaim>().Single().Stance.ShouldBe(Stance.Denied);
        claims.OfType<QuantityClaim>().Single().Stance.ShouldBe(Stance.Denied);
    }

    // "said the claim was false and that Russia had added 7,000 troops": the sayer denies the statement before it, and
    // what it goes on to say does not make the denial about the troops.
    [Fact]
    public void The_claim_called_false_is_the_one_before()
    {
        var statements = Extract.From("Russia's defence ministry said on Wednesday that more units were returning to their bases. "
            + "A senior US official said the claim was false and that Russia had in fact added as many as 7,000 troops near the border.").OfType<StatementClaim>().ToList();

        statements[^1].ShouldSatisfyAllConditions(
            c => c.Stance.ShouldBe(Stance.Denied),
            c => c.Attribution.ShouldBe("US government"),
            c => c.Answers.ShouldBe(statements[0].Sentence),
            c => c.Subject.ShouldBe(statements[0].Subject));
    }

    // The side fought against is not whose dead a statement counts.
    [Theory]
    [InlineData("China said on Friday that four of its soldiers were killed in the June clash with Indian troops in the valley.", "casualties:China")]
    [InlineData("Twenty Indian soldiers were killed in a clash with Chinese troops in the valley on Monday, the army said.", "casualties:India")]
    public void The_side_fought_against_is_not_whose_dead_are_counted(string text, string subject)
        => Extract.Statement(text).Subject.ShouldBe(subject);

    // "according to a report citing an unnamed official": the one the report cites speaks.
    [Fact]
    public void A_report_citing_someone_is_theirs()
        => Extract.Statement("American intelligence has assessed that 35 Chinese soldiers were killed, according to a report citing an unnamed official.")
            .Attribution.ShouldBe("unnamed official");

    // An aside between the speaker and the verb says how they spoke, not who.
    [Fact]
    public void An_aside_before_the_verb_keeps_its_speaker()
        => Extract.Statement("A government spokesperson, speaking to AFP on condition of anonymity, rejected the lower estimate, saying the official figures had not changed.")
            .ShouldSatisfyAllConditions(c => c.Stance.ShouldBe(Stance.Denied), c => c.Attribution.ShouldBe("government spokesperson"));

    // "..., a figure the government did not accept": the speaker's figure stands, and the government denies it.
    [Fact]
    public void A_figure_someone_did_not_accept_is_theirs_to_deny()
    {
        var statements = Extract.From("The state's assembly speaker had said earlier that more than 10,000 people may have died, a figure the government did not accept.")
            .OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Attribution, s.Stance)).ShouldBe([("state's assembly speaker", Stance.Asserted), ("government", Stance.Denied)]);
    }

    // A figure not yet final, or one a count has not passed, is no denial.
    [Theory]
    [InlineData("The official toll now stands at 230,000, the government said on Tuesday, and even that number is not final.")]
    [InlineData("\"The number of casualties has not exceeded 150 so far,\" a military spokesman said.")]
    public void A_figure_not_final_or_not_exceeded_stands(string text)
        => Extract.Statement(text).Stance.ShouldBe(Stance.Asserted);

    // A spokesperson who names no one else speaks for whoever spoke just before.
    [Fact]
    public void A_bare_spokesperson_speaks_for_the_speaker_before()
    {
        var statements = Extract.From("Nigeria's Defence Headquarters said on Monday that the number of people killed in the attack had been exaggerated. "
            + "\"The number of casualties has not exceeded 150 so far,\" a spokesman, Major General Chris Olukolade, said.").OfType<StatementClaim>().ToList();

        statements.Select(s => s.Attribution).Distinct().ShouldHaveSingleItem();
    }

    // A court that "ruled that" speaks; a second thing it "found that", after "but", does not make the first a denial.
    [Fact]
    public void A_court_ruling_is_its_statement_and_a_second_finding_keeps_the_first()
        => Extract.From("The International Court of Justice ruled on Monday that the killing of about 8,000 men at Srebrenica was genocide, but found that Serbia itself was not directly responsible.")
            .OfType<StatementClaim>().ShouldContain(c => c.Attribution == "International Court of Justice" && c.Stance == Stance.Asserted && c.Subject.StartsWith("casualties:", StringComparison.Ordinal));

    // "ruled out" rules nothing.
    [Fact]
    public void Ruling_out_is_no_ruling()
        => Extract.From("Investigators ruled out foul play in the crash that killed 12 people.").OfType<StatementClaim>()
            .ShouldNotContain(c => c.Attribution == "Investigators");

    // "It found no evidence" after a report's sentence is the report's denial, though the lexicon knows no topic for it.
    [Fact]
    public void It_is_the_body_that_spoke_before_and_finding_nothing_denies()
    {
        var statements = Extract.From("A report by the UN human rights office said that 48 people died in the fire. It found no evidence that the building had been set on fire deliberately.")
            .OfType<StatementClaim>().ToList();

        statements[^1].ShouldSatisfyAllConditions(c => c.Attribution.ShouldBe("UN human rights office"), c => c.Stance.ShouldBe(Stance.Denied));
    }

    // "The inquiry found no evidence that ...": a finding of what is not so has its finder, named or not by the
    // lexicon.
    [Theory]
    [InlineData("The inquiry found no evidence that the building had been set on fire deliberately.")]
    [InlineData("The investigators found no evidence to support the army's account that an airstrike had hit a rebel depot.")]
    public void A_body_that_found_no_evidence_denies(string text)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Stance.ShouldBe(Stance.Denied), c => c.AttributionInferred.ShouldBeFalse());

    // A denial of any link to an attack is about the blame; the toll the attack is told with stands.
    [Fact]
    public void Rejecting_any_link_to_an_attack_denies_the_blame_not_its_toll()
    {
        var claims = Extract.From("Iran's foreign ministry rejected any link to Sunday's attack on the tanker, which killed two crew members.");

        claims.OfType<StatementClaim>().Single().ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:Iran"), c => c.Stance.ShouldBe(Stance.Denied));
        claims.OfType<QuantityClaim>().Single(c => c.Value == 2).Stance.ShouldBe(Stance.Asserted);
    }

    // "had a direct hand in" the attack blames.
    [Fact]
    public void A_direct_hand_in_an_attack_is_blame()
        => Extract.Statement("The Afghan government said Pakistan had a direct hand in the bombing of the embassy.").Subject.ShouldBe("blame:Pakistan");

    // Forces that name who speaks ("Army officials") are not what the statement is about.
    [Fact]
    public void Forces_in_the_speakers_name_are_no_topic()
        => Extract.Statement("Armed forces officials said they had found no evidence that the bomb was detonated by remote control.").Subject.ShouldBe("");

    // "..., which denied any role": the one blamed answers for itself, and the blame stays the speaker's.
    [Fact]
    public void The_one_blamed_who_denied_any_role_denies_the_blame()
        => Extract.From("Police said the attack had been planned by the Eastern Liberation Front, which denied any role.").OfType<StatementClaim>()
            .Select(c => (c.Attribution, c.Stance, c.Subject)).ShouldBe([("Police", Stance.Asserted, "blame:"), ("Eastern Liberation Front", Stance.Denied, "blame:")]);

    // Whether a craft was inside a country's airspace is a proposition; "had never entered" it denies it.
    [Fact]
    public void Never_having_entered_airspace_denies_violating_it()
    {
        var statements = Extract.From("Syria's army said the jet had violated Syrian airspace. Turkish officials said the jet, which was on a training flight, had never entered Syrian airspace.")
            .OfType<StatementClaim>().ToList();

        statements.Select(s => (s.Subject, s.Stance)).ShouldBe([("incursion:", Stance.Asserted), ("incursion:", Stance.Denied)]);
    }

    // "He rejected ..." after a named person spoke is that person's denial.
    [Fact]
    public void He_who_rejects_is_the_person_named_before()
        => Extract.From("The defence minister, Karim Haddad, said the patrol boat had stayed in its own waters. He rejected the claim that it had fired first.")
            .OfType<StatementClaim>().Last().ShouldSatisfyAllConditions(c => c.Attribution.ShouldEndWith("Karim Haddad"), c => c.Stance.ShouldBe(Stance.Denied));

    // Workers dismissed are put out of work, which denies no one's account; money lost is no one's death.
    [Theory]
    [InlineData("The shipping line dismissed 600 seafarers on Thursday, the union said.")]
    [InlineData("The company said the airline had lost £80 million last year and was not viable.")]
    public void Dismissing_workers_or_losing_money_is_neither_a_denial_nor_a_toll(string text)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Stance.ShouldBe(Stance.Asserted), c => c.Subject.ShouldNotStartWith("casualties:"));

    // "denied that the government had used chemical weapons" answers for the denier's own side's attack, and "the
    // Moldovan government was responsible" blames that side, as the denial does.
    [Theory]
    [InlineData("Moldova's foreign minister denied that the government had used chemical weapons in the village.", Stance.Denied)]
    [InlineData("The United States said it was confident the Moldovan government was responsible.", Stance.Asserted)]
    public void A_government_said_to_have_used_weapons_or_to_be_responsible_is_blamed(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("blame:Moldova"), c => c.Stance.ShouldBe(stance));

    // Whether forces fired is the proposition, also as "had not fired a single bullet" and as "had not used their
    // firearms", the second thing said after a first that names no topic.
    [Theory]
    [InlineData("The defence minister said the soldiers had not fired a single bullet.")]
    [InlineData("The interim government said the marchers had been armed and that the security forces had not used their firearms.")]
    public void Forces_that_fired_no_shot_deny_the_shooting(string text)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe("shooting:"), c => c.Stance.ShouldBe(Stance.Denied));

    // "dismissed the Amnesty report" answers what Amnesty said, past another statement in between.
    [Fact]
    public void A_report_named_by_its_author_answers_the_authors_statement()
    {
        var statements = Extract.From("Lumen Watch said troops had been withdrawn from the town weeks before the raid. The governor said the town was calm. "
            + "The army dismissed the Lumen report as false, saying it had received no warning.").OfType<StatementClaim>().ToList();

        statements[^1].ShouldSatisfyAllConditions(c => c.Stance.ShouldBe(Stance.Denied),
            c => c.Answers.ShouldBe("Lumen Watch said troops had been withdrawn from the town weeks before the raid."));
    }

    // Excessive force is a proposition the police's side denies; "a charge Erdogan rejected, calling ..." is Erdogan's
    // rebuttal, however the sentence goes on.
    [Fact]
    public void An_accusation_of_excessive_force_and_its_rebuttal()
    {
        var statements = Extract.From("Rights groups accused the police of using excessive force, a charge the prime minister rejected, calling the officers heroic.")
            .OfType<StatementClaim>().ToList();

        statements.ShouldContain(c => c.Subject == "force:" && c.Stance == Stance.Reported && c.Attribution == "Rights groups");
        statements.ShouldContain(c => c.Subject == "force:" && c.Stance == Stance.Denied && c.Attribution == "prime minister");
    }

    // A warning given is a proposition those warned often deny; what it warned of is a forecast, which does not make
    // the statement a plan.
    [Theory]
    [InlineData("Geologists said they had warned the authorities in October that a mudflow could reach the town.", Stance.Asserted)]
    [InlineData("Officials said they had not received any warning that an evacuation was needed.", Stance.Denied)]
    [InlineData("Residents said there had been no warning before the dam burst.", Stance.Denied)]
    [InlineData("The inquiry found that the club had been warned in writing that the rubbish could catch fire.", Stance.Asserted)]
    [InlineData("The power company denied that it had ignored any warnings.", Stance.Denied)]
    public void A_warning_given_and_a_warning_denied(string text, Stance stance)
    {
        var statement = Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem();

        statement.Subject.ShouldBe("warning:");
        statement.Stance.ShouldBe(stance);
    }

    // A company calls the attack on it sophisticated; officials who say it was not deny that.
    [Theory]
    [InlineData("Chief executive Jane Holm said the company had been the victim of a sophisticated cyberattack.", Stance.Asserted)]
    [InlineData("The minister said on Monday that the attack on the retailer was not sophisticated.", Stance.Denied)]
    public void How_sophisticated_an_attack_was(string text, Stance stance)
    {
        var statement = Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem();

        statement.Subject.ShouldBe("sophistication:");
        statement.Stance.ShouldBe(stance);
    }

    // Shots fired into a crowd, and shots that came from none, are the shooting; officers who shot are who acted, no
    // deployment of theirs.
    [Theory]
    [InlineData("Witnesses said police fired into the crowd without any warning.", "shooting:", Stance.Asserted)]
    [InlineData("Witnesses said no shots had come from the crowd.", "shooting:", Stance.Denied)]
    [InlineData("The minister denied that officers had shot children without warning.", "", Stance.Denied)]
    public void Shots_into_or_from_a_crowd_are_the_shooting(string text, string subject, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(c => c.Subject.ShouldBe(subject), c => c.Stance.ShouldBe(stance));

    // An attack a country's services planned or ordered is blamed on that country.
    [Theory]
    [InlineData("The president said the bombing of the dam was a terrorist attack planned by Ukraine's special services.", "blame:Ukraine")]
    [InlineData("Officials said the attack on the tanker had been ordered by Iran.", "blame:Iran")]
    public void An_attack_planned_or_ordered_by_a_country_blames_it(string text, string subject)
        => Extract.Statement(text).Subject.ShouldBe(subject);

    // "It" or "they" that denies, after a body spoke, is that body: its denial is a statement of its own.
    [Theory]
    [InlineData("It denied that any fighters had been firing from inside the compound.", "denied")]
    [InlineData("It rejected claims that troops had fired on the crowd.", "rejected")]
    public void A_denial_by_it_is_the_body_that_spoke_before(string denial, string cue)
    {
        var statement = Extract.From("The aid group said 22 people had been killed in the strike. " + denial).OfType<StatementClaim>().Last();

        statement.ShouldSatisfyAllConditions(
            s => s.Stance.ShouldBe(Stance.Denied),
            s => s.Attribution.ShouldBe("aid group"),
            s => s.Cue.ShouldBe(cue),
            s => s.Subject.ShouldBe("shooting:"));
    }

    // A claim that something did not happen, rejected by those who say it did, named with who they are.
    [Fact]
    public void Rejecting_a_claim_that_nothing_happened_asserts_it()
    {
        var statements = Extract.From("The chairman said the slide had been caused by a spring that no one could have known about, "
            + "a claim residents who had warned of the danger for years rejected.").OfType<StatementClaim>().ToList();

        statements.Count.ShouldBe(2);
        statements.Single(s => s.Attribution == "chairman").Stance.ShouldBe(Stance.Denied);
        statements.Single(s => s.Attribution == "residents").Stance.ShouldBe(Stance.Asserted);
    }

    // What an inquiry finds, and the account it rejects in the same breath: two statements of one speaker, one of them
    // a denial of the rejected account.
    [Fact]
    public void A_finding_that_rejects_a_claim_also_denies_it()
    {
        var statements = Extract.From("The commission found that the police had deliberately opened fire on an unarmed crowd, "
            + "rejecting the claim that officers had acted in self-defence.").OfType<StatementClaim>().ToList();

        statements.ShouldAllBe(s => s.Attribution == "commission");
        statements.ShouldContain(s => s.Stance == Stance.Asserted);
        statements.ShouldContain(s => s.Stance == Stance.Denied && s.Cue == "rejecting");
    }

    [Fact]
    public void Rejecting_a_plan_is_no_denial()
        => Extract.From("The council approved the budget on Monday, rejecting a plan that would have closed two schools.").OfType<StatementClaim>()
            .ShouldNotContain(s => s.Stance == Stance.Denied);

    // A warning given to those in charge, and one they say they never had.
    [Theory]
    [InlineData("Civil defense officials said they had warned the mayor of the danger.", Stance.Asserted)]
    [InlineData("The government said it had not received any formal warning from scientists.", Stance.Denied)]
    [InlineData("The head of the agency said the government had never been warned of an imminent quake by any scientist.", Stance.Denied)]
    public void A_warning_to_those_in_charge_and_one_never_received(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("warning:"), s => s.Stance.ShouldBe(stance));

    // Fighters named by what they are fired, not the country the story is mostly about.
    [Theory]
    [InlineData("The charity said it had informed American officials in Washington. It denied that any fighters had been firing from inside the compound.")]
    [InlineData("American officials said the strike had been requested. The charity denied that gunmen had opened fire from the hospital.")]
    public void Unnamed_fighters_who_fired_are_no_country_s(string text)
        => Extract.From(text).OfType<StatementClaim>().Last().ShouldSatisfyAllConditions(s => s.Stance.ShouldBe(Stance.Denied), s => s.Subject.ShouldBe("shooting:"));

    // A denial joined by "and" to the verb before it is its subject's.
    [Theory]
    [InlineData("Syria's government condemned the killing of the former prime minister and denied any involvement in it.", "Syria's government")]
    [InlineData("The army condemned the attack and strongly denied any role in it.", "army")]
    public void A_denial_joined_to_the_verb_before_is_its_subject_s(string text, string speaker)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Attribution.ShouldBe(speaker), s => s.Stance.ShouldBe(Stance.Denied));

    // The family of someone held by others speaks, not those who hold him.
    [Theory]
    [InlineData("The family of an aid worker held by the army said he had been detained for 15 months.", "family")]
    [InlineData("The lawyer of a reporter jailed by the military said he had been detained for 15 months.", "lawyer")]
    public void The_family_of_someone_held_by_others_speaks(string text, string speaker)
        => Extract.Statement(text).Attribution.ShouldBe(speaker);

    // Whether someone held spied: the accusation and its denials are one proposition.
    [Theory]
    [InlineData("The junta said the aid worker had been collecting information on troop movements for a foreign intelligence service.", Stance.Asserted)]
    [InlineData("The charity denied that he had any link to intelligence services.", Stance.Denied)]
    [InlineData("His employer denied that he was a spy.", Stance.Denied)]
    public void Spying_alleged_and_denied(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("espionage:"), s => s.Stance.ShouldBe(stance));

    // "and said" after a verb with a subject is that subject's saying; an accusation said to be absurd is denied.
    [Fact]
    public void An_accusation_called_absurd_after_and_said_is_the_subject_s_denial()
        => Extract.Statement("The foreign ministry demanded his immediate release and said the accusation of spying was absurd.")
            .ShouldSatisfyAllConditions(s => s.Attribution.ShouldBe("foreign ministry"), s => s.Stance.ShouldBe(Stance.Denied), s => s.Cue.ShouldBe("was absurd"));

    // No evidence that something happened denies it, whatever the lexicon knows of it; no sign of life denies nothing.
    [Theory]
    [InlineData("Cuba said there was no evidence that any attacks had taken place.", Stance.Denied)]
    [InlineData("Rescuers said there was no sign of life under the rubble.", Stance.Asserted)]
    public void No_evidence_that_it_happened_denies_it(string text, Stance stance)
        => Extract.Statement(text).Stance.ShouldBe(stance);

    // A country's adjective before one who holds no office names that person, not the country's government.
    [Theory]
    [InlineData("A Ukrainian prankster said that more than 300 bodies had been hidden.", "Ukrainian prankster")]
    [InlineData("A Russian witness said the police had fired first.", "Russian witness")]
    [InlineData("A British newspaper said the police had fired first.", "British newspaper")]
    [InlineData("Ukrainian officials said the police had fired first.", "Ukrainian government")]
    public void A_private_person_of_a_country_speaks_for_themselves(string text, string speaker)
        => Extract.Statement(text).Attribution.ShouldBe(speaker);

    // Leave given for what went wrong, and leave never given.
    [Theory]
    [InlineData("The band's manager said the club had given the band permission to use the pyrotechnics.", Stance.Asserted)]
    [InlineData("The owners of the club said they had never given the band permission to use pyrotechnics.", Stance.Denied)]
    [InlineData("\"No permission was ever requested or given,\" their lawyer said.", Stance.Denied)]
    public void Permission_given_and_never_given(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("permission:"), s => s.Stance.ShouldBe(stance));

    // Firefighters who fought a blaze fought no battle.
    [Fact]
    public void Fighting_a_fire_is_no_combat()
        => Extract.From("A Ukrainian prankster called the city hall. About 200 firefighters fought the blaze, the ministry said.")
            .OfType<StatementClaim>().Last().Subject.ShouldNotStartWith("combat:");

    // Who ordered or approved a killing is blamed for it: the statement is about the blame, not the dead.
    [Theory]
    [InlineData("The kingdom has denied that the crown prince ordered the killing.", Stance.Denied)]
    [InlineData("A CIA assessment concluded that the crown prince had approved the operation.", Stance.Asserted)]
    public void Ordering_or_approving_a_killing_is_blame(string text, Stance stance)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("blame:"), s => s.Stance.ShouldBe(stance));

    // Whose figure a phrase names: initials that spell a word still name a body; a disease named between another
    // owner's possessive and "toll" names what is counted.
    [Theory]
    [InlineData("Officials said that the WHO's estimate of 4.7 million deaths was flawed.", "WHO")]
    [InlineData("The agency said the figure was nearly 10 times the country's official Covid toll of about 481,000.", "agency")]
    public void The_owner_of_a_figure_is_named_before_it(string text, string owner)
        => Extract.From(text).OfType<QuantityClaim>().Single().Attribution.ShouldBe(owner);

    // A figure and its noun before "officially reported" are counted, not a speaker.
    [Fact]
    public void A_figure_officially_reported_is_no_speaker()
        => Extract.From("The agency put excess deaths at about 14.9 million, against 5.4 million deaths officially reported.")
            .OfType<QuantityClaim>().ShouldAllBe(q => q.Attribution != "million deaths");

    // "... put the number at ..., and said": the subject of an irregular verb says what follows "and said"; a participle
    // before its agent ("held by the military") is no verb of the main clause.
    [Fact]
    public void And_said_after_an_irregular_verb_is_its_subject_s()
        => Extract.From("The interior ministry put the number of people detained at more than 400, and said 150 police officers had been injured.")
            .OfType<QuantityClaim>().Single(q => q.Value == 150).Attribution.ShouldBe("interior ministry");

    [Fact]
    public void A_participle_before_its_agent_is_not_the_main_clause_s_verb()
        => Extract.From("The family of a French aid worker held by the military appealed on Monday for his release, saying he had been detained since March 2023.")
            .OfType<DateClaim>().Last().Attribution.ShouldBe("family");

    // No evidence that someone was involved clears them: the statement is about the blame, not the dead.
    [Fact]
    public void No_evidence_of_involvement_is_about_the_blame()
        => Extract.Statement("A tribunal found a member of the group guilty over the bombing that killed 22 people, but said there was no evidence that the group's leaders had been involved.")
            .ShouldSatisfyAllConditions(s => s.Subject.ShouldStartWith("blame:"), s => s.Stance.ShouldBe(Stance.Denied));

    // A motion turned down in the passive denies no one's account; the warning said before it stands.
    [Fact]
    public void A_motion_rejected_in_the_passive_denies_nothing()
        => Extract.Statement("Union leaders said they had repeatedly warned the authorities about the mine, and that a motion calling for an inquiry had been rejected by the ruling party.")
            .ShouldSatisfyAllConditions(s => s.Subject.ShouldBe("warning:"), s => s.Stance.ShouldBe(Stance.Asserted));

    // A fire after an explosion is a blaze, not shots; warnings about safety ignored, and warnings none of which came,
    // are warnings.
    [Theory]
    [InlineData("At least 201 miners were killed after an explosion and fire at a coal mine, the minister said.", "casualties:")]
    [InlineData("The manager denied that the company had ignored safety warnings.", "warning:")]
    [InlineData("The surviving pilot said his crew had received no warnings from the jets.", "warning:")]
    [InlineData("The observatory had warned in April that the volcano's activity was rising, its scientists said.", "warning:")]
    [InlineData("The government denied that it had ignored warnings from scientists at the observatory, which had lost its funding.", "warning:")]
    public void A_blaze_after_a_blast_and_warnings_ignored_or_never_received(string text, string subject)
        => Extract.Statement(text).Subject.ShouldBe(subject);

    [Theory]
    [InlineData("A ministry spokesman denied that security forces had fired directly at protesters, blaming snipers.")]
    [InlineData("The army denied that its soldiers had fired indiscriminately into the crowd.")]
    public void A_denial_of_firing_with_a_word_of_manner_is_about_the_shooting(string text)
        => Extract.Statement(text).Subject.ShouldBe("shooting:");

    // "blamed on" a cause is what is blamed, and no one speaks.
    [Fact]
    public void Deaths_blamed_on_a_storm_are_said_by_no_one_named_by_the_count()
        => Extract.From("The number of deaths blamed on the hurricane in Florida rose to at least 81 on Sunday.").OfType<QuantityClaim>()
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Attribution.ShouldNotContain("number"), c => c.Stance.ShouldBe(Stance.Asserted));

    // A toll a relative clause gives of the event a denial is about is not what is denied.
    [Fact]
    public void A_toll_in_a_relative_clause_after_a_denial_is_asserted()
        => Extract.From("The army denied on Wednesday that armoured vehicles had run over protesters during Sunday's clashes, in which 26 people died.")
            .OfType<QuantityClaim>().ShouldHaveSingleItem().Stance.ShouldBe(Stance.Asserted);

    // "spoke of" a figure is saying it: the figure is the speaker's, not the last speaker's before.
    [Fact]
    public void Speaking_of_a_figure_attributes_it()
    {
        var claim = Extract.From("Military sources said 2 million people had marched. Opposition leaders later spoke of 5 million protesters.")
            .OfType<QuantityClaim>().Single(c => c.Value == 5_000_000);

        (claim.Attribution, claim.AttributionInferred).ShouldBe(("Opposition leaders", false));
    }

    // A day's part of the day ("on Friday evening") is when the speaker spoke, no part of its name.
    [Fact]
    public void The_time_of_day_before_a_verb_of_saying_is_no_speaker()
        => Extract.From("Police on Friday evening said 28 people were dead.").OfType<QuantityClaim>().Single().Attribution.ShouldBe("Police");

    // A speaker after a sentence who counts its event again with figures of their own gives the other side of the
    // count, not its source; one who goes on with a measure ("250 feet") still speaks for it.
    [Theory]
    [InlineData("About 20,000 people marched through the capital on Tuesday night. Organisers said 35,000 people had taken part.", 20_000, "test", false)]
    [InlineData("All nine miners trapped in the mine were brought out alive after 77 hours. Officials said the men had been trapped about 250 feet below the surface.", 9, "Officials", true)]
    public void A_speaker_after_with_a_rival_count_is_not_the_source(string text, double value, string attribution, bool inferred)
    {
        var claim = Extract.From(text).OfType<QuantityClaim>().First(c => c.Value == value);

        (claim.Attribution, claim.AttributionInferred).ShouldBe((attribution, inferred));
    }

    // A figure the speaker calls a mistake is denied, even some words before the cue when it is named as a figure.
    [Theory]
    [InlineData("The health ministry said on Monday that the figure of 164 dead published by state media on Sunday was a technical mistake.")]
    [InlineData("The ministry said the toll of 300 given by the rebels was incorrect.")]
    public void A_figure_called_a_mistake_is_denied(string text)
    {
        var claims = Extract.From(text);

        claims.OfType<QuantityClaim>().ShouldHaveSingleItem().Stance.ShouldBe(Stance.Denied);
        claims.OfType<StatementClaim>().ShouldHaveSingleItem().Stance.ShouldBe(Stance.Denied);
    }

    // A statement carries the figures read in its sentence, so one written in words meets the same one in digits.
    [Fact]
    public void A_statement_carries_its_sentence_s_figures()
        => Extract.From("One hundred and sixty-four people were killed in the unrest, state television reported.").OfType<StatementClaim>().Single()
            .Figures.Select(f => f.Value).ShouldBe([164]);

    // A relative clause between a speaker and its verb says who the speaker is; its place does not speak.
    [Theory]
    [InlineData("A commander of a volunteer battalion that fought at Ilovaisk said on Friday that more than 1,000 soldiers had been killed.", "volunteer battalion")]
    [InlineData("A group of researchers who measured the rally route from aerial photographs said no more than 500,000 people took part.", "group of researchers")]
    public void A_place_in_a_relative_clause_before_the_verb_does_not_speak(string text, string attribution)
        => Extract.From(text).OfType<QuantityClaim>().Single(c => c.Value >= 100).Attribution.ShouldBe(attribution);

    // A denier named again by its pronoun denies its own act.
    [Theory]
    [InlineData("The Syrian army denied it had used any chemical weapons.", "blame:Syria")]
    [InlineData("Iran denied it had supplied drones to Russia.", "supply:Iran")]
    public void A_denial_of_what_the_denier_itself_did(string text, string subject)
        => Extract.Statement(text).ShouldSatisfyAllConditions(s => s.Subject.ShouldBe(subject), s => s.Stance.ShouldBe(Stance.Denied));

    // Quotation marks inside a phrase do not hide it.
    [Fact]
    public void A_phrase_with_quotation_marks_inside_is_still_read()
        => Extract.Statement("The White House said on Tuesday that North Korea was \"directly responsible\" for the attack.").Subject.ShouldBe("blame:North Korea");

    // A finding never accepted is denied, as one not accepted is: it answers the sentence before.
    [Fact]
    public void A_finding_never_accepted_is_denied()
        => Extract.From("The bureau said a fire in the cockpit was the most likely cause of the crash. Egypt's investigators have never accepted that finding.")
            .OfType<StatementClaim>().Last().ShouldSatisfyAllConditions(s => s.Stance.ShouldBe(Stance.Denied), s => s.Answers.ShouldNotBeEmpty());

    // One doctor, nurse or witness in a place speaks, not the place, as "Doctors in Gaza said" does.
    [Theory]
    [InlineData("A nurse in Kherson said the ward had been hit twice.", "nurse")]
    [InlineData("A witness in Bamako told reporters that the convoy had been ambushed.", "witness")]
    public void One_person_in_a_place_speaks_not_the_place(string text, string speaker)
        => Extract.From(text).OfType<StatementClaim>().ShouldHaveSingleItem().Attribution.ShouldBe(speaker);

    // "did not believe" denies what it governs.
    [Fact]
    public void A_belief_denied_is_a_denial()
        => Extract.From("A mountain guide said he did not believe the climbers had been caught by the avalanche.")
            .OfType<StatementClaim>().ShouldHaveSingleItem().Stance.ShouldBe(Stance.Denied);

    // Having "no record of" what others say happened denies it.
    [Fact]
    public void No_record_of_what_happened_is_a_denial()
        => Extract.From("The minister said the government had no record of farmers dying during the protests.")
            .OfType<StatementClaim>().ShouldHaveSingleItem().Stance.ShouldBe(Stance.Denied);

    // A figure doubted ("did not believe the official figure") answers no statement before it, unlike one rejected.
    [Fact]
    public void A_figure_disbelieved_answers_no_statement()
        => Extract.From("The minister announced a full inquiry into the fire. A resident said she did not believe the official figure.")
            .OfType<StatementClaim>().Last().Answers.ShouldBe("");
}
