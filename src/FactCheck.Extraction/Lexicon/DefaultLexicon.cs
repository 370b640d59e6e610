using FactCheck.Extraction.Claims;

namespace FactCheck.Extraction.Lexicon;

/// <summary>The entries of <see cref="ExtractionLexicon.CreateDefault"/>: general English news vocabulary.</summary>
internal static class DefaultLexicon
{
    public static void Fill(ExtractionLexicon x)
    {
        Units(x);
        Numbers(x);
        Actors(x);
        Countries(x);
        Sources(x);
        Events(x);
        Stances(x);
        Page(x);
    }

    private static void Units(ExtractionLexicon x)
    {
        foreach (var (s, p) in new[]
        {
            ("soldier", "soldiers"), ("troop", "troops"), ("special forces soldier", "special forces soldiers"), (null!, "special forces"),
            (null!, "forces"), (null!, "personnel"), ("fighter", "fighters"), ("serviceman", "servicemen"), ("servicemember", "servicemembers"),
            ("officer", "officers"), ("recruit", "recruits"), ("mercenary", "mercenaries"), ("reservist", "reservists"), ("conscript", "conscripts"),
            ("marine", "marines"), ("commando", "commandos"), ("paratrooper", "paratroopers"), ("worker", "workers"),
            ("seafarer", "seafarers"),
        })
        {
            x.AddUnit(s, p, "personnel");
        }

        x.AddUnit(null, "military personnel", "personnel");
        x.AddUnit(null, "technical personnel", "personnel");
        x.AddUnit(null, "ground forces", "personnel");
        x.AddUnit(null, "land forces", "personnel");
        x.AddUnit("container", "containers", "containers");
        x.AddUnit("ship", "ships", "ships");
        x.AddUnit("vessel", "vessels", "ships");
        x.AddUnit("warship", "warships", "ships");
        x.AddUnit("aircraft", "aircraft", "aircraft");
        x.AddUnit("plane", "planes", "aircraft");
        x.AddUnit("jet", "jets", "aircraft");

        // Not the fighters of a militia: "shot down five fighter jets".
        x.AddUnit("fighter jet", "fighter jets", "aircraft");
        x.AddUnit("fighter plane", "fighter planes", "aircraft");
        x.AddUnit("fighter aircraft", "fighter aircraft", "aircraft");
        x.AddUnit("warplane", "warplanes", "aircraft");

        // "Bombers" alone may be people who set off bombs; a strategic bomber is a plane.
        x.AddUnit("strategic bomber", "strategic bombers", "aircraft");
        x.AddUnit("long-range bomber", "long-range bombers", "aircraft");
        x.AddUnit("helicopter", "helicopters", "aircraft");
        x.AddUnit("drone", "drones", "drones");
        x.AddUnit("brigade", "brigades", "brigades");
        x.AddUnit("battalion", "battalions", "battalions");
        x.AddUnit("division", "divisions", "divisions");
        x.AddUnit("tank", "tanks", "tanks");
        x.AddUnit("shell", "shells", "shells");
        x.AddUnit("artillery shell", "artillery shells", "shells");
        x.AddUnit("round", "rounds", "shells");
        // Plural only: "a sniper shot at them" is no count of shots.
        x.AddUnit(null, "shots", "shells");
        x.UnitLookalikes.UnionWith(["vaccine shots", "booster shots", "flu shots", "covid shots"]);

        // Rail tank cars and the fuel tanks a train or depot holds are one thing in news of a fire ("igniting seven fuel
        // tank cars", "eight fuel tanks caught fire"), and no army's tanks.
        // Plural only: "a fuel tanker" in a list of ships is one of them, no count.
        foreach (var plural in new[] { "tank cars", "tanker cars", "tank wagons", "fuel tanks", "fuel tank cars", "oil tanks", "fuel tankers", "oil tanker cars" })
        {
            x.AddUnit(null, plural, "tankers");
        }

        x.AddUnit("missile", "missiles", "missiles");
        x.AddUnit("ballistic missile", "ballistic missiles", "missiles");
        x.AddUnit("rocket", "rockets", "rockets");

        // Missiles fired to bring down other missiles or aircraft are the defence's count, not the attack's: "Syria
        // launched about 40 surface-to-air missiles" against "fired 105 missiles".
        foreach (var kind in new[] { "surface-to-air", "interceptor", "anti-aircraft", "air defence", "air defense", "air-defence", "air-defense" })
        {
            x.AddUnit($"{kind} missile", $"{kind} missiles", "interceptors");
        }

        x.AddUnit("interceptor", "interceptors", "interceptors");
        x.AddUnit("civilian", "civilians", "civilians");
        x.AddUnit("refugee", "refugees", "refugees");
        x.AddUnit("casualty", "casualties", "casualties");
        x.AddUnit("prisoner", "prisoners", "prisoners");
        x.AddUnit("inmate", "inmates", "prisoners");

        // A ship's or a plane's crew, counted apart from its passengers: "all 22 crew members were safe", "six crew".
        x.AddUnit("crew member", "crew members", "crew");
        x.AddUnit("crewmember", "crewmembers", "crew");
        x.AddUnit("crewman", "crewmen", "crew");
        x.AddUnit(null, "crew", "crew");
        x.AddUnit("sailor", "sailors", "crew");
        x.AddUnit("seaman", "seamen", "crew");
        // Pilots are counted apart from all the dead: "The three pilots were killed" when their jets fell into a crowd
        // is a part of the toll.
        x.AddUnit("pilot", "pilots", "pilots");
        x.AddUnit("hostage", "hostages", "hostages");
        x.AddUnit("person", "people", "people");
        x.AddUnit(null, "men", "people");
        x.AddUnit(null, "women", "people");
        // "one man had died in hospital" counts; "a man" is someone the story tells of, not a count, so the singular is
        // no unit of an indefinite article.
        x.Units["man"] = "people";
        x.Units["woman"] = "people";
        x.UnitLookalikes.Add("million man");
        // "remains in 24 body bags", "body parts": what holds or is left of the dead, no count of them.
        x.UnitLookalikes.UnionWith(["body bag", "body bags", "body parts"]);
        x.AddUnit("resident", "residents", "people");
        // People named by the country they belong to: "196 Dutch nationals", "27 Australian citizens". "national" alone is
        // too often an adjective to count.
        x.AddUnit("citizen", "citizens", "people");
        x.AddUnit(null, "nationals", "people");
        x.AddUnit("inhabitant", "inhabitants", "people");
        x.AddUnit("worshipper", "worshippers", "people");
        x.AddUnit("worshiper", "worshipers", "people");
        x.AddUnit("congregant", "congregants", "people");
        x.AddUnit("parishioner", "parishioners", "people");
        x.AddUnit("villager", "villagers", "people");
        x.AddUnit("miner", "miners", "people");
        x.AddUnit("victim", "victims", "victims");

        // Those who carried out an attack are counted apart from those they attacked: "five attackers were killed"
        // and "four guards were killed" are two tolls.
        x.AddUnit("attacker", "attackers", "attackers");
        x.AddUnit("gunman", "gunmen", "attackers");
        x.AddUnit("assailant", "assailants", "attackers");
        x.AddUnit("hijacker", "hijackers", "attackers");
        x.AddUnit("hostage-taker", "hostage-takers", "attackers");
        x.AddUnit("hostage taker", "hostage takers", "attackers");
        x.AddUnit("suicide bomber", "suicide bombers", "attackers");

        // Suspects killed in a shoot-out are attackers, not the toll of those they attacked; suspects arrested are
        // counted with everyone else arrested.
        x.AddUnit("suspect", "suspects", "attackers");
        x.AddUnit("fatality", "fatalities", "casualties");
        x.AddUnit("death", "deaths", "casualties");
        x.AddUnit("child", "children", "children");

        // Counted in the plural only: "a stillborn baby boy" is no count of the children in a story.
        x.AddUnit(null, "girls", "children");
        x.AddUnit(null, "boys", "children");
        x.AddUnit(null, "schoolgirls", "children");
        x.AddUnit(null, "schoolboys", "children");
        x.AddUnit(null, "schoolchildren", "children");
        // Pupils and adults are groups of a toll ("5,335 students had been killed or gone missing", "19 children and six
        // adults died" at one school), counted apart from everyone, like children.
        x.AddUnit(null, "students", "students");
        x.AddUnit(null, "pupils", "students");
        x.AddUnit(null, "adults", "adults");
        x.AddUnit("family", "families", "families");
        x.AddUnit("passenger", "passengers", "passengers");
        x.AddUnit("protester", "protesters", "protesters");
        x.AddUnit("protestor", "protestors", "protesters");
        x.AddUnit("demonstrator", "demonstrators", "protesters");
        x.AddUnit("marcher", "marchers", "protesters");
        x.AddUnit("striker", "strikers", "protesters");
        // Voters who took part are a turnout; those on the roll are the electorate, counted apart: "10.4 million voters had
        // taken part" against "about 2 million people had voted", not against "20 million registered voters".
        x.AddUnit("voter", "voters", "people");
        foreach (var roll in new[] { "registered voters", "eligible voters", "voters on the roll", "voters on the rolls" })
        {
            x.AddUnit(null, roll, "electorate");
        }

        x.AddUnit("spectator", "spectators", "spectators");
        x.AddUnit("attendee", "attendees", "spectators");
        x.AddUnit("body", "bodies", "bodies");
        x.AddUnit(null, "lives", "casualties");
        x.AddUnit("flat", "flats", "dwellings");
        x.AddUnit("apartment", "apartments", "dwellings");
        x.AddUnit("household", "households", "dwellings");
        x.AddUnit("seat", "seats", "seats");
        x.AddUnit("storey", "storeys", "storeys");
        x.CompoundUnits["story"] = "storeys";
        x.AddUnit("floor", "floors", "storeys");
        x.AddUnit("service member", "service members", "personnel");
        x.AddUnit("climber", "climbers", "climbers");
        x.AddUnit("sherpa", "sherpas", "climbers");
        x.AddUnit("migrant", "migrants", "migrants");
        x.AddUnit("evacuee", "evacuees", "evacuees");
        x.AddUnit("survivor", "survivors", "survivors");
        x.AddUnit("rescuer", "rescuers", "rescuers");
        x.AddUnit("firefighter", "firefighters", "rescuers");
        x.AddUnit("rescue worker", "rescue workers", "rescuers");
        x.AddUnit("emergency worker", "emergency workers", "rescuers");
        x.AddUnit("search and rescue worker", "search and rescue workers", "rescuers");
        x.AddUnit("police officer", "police officers", "police");
        x.AddUnit("policeman", "policemen", "police");
        // In unrest the security forces are the police's side, counted apart from the people whose toll they are part of.
        foreach (var security in new[] { "security forces", "members of the security forces", "security personnel", "members of the police" })
        {
            x.AddUnit(null, security, "police");
        }

        x.AddUnit("home", "homes", "buildings");
        x.AddUnit("house", "houses", "buildings");
        x.AddUnit("building", "buildings", "buildings");
        x.AddUnit("structure", "structures", "buildings");
        x.AddUnit("case", "cases", "cases");
        x.AddUnit("infection", "infections", "cases");
        // Cases suspected or probable are counted apart from those confirmed: "16 suspected cases" does not dispute "nine
        // confirmed cases".
        foreach (var kind in new[] { "suspected", "probable", "possible" })
        {
            x.AddUnit($"{kind} case", $"{kind} cases", "suspected cases");
        }

        // Plurals for people whose ending does not say so: "717 pilgrims were killed".
        x.PeopleNouns.UnionWith(
        [
            "pilgrims", "guests", "fans", "monks", "nuns", "priests", "clerics", "imams", "bishops", "teens", "youths",
            "kids", "babies", "infants", "toddlers", "newborns", "persons", "individuals", "locals", "natives",
            "relatives", "colleagues", "spouses", "wives", "husbands", "sons", "daughters", "siblings", "twins", "nurses",
            "guards", "officials", "cadets", "rebels", "athletes", "scouts", "diplomats", "judges", "chiefs", "youngsters",
            "members", "doctors", "dockers", "dockworkers", "autoworkers", "machinists", "fishermen", "tribesmen", "herdsmen",
        ]);

        // Trade's nouns built on a verb of supply: "a shipping agent", "shipping lanes", "shipping companies".
        foreach (var thing in new[] { "agent", "agents", "company", "companies", "firm", "firms", "line", "lines", "lane", "lanes", "route", "routes", "industry", "giant", "traffic", "costs", "rates", "insurer", "insurers", "group", "data", "container", "containers", "channel", "channels" })
        {
            x.EventLookalikes.Add($"shipping {thing}");
        }

        // Shipping as the trade itself: "attacked commercial shipping since November".
        x.EventLookalikes.UnionWith(["commercial shipping", "global shipping", "international shipping", "merchant shipping", "world shipping"]);

        // An engine or a plane that loses power has failed, it is no outage: "both engines lost power after a bird strike".
        foreach (var machine in new[] { "engine", "engines", "plane", "aircraft", "jet", "ship", "vessel", "car", "train", "reactor", "pump", "pumps" })
        {
            x.EventLookalikes.UnionWith([$"{machine} lost power", $"{machine} losing power", $"{machine} loses power", $"{machine} lose power"]);
        }

        // What is put off is no one suspended from a post: "The evacuation was suspended on Friday ..., with about
        // 8,000 people taken out so far".
        foreach (var (thing, be) in new[]
        {
            ("evacuation", "was"), ("evacuations", "were"), ("search", "was"), ("rescue", "was"), ("operation", "was"), ("operations", "were"),
            ("flight", "was"), ("flights", "were"), ("service", "was"), ("services", "were"), ("talks", "were"), ("trading", "was"),
            ("production", "was"), ("work", "was"), ("aid", "was"), ("deliveries", "were"), ("exports", "were"), ("vote", "was"), ("count", "was"),
        })
        {
            foreach (var verb in new[] { $"{be} suspended", be == "was" ? "has been suspended" : "have been suspended", "had been suspended" })
            {
                x.EventLookalikes.Add($"{thing} {verb}");
            }

            x.EventLookalikes.UnionWith([$"suspended the {thing}", $"suspended {thing}", $"suspending the {thing}", $"suspending {thing}"]);
        }

        // A heart that stopped is no arrest by police: "31 people had been found in cardiopulmonary arrest".
        x.EventLookalikes.UnionWith(["cardiopulmonary arrest", "cardiac arrest", "respiratory arrest", "cardiorespiratory arrest", "heart arrest"]);

        // A toll that is paid to pass: "protesters at the Lekki toll gate" counts no dead.
        foreach (var thing in new[] { "gate", "gates", "booth", "booths", "plaza", "plazas", "road", "roads", "bridge", "bridges", "free", "fee", "fees", "charge", "charges" })
        {
            x.EventLookalikes.Add($"toll {thing}");
        }

        // A station that broadcasts, serves travellers or makes power stations no troops: "the mayor told a television
        // station that as many as 35 people might have died".
        foreach (var kind in new[] { "a", "the", "television", "TV", "radio", "police", "train", "railway", "rail", "metro", "subway", "bus", "power", "fire", "gas", "petrol", "filling", "service", "space", "pumping", "research", "weather" })
        {
            x.EventLookalikes.Add($"{kind} station");
        }

        // Cases that hold things or go to court are no one's illness.
        foreach (var kind in new[] { "display", "glass", "showcase", "pencil", "court", "criminal", "legal", "civil", "pending", "corruption", "fraud", "murder", "rape", "abuse", "misconduct", "disciplinary", "lawsuit" })
        {
            x.UnitLookalikes.Add($"{kind} case");
            x.UnitLookalikes.Add($"{kind} cases");
        }

        x.AddUnit(null, "targets", "targets");
        x.AddUnit(null, "sites", "sites");
        x.AddUnit(null, "locations", "sites");
        x.AddUnit("municipality", "municipalities", "municipalities");
        x.AddUnit("city", "cities", "localities");
        x.AddUnit("town", "towns", "localities");
        x.AddUnit("village", "villages", "localities");
        x.AddUnit("community", "communities", "localities");
        x.AddUnit("settlement", "settlements", "localities");
        // "charged three city officials": a place's word before those who serve it names whose they are, no places.
        foreach (var locality in new[] { "city", "town", "village", "community" })
        {
            foreach (var people in new[] { "official", "officials", "worker", "workers", "employee", "employees", "councillor", "councillors", "councilor",
                "councilors", "council members", "leader", "leaders", "elder", "elders", "engineer", "engineers", "inspector", "inspectors" })
            {
                x.UnitLookalikes.Add($"{locality} {people}");
            }
        }
        x.AddUnit("vehicle", "vehicles", "vehicles");
        x.AddUnit("car", "cars", "vehicles");
        x.AddUnit("truck", "trucks", "vehicles");
        x.AddUnit("boat", "boats", "boats");
        x.AddUnit("fish", "fish", "animals");
        x.AddUnit("bird", "birds", "animals");
        x.AddUnit("seabird", "seabirds", "animals");
        x.AddUnit("animal", "animals", "animals");
        x.AddUnit(null, "cattle", "animals");
        x.AddUnit(null, "livestock", "animals");
        x.AddUnit("school", "schools", "schools");
        x.AddUnit("hospital", "hospitals", "hospitals");

        // Flights, counted when they are called off: "cancelled 7,000 flights", "5,500 flights were cancelled". Plural
        // counts only: "a flight" counts nothing.
        x.AddUnit(null, "flights", "flights");

        // Jobs cut: "14,000 jobs", "3,000 job cuts", "1,200 positions"; the staff who hold them are personnel until a
        // layoff names them. Plural counts only: "a job", "a position" and "an employee" count nothing.
        x.AddUnit(null, "jobs", "jobs");
        x.Units["job"] = "jobs";
        x.AddUnit(null, "positions", "jobs");
        // Posts no one holds are no one laid off: "close about 5,000 open positions".
        foreach (var vacant in new[] { "open positions", "unfilled positions", "vacant positions", "open roles", "unfilled roles", "vacancies", "job openings" })
        {
            x.AddUnit(null, vacant, "vacancies");
        }

        x.AddUnit(null, "employees", "personnel");
        x.AddUnit(null, "staffers", "personnel");

        // The people a service counts (in a hack, an outage): not compared with people in general.
        // Those away from home, counted when a trip goes wrong: "stranding about 600,000 holidaymakers".
        x.AddUnit("tourist", "tourists", "tourists");
        x.AddUnit("holidaymaker", "holidaymakers", "tourists");
        x.AddUnit("traveller", "travellers", "tourists");
        x.AddUnit("traveler", "travelers", "tourists");
        x.AddUnit("vacationer", "vacationers", "tourists");
        x.AddUnit("customer", "customers", "customers");
        x.AddUnit("user", "users", "customers");
        x.AddUnit("subscriber", "subscribers", "customers");
        x.AddUnit("consumer", "consumers", "customers");
        x.AddUnit("account holder", "account holders", "customers");
        x.AddUnit("profile", "profiles", "customers");
        x.AddUnit("account", "accounts", "customers");

        // Bodies counted as victims of one campaign ("2,167 organisations hit by the breach"), never as people.
        foreach (var (singular, plural) in new[] { ("organisation", "organisations"), ("organization", "organizations"), ("company", "companies"), ("institution", "institutions") })
        {
            x.AddUnit(singular, plural, "organisations");
        }

        foreach (var (singular, plural, canonical) in new[]
        {
            ("meter", "meters", "meters"), ("metre", "metres", "meters"), ("kilometer", "kilometers", "kilometers"),
            ("kilometre", "kilometres", "kilometers"), ("km", "km", "kilometers"), ("mile", "miles", "miles"), ("foot", "feet", "feet"),
            ("centimeter", "centimeters", "centimeters"), ("centimetre", "centimetres", "centimeters"), ("cm", "cm", "centimeters"),
            ("millimeter", "millimeters", "millimeters"), ("millimetre", "millimetres", "millimeters"), ("mm", "mm", "millimeters"),
            ("tonne", "tonnes", "tonnes"), ("metric ton", "metric tons", "tonnes"), ("ton", "tons", "tonnes"),
            ("kilogram", "kilograms", "kilograms"), ("kg", "kg", "kilograms"), ("pound", "pounds", "pounds"), ("lb", "lbs", "pounds"), ("liter", "liters", "liters"), ("litre", "litres", "liters"),
            ("barrel", "barrels", "barrels"), ("gallon", "gallons", "gallons"), ("hectare", "hectares", "hectares"),
            ("acre", "acres", "acres"), ("square kilometer", "square kilometers", "square kilometers"),
            ("square kilometre", "square kilometres", "square kilometers"), ("square mile", "square miles", "square miles"),
            ("mph", "mph", "miles a hour"), ("kph", "kph", "kilometers a hour"), ("cubic meter", "cubic meters", "cubic meters"),
            ("cubic metre", "cubic metres", "cubic meters"), ("cubic foot", "cubic feet", "cubic feet"),
        })
        {
            // Amounts, not counts: "a meter" is a length, so only the plural and abbreviations are entered as units.
            x.Units[singular] = canonical;
            x.Units[plural] = canonical;
        }

        x.UnitConversions["miles"] = ("kilometers", 1.609344);
        x.UnitConversions["miles a hour"] = ("kilometers a hour", 1.609344);
        x.UnitConversions["feet"] = ("meters", 0.3048);
        x.UnitConversions["cubic feet"] = ("cubic meters", 0.028316846592);
        x.UnitConversions["acres"] = ("hectares", 0.40468564224);
        x.UnitConversions["square miles"] = ("square kilometers", 2.589988110336);
        x.UnitConversions["gallons"] = ("liters", 3.785411784);
        x.UnitConversions["pounds"] = ("kilograms", 0.45359237);

        // The event comes from the verbs nearby ("killed", "injured", "displaced"), so every tally here counts people.
        foreach (var phrase in new[]
        {
            "death toll", "toll", "number of dead", "number of deaths", "number of people killed", "number of people dead",
            "number of fatalities", "number of casualties", "number of victims", "number of bodies", "number of those killed", "number of injured", "number of people injured",
            "number of wounded", "number of people wounded", "number of people displaced", "number of displaced",
            "number of people evacuated", "number of evacuees", "number of people", "number of those", "count of people", "count of those",
            "killing", "killed", "kills",
            "dead", "injuring", "injured", "injures", "wounding", "wounded", "hurt", "missing", "unaccounted for", "arrested", "arresting", "detained",
            "evacuated", "displaced", "rescued", "survived", "found alive", "escaped", "died", "perished", "hospitalized", "hospitalised", "diagnosed", "treated", "presumed dead", "feared dead", "confirmed dead",
            "crowd", "crowds", "turnout", "attendance", "number of marchers", "number of protesters", "number of demonstrators",
            "number of participants", "number of strikers", "number of workers on strike", "number of members on strike",
            "number of employees on strike", "deaths", "fatalities", "trapped", "still trapped", "remain trapped", "remained trapped", "remains trapped",
            "left homeless", "made homeless", "lost their homes", "abducted", "kidnapped", "taken hostage",
            "fell ill", "fallen ill", "became ill", "made ill", "sickened",
        })
        {
            x.TallyPhrases[phrase] = "people";
        }

        // An earthquake's or a blast's strength: "put the magnitude at 6.4, having first given it as 6.1".
        // "measured the main shock at 6.7": a decimal below 10 linked to the shock itself is its magnitude.
        foreach (var phrase in new[] { "magnitude", "quake", "earthquake", "main quake", "main shock", "mainshock", "tremor" })
        {
            x.TallyPhrases[phrase] = "magnitude";
        }

        foreach (var unit in new[] { "targets", "sites", "dwellings", "storeys", "seats", "ships", "aircraft", "brigades", "battalions", "divisions", "tanks", "drones", "vehicles", "boats", "buildings", "municipalities", "localities", "schools", "hospitals" })
        {
            x.CountUnits.Add(unit);
        }

        foreach (var unit in new[] { "containers", "shells", "missiles", "rockets" })
        {
            x.UnitEvents[unit] = "supply";
        }

        // What is counted names the event whatever verb stands near it: "87,000 demonstrators in Paris".
        x.UnitEvents["protesters"] = "turnout";
        x.UnitEvents["spectators"] = "turnout";
        x.UnitEvents["bodies"] = "casualties";
        x.UnitEvents["casualties"] = "casualties";
        x.UnitEvents["magnitude"] = "magnitude";
        x.UnitEvents["targets"] = "strike";

        x.UnitEvents["jobs"] = "layoffs";
        x.UnitEvents["crew"] = "aboard";
        // Passengers are counted aboard something, unless a verb says what befell them: "All 171 passengers and six
        // crew members landed safely".
        x.UnitEvents["passengers"] = "aboard";

        // Cases counted are the size of an outbreak, whatever verb ("confirmed", "found", "reported") stands near.
        x.UnitEvents["cases"] = "outbreak";
        x.UnitEvents["suspected cases"] = "outbreak";
        x.PersonUnits.UnionWith(["people", "protesters", "spectators", "victims", "casualties", "bodies", "climbers", "attackers", "tourists"]);
        // Arrests are made where the event happened, by whoever is there: an article that names the country and one that
        // does not ("Police said eight men were under arrest", "14 people have been arrested") count one thing. So do counts
        // of aircraft crossing a line, whichever country their sentence happens to name ("which China has not recognised").
        x.EventsWithoutActor.UnionWith(["outbreak", "aboard", "cargo", "strike", "hits", "interceptions", "magnitude", "turnout", "damage", "heavy damage", "losses", "reconstruction", "aid", "building", "missing", "displacement", "homeless", "explosion", "response", "presumed", "spill", "payment", "recovery", "breach", "abduction", "release", "layoffs", "escape", "eruption", "burned", "collapse", "trapped", "outage", "garrison", "stranded", "arrest", "custody", "charge", "walkout", "identification", "poisoning", "shot", "amputation", "eye injuries", "projectile wounds", "capture", "cause", "incursion", "affected", "force", "warning", "sophistication", "espionage", "conviction", "questioning", "cancellation", "intent", "construction", "suspension"]);
        x.UnitEvents["dwellings"] = "building";

        // Firefighters and rescuers counted are the size of the response: "200 firefighters were at the scene".
        x.UnitEvents["rescuers"] = "response";
        // Survivors counted are those who came out alive, whatever verb stands near ("There were 61 survivors"), and the
        // people who "survived" or were "rescued" are survivors: "62 had survived" against "64 survivors were picked up".
        x.UnitEvents["survivors"] = "rescue";
        x.PersonUnitsByEvent["rescue"] = "survivors";
        x.UnitEvents["storeys"] = "building";

        foreach (var modifier in new[]
        {
            "special", "elite", "military", "naval", "transport", "cargo", "combat", "ground", "technical", "artillery", "additional",
            "more", "new", "regular", "active", "armed", "trained", "heavy", "light", "armored", "armoured", "foreign", "allied", "enemy",
            "ballistic", "cruise", "anti-tank", "of", "unarmed", "wounded", "young", "such", "army", "police", "rescue", "emergency",
            "fire", "medical", "federal", "local", "state", "residential", "fishing", "civilian", "private", "public", "injured", "dead",
            "current and former", "former and current", "past and present", "current", "former", "existing",
        })
        {
            x.UnitModifiers.Add(modifier);
        }
    }

    private static void Numbers(ExtractionLexicon x)
    {
        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < ones.Length; i++)
        {
            x.NumberWords[ones[i]] = i;
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            x.NumberWords[tens[i]] = 20 + (10 * i);
            for (var one = 1; one <= 9; one++)
            {
                // "forty-three", and "forty three" as some outlets write it.
                x.NumberWords[$"{tens[i]}-{ones[one]}"] = 20 + (10 * i) + one;
                x.NumberWords[$"{tens[i]} {ones[one]}"] = 20 + (10 * i) + one;
            }
        }

        x.NumberWords["a dozen"] = 12;
        x.NumberWords["half a million"] = 500_000;
        x.NumberWords["a quarter of a million"] = 250_000;
        x.NumberWords["quarter of a million"] = 250_000;
        x.NumberWords["a million and a half"] = 1_500_000;
        x.NumberWords["a million"] = 1_000_000;
        x.NumberWords["half a billion"] = 500_000_000;
        x.NumberWords["dozen"] = 12;
        x.NumberWords["a hundred"] = 100;
        x.NumberWords["a thousand"] = 1000;
        x.Multipliers["k"] = 1_000;
        x.Multipliers["thousand"] = 1_000;
        x.Multipliers["hundred"] = 100;
        x.Multipliers["m"] = 1_000_000;
        x.Multipliers["mn"] = 1_000_000;
        x.Multipliers["million"] = 1_000_000;
        x.Multipliers["bn"] = 1_000_000_000;
        x.Multipliers["billion"] = 1_000_000_000;
        x.Multipliers["trillion"] = 1_000_000_000_000;
        // South Asian news counts in lakhs and crores: "about 2.5 lakh people" are 250,000.
        x.Multipliers["lakh"] = 100_000;
        x.Multipliers["lakhs"] = 100_000;
        x.Multipliers["crore"] = 10_000_000;
        x.Multipliers["crores"] = 10_000_000;
        x.VagueQuantities["dozens of"] = (24, 99);
        x.VagueQuantities["hundreds of"] = (200, 999);
        x.VagueQuantities["thousands of"] = (2_000, 99_999);
        x.VagueQuantities["tens of thousands of"] = (20_000, 99_999);
        x.VagueQuantities["hundreds of thousands of"] = (200_000, 999_999);
        x.VagueQuantities["millions of"] = (2_000_000, 999_999_999);
        // "several dozen soldiers" is no dozen: a few of the unit, as vague as "dozens of".
        foreach (var few in new[] { "several", "a few" })
        {
            x.VagueQuantities[$"{few} dozen"] = (24, 99);
            x.VagueQuantities[$"{few} hundred"] = (200, 999);
            x.VagueQuantities[$"{few} thousand"] = (2_000, 9_999);
        }

        foreach (var q in new[] { "approximately", "about", "around", "some", "roughly", "nearly", "almost", "close to", "an estimated", "estimated", "approx.", "circa", "reportedly" })
        {
            x.Qualifiers[q] = QuantityPrecision.Approximate;
        }

        foreach (var q in new[] { "over", "above", "more than", "at least", "upwards of", "in excess of", "no fewer than", "no less than", "a minimum of", "minimum of", "passed", "passes", "surpassed", "surpasses", "exceeded", "exceeds", "topped", "tops" })
        {
            x.Qualifiers[q] = QuantityPrecision.AtLeast;
        }

        // A negated "more than" or "exceeded" bounds from above: "not more than 150", "has not exceeded 150".
        foreach (var q in new[] { "at most", "no more than", "not more than", "fewer than", "less than", "under", "a maximum of", "maximum of", "not exceeded",
            "not exceeding", "not exceed", "did not exceed", "does not exceed", "never exceeded" })
        {
            x.Qualifiers[q] = QuantityPrecision.AtMost;
        }

        foreach (var q in new[] { "up to", "as many as", "as much as", "possibly up to" })
        {
            x.Qualifiers[q] = QuantityPrecision.UpTo;
        }
    }

    private static void Actors(ExtractionLexicon x)
    {
        x.AddActor("North Korea", "North Korean", "North Koreans", "N. Korea", "N.Korea", "N.Korean", "N. Korean", "Pyongyang", "DPRK",
            "Democratic People's Republic of Korea");
        x.AddActor("South Korea", "South Korean", "South Koreans", "S. Korea", "Seoul", "Republic of Korea");
        x.AddActor("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation");
        x.AddActor("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev");
        x.AddActor("United States", "U.S.", "US", "USA", "American", "Americans", "Washington");
        x.AddActor("China", "Chinese", "Beijing");
        x.AddActor("Iran", "Iranian", "Iranians", "Tehran");
        x.AddActor("Israel", "Israeli", "Israelis");
        x.AddActor("Belarus", "Belarusian", "Belarusians", "Minsk");
        x.AddActor("Japan", "Japanese", "Tokyo");
        x.AddActor("United Kingdom", "British", "Britons", "Britain", "UK", "U.K.", "London");
        x.AddActor("France", "French", "Paris");
        x.AddActor("Germany", "German", "Germans", "Berlin");
        x.AddActor("Poland", "Polish", "Warsaw");
        x.AddActor("Turkey", "Turkish", "Turks", "Ankara", "Türkiye");
        x.AddActor("India", "Indian", "Indians", "New Delhi");
        x.AddActor("Syria", "Syrian", "Syrians", "Damascus");
        x.AddActor("Armenia", "Armenian", "Armenians", "Yerevan");
        x.AddActor("Azerbaijan", "Azerbaijani", "Azerbaijanis", "Baku");
        x.AddActor("Nagorno-Karabakh", "Karabakh", "Artsakh", "Stepanakert");
        x.AddActor("Gaza", "Hamas");
        x.AddActor("Lebanon", "Lebanese", "Hezbollah");
        x.AddActor("Yemen", "Yemeni", "Yemenis", "Houthi", "Houthis");
        // Armed groups that news names as sides of their own: whom a blame or a denial speaks of.
        x.AddActor("ETA");
        x.AddActor("IRA");
        x.AddActor("PKK");
        x.AddActor("FARC");
        x.AddActor("Boko Haram");
        x.AddActor("al-Shabab", "al-Shabaab", "Al-Shabab", "Al-Shabaab");
        x.AddActor("al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida");
        x.AddActor("Islamic State", "ISIS", "ISIL", "Daesh");
        x.AddActor("Lashkar-e-Taiba", "Lashkar-e-Toiba", "LeT");
        x.AddActor("Jaish-e-Mohammed", "Jaish-e-Muhammad");
        x.AddActor("Tamil Tigers", "LTTE");
        x.AddActor("M23");
        x.AddActor("Rapid Support Forces", "RSF");
        x.AddActor("Wagner");
        x.AddActor("Jemaah Islamiyah");
        x.AddActor("Abu Sayyaf");
        x.AddActor("NATO");
        x.AddActor("European Union", "EU");
    }

    // Countries and territories by their common English names (and "the country"): a figure in one counts the whole.
    private static void Countries(ExtractionLexicon x)
    {
        x.Countries.UnionWith(
        [
            "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
            "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin",
            "Bhutan", "Bolivia", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burundi", "Cambodia", "Cameroon",
            "Canada", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Croatia", "Cuba", "Cyprus",
            "Czechia", "Denmark", "Djibouti", "Dominica", "Ecuador", "Egypt", "Eritrea", "Estonia", "Eswatini",
            "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
            "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
            "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan",
            "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia",
            "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
            "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia",
            "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal", "Netherlands",
            "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Paraguay", "Peru",
            "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "Senegal",
            "Serbia", "Seychelles", "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Suriname",
            "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga",
            "Tunisia", "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Uruguay", "Uzbekistan",
            "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Gaza", "Tibet", "Palestine",
            "Greenland", "Britain", "England", "Scotland", "Wales", "Antigua and Barbuda", "Bosnia and Herzegovina",
            "Burkina Faso", "Cape Verde", "Central African Republic", "Costa Rica", "Ivory Coast", "Côte d'Ivoire",
            "Dominican Republic", "East Timor", "El Salvador", "Equatorial Guinea", "Guinea-Bissau",
            "Marshall Islands", "New Zealand", "North Korea", "North Macedonia", "Papua New Guinea", "Puerto Rico",
            "Saint Lucia", "San Marino", "Saudi Arabia", "Sierra Leone", "Solomon Islands", "South Africa",
            "South Korea", "South Sudan", "Sri Lanka", "Trinidad and Tobago", "United Arab Emirates",
            "United Kingdom", "United States", "the United States", "the U.S.", "the US", "the UK",
            "the Philippines", "the Netherlands", "the Democratic Republic of Congo",
            "Democratic Republic of the Congo", "West Bank", "Hong Kong", "the country", "the territory",
            "the island", "the region",
        ]);
        x.Countries.UnionWith(x.Actors.Values);

        // A country's people: "60 Jordanians died", "31 Egyptian pilgrims" count that country's dead alone.
        foreach (var (singular, plural, country) in new (string Singular, string? Plural, string Country)[]
        {
            ("Afghan", "Afghans", "Afghanistan"), ("Albanian", "Albanians", "Albania"),
            ("Algerian", "Algerians", "Algeria"), ("Angolan", "Angolans", "Angola"),
            ("Argentine", "Argentines", "Argentina"), ("Argentinian", "Argentinians", "Argentina"),
            ("Armenian", "Armenians", "Armenia"), ("Australian", "Australians", "Australia"),
            ("Austrian", "Austrians", "Austria"), ("Azerbaijani", "Azerbaijanis", "Azerbaijan"),
            ("Bangladeshi", "Bangladeshis", "Bangladesh"), ("Belgian", "Belgians", "Belgium"),
            ("Bolivian", "Bolivians", "Bolivia"), ("Brazilian", "Brazilians", "Brazil"),
            ("Bulgarian", "Bulgarians", "Bulgaria"), ("Cambodian", "Cambodians", "Cambodia"),
            ("Cameroonian", "Cameroonians", "Cameroon"), ("Canadian", "Canadians", "Canada"),
            ("Chilean", "Chileans", "Chile"), ("Colombian", "Colombians", "Colombia"),
            ("Croatian", "Croatians", "Croatia"), ("Cuban", "Cubans", "Cuba"), ("Czech", "Czechs", "Czechia"),
            ("Dane", "Danes", "Denmark"), ("Ecuadorian", "Ecuadorians", "Ecuador"), ("Egyptian", "Egyptians", "Egypt"),
            ("Eritrean", "Eritreans", "Eritrea"), ("Estonian", "Estonians", "Estonia"),
            ("Ethiopian", "Ethiopians", "Ethiopia"), ("Filipino", "Filipinos", "Philippines"),
            ("Finn", "Finns", "Finland"), ("Georgian", "Georgians", "Georgia"), ("Ghanaian", "Ghanaians", "Ghana"),
            ("Greek", "Greeks", "Greece"), ("Guatemalan", "Guatemalans", "Guatemala"), ("Haitian", "Haitians", "Haiti"),
            ("Honduran", "Hondurans", "Honduras"), ("Hungarian", "Hungarians", "Hungary"),
            ("Indonesian", "Indonesians", "Indonesia"), ("Iraqi", "Iraqis", "Iraq"), ("Irish", null, "Ireland"),
            ("Italian", "Italians", "Italy"), ("Jamaican", "Jamaicans", "Jamaica"), ("Jordanian", "Jordanians", "Jordan"),
            ("Kazakh", "Kazakhs", "Kazakhstan"), ("Kenyan", "Kenyans", "Kenya"), ("Kuwaiti", "Kuwaitis", "Kuwait"),
            ("Latvian", "Latvians", "Latvia"), ("Lebanese", null, "Lebanon"), ("Liberian", "Liberians", "Liberia"),
            ("Libyan", "Libyans", "Libya"), ("Lithuanian", "Lithuanians", "Lithuania"),
            ("Malaysian", "Malaysians", "Malaysia"), ("Malian", "Malians", "Mali"), ("Mexican", "Mexicans", "Mexico"),
            ("Moldovan", "Moldovans", "Moldova"), ("Mongolian", "Mongolians", "Mongolia"),
            ("Moroccan", "Moroccans", "Morocco"), ("Mozambican", "Mozambicans", "Mozambique"),
            ("Nepali", "Nepalis", "Nepal"), ("Nepalese", null, "Nepal"), ("Nigerian", "Nigerians", "Nigeria"),
            ("Norwegian", "Norwegians", "Norway"), ("Omani", "Omanis", "Oman"), ("Pakistani", "Pakistanis", "Pakistan"),
            ("Palestinian", "Palestinians", "Palestine"), ("Panamanian", "Panamanians", "Panama"),
            ("Paraguayan", "Paraguayans", "Paraguay"), ("Peruvian", "Peruvians", "Peru"), ("Portuguese", null, "Portugal"),
            ("Qatari", "Qataris", "Qatar"), ("Romanian", "Romanians", "Romania"), ("Rwandan", "Rwandans", "Rwanda"),
            ("Senegalese", null, "Senegal"), ("Serbian", "Serbians", "Serbia"), ("Serb", "Serbs", "Serbia"),
            ("Singaporean", "Singaporeans", "Singapore"), ("Slovak", "Slovaks", "Slovakia"),
            ("Slovenian", "Slovenians", "Slovenia"), ("Somali", "Somalis", "Somalia"), ("Spaniard", "Spaniards", "Spain"),
            ("Sri Lankan", "Sri Lankans", "Sri Lanka"), ("Sudanese", null, "Sudan"), ("Swede", "Swedes", "Sweden"),
            ("Swiss", null, "Switzerland"), ("Tajik", "Tajiks", "Tajikistan"), ("Tanzanian", "Tanzanians", "Tanzania"),
            ("Thai", "Thais", "Thailand"), ("Tunisian", "Tunisians", "Tunisia"), ("Ugandan", "Ugandans", "Uganda"),
            ("Uruguayan", "Uruguayans", "Uruguay"), ("Uzbek", "Uzbeks", "Uzbekistan"),
            ("Venezuelan", "Venezuelans", "Venezuela"), ("Vietnamese", null, "Vietnam"), ("Yemeni", "Yemenis", "Yemen"),
            ("Zambian", "Zambians", "Zambia"), ("Zimbabwean", "Zimbabweans", "Zimbabwe"), ("Dutch", null, "Netherlands"),
            ("Emirati", "Emiratis", "United Arab Emirates"), ("Nicaraguan", "Nicaraguans", "Nicaragua"),
            ("Salvadoran", "Salvadorans", "El Salvador"), ("Dominican", "Dominicans", "Dominican Republic"),
            ("Congolese", null, "Congo"), ("Malawian", "Malawians", "Malawi"), ("Namibian", "Namibians", "Namibia"),
            ("Chadian", "Chadians", "Chad"), ("Icelander", "Icelanders", "Iceland"), ("Scot", "Scots", "Scotland"),
        })
        {
            x.Demonyms[singular] = country;
            if (plural is not null)
            {
                x.Demonyms[plural] = country;
            }
        }
        x.Capitals.UnionWith(
        [
            "Abuja", "Accra", "Addis Ababa", "Algiers", "Amman", "Amsterdam", "Ankara", "Athens", "Baghdad", "Bamako", "Bangkok",
            "Beijing", "Beirut", "Belgrade", "Berlin", "Bern", "Bishkek", "Bogota", "Bogotá", "Brasilia", "Brasília", "Bratislava",
            "Brussels", "Bucharest", "Budapest", "Buenos Aires", "Cairo", "Canberra", "Caracas", "Chisinau", "Colombo", "Copenhagen",
            "Dakar", "Damascus", "Dhaka", "Doha", "Dublin", "Freetown", "Hanoi", "Harare", "Havana", "Helsinki", "Islamabad",
            "Jakarta", "Jerusalem", "Kabul", "Kampala", "Kathmandu", "Khartoum", "Kigali", "Kinshasa", "Kyiv", "Kiev", "La Paz",
            "Lima", "Lisbon", "Ljubljana", "London", "Luanda", "Lusaka", "Madrid", "Managua", "Manila", "Maputo", "Mexico City",
            "Minsk", "Mogadishu", "Monrovia", "Montevideo", "Moscow", "Muscat", "Nairobi", "New Delhi", "Niamey", "Nicosia",
            "Oslo", "Ottawa", "Ouagadougou", "Panama City", "Paris", "Phnom Penh", "Port-au-Prince", "Prague", "Pretoria",
            "Pyongyang", "Quito", "Rabat", "Reykjavik", "Riga", "Riyadh", "Rome", "Sanaa", "San Jose", "San Salvador", "Santiago",
            "Santo Domingo", "Sarajevo", "Seoul", "Skopje", "Sofia", "Stockholm", "Taipei", "Tallinn", "Tashkent", "Tbilisi",
            "Tegucigalpa", "Tehran", "Tirana", "Tokyo", "Tripoli", "Tunis", "Ulaanbaatar", "Vienna", "Vientiane", "Vilnius",
            "Warsaw", "Washington", "Wellington", "Yangon", "Naypyidaw", "Yaounde", "Yerevan", "Zagreb",
        ]);
    }

    private static void Sources(ExtractionLexicon x)
    {
        x.AddSource("NIS", "South Korea's National Intelligence Service", "South Korean National Intelligence Service", "National Intelligence Service",
            "South Korea's spy agency", "South Korean spy agency", "South Korea's intelligence agency", "South Korean intelligence agency",
            "the South Korean intelligence agency", "South Korea's intelligence service", "the intelligence agency in Seoul", "South Korea's intelligence",
            "Seoul's spy agency", "Seoul's intelligence agency", "NIS statement");
        x.AddSource("Russian government", "Kremlin spokesman Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov", "Peskov",
            "the Kremlin", "Kremlin", "Russian Foreign Ministry", "Russia's Foreign Ministry", "Russian Defense Ministry",
            "Russia's Defence Ministry", "Russian President Vladimir Putin", "Vladimir Putin", "Putin", "Russian officials");
        x.AddSource("Zelensky", "Ukrainian President Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelensky", "Ukrainian Pres. Volodymyr Zelenskyy",
            "President Volodymyr Zelensky", "President Zelensky", "President Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskyy",
            "Zelenskiy");
        x.AddSource("Ukrainian intelligence", "Ukraine's intelligence", "Ukrainian intelligence services", "Ukraine's military intelligence",
            "his country's intelligence services", "HUR", "GUR");
        x.AddSource("Ukrainian government", "Ukrainian officials", "Ukraine's government", "Kyiv's government");
        x.AddSource("Ukrainian media", "Ukrainian outlets");
        x.AddSource("South Korean media", "South Korean outlets", "Yonhap");
        x.AddSource("South Korea", "South Korean President Yoon Suk Yeol", "President Yoon Suk Yeol", "Yoon Suk Yeol", "South Korean officials");
        x.AddSource("North Korean state media", "KCNA", "Korean Central News Agency");
        x.AddSource("NATO", "NATO Secretary General Mark Rutte", "Secretary General Mark Rutte", "Mark Rutte", "Rutte", "NATO officials",
            "NATO Secretary General Jens Stoltenberg", "Jens Stoltenberg", "Stoltenberg");
        x.AddSource("Pentagon", "the Pentagon", "US Department of Defense", "Department of Defense", "Defense Secretary Lloyd Austin", "Lloyd Austin");
        x.AddSource("US State Department", "US Deputy Secretary of State Kurt Campbell", "Kurt Campbell", "State Department", "Secretary of State Antony Blinken",
            "Antony Blinken", "Blinken");
        x.AddSource("White House", "the White House", "National Security Council", "John Kirby", "Kirby");
        x.AddSource("Chinese Foreign Ministry", "China's Foreign Ministry");
        x.AddSource("U.S. Geological Survey", "USGS", "US Geological Survey", "United States Geological Survey", "the USGS", "the U.S. Geological Survey");
        x.AddSource("CNN");
        x.AddSource("Associated Press", "AP", "The Associated Press");
        x.AddSource("Reuters");
        x.AddSource("experts", "Experts", "analysts", "observers", "some observers");
        foreach (var person in new[] { "Zelensky", "Kurt Campbell" })
        {
            x.PersonSources.Add(person);
        }

        foreach (var canonical in new[] { "Russian government", "NATO", "Pentagon", "US State Department", "White House", "South Korea" })
        {
            x.PersonSources.Add(canonical);
        }

        x.Governments["Russia"] = "Russian government";
        x.Governments["Ukraine"] = "Ukrainian government";
        x.Governments["North Korea"] = "North Korean government";
        x.Governments["China"] = "Chinese government";
        x.Governments["United States"] = "US government";
        x.AgencyAnaphora.Add("the agency");
        x.AgencyAnaphora.Add("the intelligence agency");
        x.AgencyAnaphora.Add("the spy agency");
        x.AgencyAnaphora.Add("the service");
    }

    private static void Events(ExtractionLexicon x)
    {
        var deployment = new EventCue("deployment");
        var planned = new EventCue("deployment", Planned: true);
        var supply = new EventCue("supply");
        var killed = new EventCue("casualties");
        var combat = new EventCue("combat");
        x.AddVerb(deployment, "send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying", "transport", "transports",
            "transported", "transporting", "transfer", "transfers", "transferred", "transferring", "dispatch", "dispatched", "dispatching",
            "station", "stationed", "assigned", "arrive", "arrived", "arriving", "enter", "entered", "move", "moved", "to train", "trained",
            "training", "undergo", "undergoing", "stationing", "relocated", "shipped out", "airlifted", "ferried", "massed", "amassed", "massing",
            "amassing", "advancing", "advanced on", "advancing on", "advancing towards", "advancing toward");

        // Aircraft or ships that crossed a line or entered a zone a country guards: "47 aircraft had crossed the median line",
        // "30 planes entered the air defence identification zone". One day's count, no running total.
        x.AddVerb(new EventCue("incursion"), [.. new[] { "crossed the median line", "crossed the median", "crossed the centre line", "crossed the center line",
            "violated its airspace", "violated the airspace", "violated the country's airspace", "intruded into" }
            .Concat(from entered in new[] { "entered", "entering", "flew into" }
                    from zone in new[] { "the air defence identification zone", "the air defense identification zone", "its air defence identification zone",
                                         "its air defense identification zone", "the air defence zone", "the air defense zone", "its air defence zone",
                                         "its air defense zone", "its airspace", "the airspace" }
                    select $"{entered} {zone}")]);

        // The troops a base holds ("Ain al-Asad housed about 1,500 personnel"): a count of those present, whoever sent them.
        x.AddVerb(new EventCue("garrison"), "housed", "hosts", "hosted", "hosting", "home to", "based at", "garrisoned");
        x.AddVerb(planned, "prepare", "prepares", "prepared", "preparing", "getting ready", "mobilize", "mobilized", "mobilizing",
            "mobilise", "mobilised", "mobilising", "call up", "calls up", "called up", "calling up", "plan", "plans", "planned", "planning", "form",
            "recruit", "recruiting", "muster", "gearing up");
        x.AddVerb(supply, "supply", "supplies", "supplied", "supplying", "shipped", "shipping", "deliver", "delivers", "delivered",
            "delivering", "provide", "provides", "provided", "providing", "export", "exported", "sell", "sold", "smuggle", "smuggled", "arming");
        x.AddVerb(killed, "kill", "kills", "killed", "killing", "die", "dies", "died", "dead", "lost", "buried alive", "perished", "drowned",
            "succumbed", "murdered", "massacred", "slain", "slaughtered", "executed", "crushed to death", "trampled to death", "burned to death",
            "burnt to death", "stabbed to death", "beaten to death", "shot dead", "shot and killed", "shot to death", "gunned down", "hacked to death");
        // "The victims included 82 Iranians and 63 Canadians": those a crash or an attack's victims are made of are its
        // dead, as "the dead included" are. (A bare "victims" may count the injured too, so the noun alone is no cue.)
        x.AddVerb(killed, "victims included", "victims include", "victims includes");

        // Munitions fired in an attack, kept apart from munitions supplied: "Iran fired 16 missiles" and "15 missiles were
        // launched at U.S. targets" count one salvo whichever side the sentence names.
        // "Fire" and "fires" are left out: in a story about a fire they are nouns.
        x.AddVerb(new EventCue("strike"), "fired", "firing", "launch", "launches", "launched", "launching", "lifted off", "lifts off", "blasted off",
            "attacked", "attacking");

        // Ground and places held: "controlled 28 settlements" against "had taken control of 74 settlements".
        x.AddVerb(new EventCue("capture"), "captured", "capturing", "taken control of", "took control of", "taking control of", "seized control of",
            "controlled", "controls", "in control of", "occupied", "occupies");

        // What blew up, counted in tonnes or devices: "at most 40 tonnes blew up".
        x.AddVerb(new EventCue("explosion"), "exploded", "explode", "explodes", "detonated", "detonate", "blew up", "blown up", "went off");

        // Kept apart from deaths, so "42 killed" and "100 injured" in two articles are not one disputed figure.
        // Those shot are the dead and the wounded together: "shot 13 people, killing 10".
        x.AddVerb(new EventCue("shot"), "shot");
        x.AddVerb(new EventCue("injuries"), "shot and wounded", "shot and injured",
            "wound", "wounded", "wounding", "injure", "injured", "injuring", "hurt", "hospitalized",
            "hospitalised", "taken to hospital", "taken to hospitals", "treated in hospital", "treated in hospitals", "treated at hospital",
            "treated at hospitals", "treated in a hospital", "treated at a hospital", "treated for injuries", "harmed", "treated for", "diagnosed with", "diagnosed");
        // The badly hurt are a part of the hurt, counted apart: "67 people seriously injured" beside "1,400 injured".
        x.AddVerb(new EventCue("serious injuries"), [.. from adverb in new[] { "seriously", "critically", "severely", "gravely", "badly" }
                                                          from verb in new[] { "injured", "wounded", "hurt", "burned", "injuring", "wounding" }
                                                          select $"{adverb} {verb}"]);
        // So are those hurt by gunfire, where a shooting's story counts them apart: "Eight people were wounded, three of them
        // by gunfire" beside "Four people were wounded by gunfire".
        x.AddVerb(new EventCue("gunshot wounds"), [.. from verb in new[] { "wounded", "injured", "hurt", "hit" }
                                                        from cause in new[] { "by gunfire", "by gunshots", "by bullets" }
                                                        select $"{verb} {cause}"]);
        x.AddVerb(new EventCue("gunshot wounds"), "had gunshot wounds", "suffered gunshot wounds", "with gunshot wounds", "sustained gunshot wounds");
        // And those hurt by what police fire at a crowd: "80 protesters had been injured by rubber bullets" beside "more than
        // 240 people were injured".
        x.AddVerb(new EventCue("projectile wounds"), [.. from verb in new[] { "wounded", "injured", "hurt", "hit" }
                                                           from cause in new[] { "by rubber bullets", "by rubber-coated bullets", "by plastic bullets", "by pellets",
                                                               "by pellet guns", "by tear gas canisters", "by tear-gas canisters", "by gas canisters" }
                                                           select $"{verb} {cause}"]);
        // So are those kept in hospital: "only two people had been admitted to hospital" is no rival of "893 people had been
        // treated for injuries".
        x.AddVerb(new EventCue("serious injuries"), "admitted to hospital", "admitted to hospitals", "admitted to a hospital", "admitted to the hospital");
        // Those still in hospital or in intensive care are counted apart, and fall as they go home: "the toll rose to 95,
        // and 48 people were in intensive care" counts the living, and "75 remain in hospital" a week after "more than 100"
        // contradicts nothing.
        x.AddVerb(new EventCue("in hospital"), "in intensive care", "in critical condition", "in a critical condition", "in serious condition",
            "in a serious condition", "remain in hospital", "remains in hospital", "remained in hospital", "still in hospital", "were in hospital",
            "are in hospital", "on ventilators", "on life support", "still being treated", "still hospitalised", "still hospitalized",
            "remain hospitalised", "remain hospitalized", "remained hospitalised", "remained hospitalized");
        // Those a disaster touched in any way ("affected more than 33 million people"): neither its dead nor its displaced.
        x.AddVerb(new EventCue("affected"), "affected", "affecting", "affects");
        x.AddVerb(new EventCue("displacement"), "displace", "displaced", "displacing", "evacuate", "evacuates", "evacuated",
            "evacuating", "fled", "flee", "flees", "fleeing", "crossed into", "forced from", "driven from",
            "from their homes", "forced to flee", "forced to leave", "under evacuation orders", "under evacuation order", "ordered to evacuate",
            "ordered to leave", "left the city", "leave the city", "left the town", "leave the town", "left the area", "leave the area",
            "left their homes", "leave their homes", "in relief camps", "in a relief camp", "in displacement camps",
            "in shelters", "in temporary shelters", "in emergency shelters", "into shelters", "into temporary shelters", "into emergency shelters",
            // "authorities moved about 1.2 million people to shelters".
            "to shelters", "to cyclone shelters", "to temporary shelters", "to emergency shelters", "to relief camps", "to evacuation centres",
            "to evacuation centers",
            // "82,300 people have been flown out of Kabul": an airlift's evacuees.
            "flown out of", "been flown out", "were flown out", "flown to safety",
            // "About 19,000 people were moved from homes and hotels", "30,000 had been moved to safety".
            "moved to safety", "taken to safety", "were moved", "been moved", "were relocated", "been relocated");
        // Those whose homes are gone are fewer than those who left for a while: "20,000 left homeless" beside "400,000
        // ordered to leave" counts two things.
        x.AddVerb(new EventCue("homeless"), "left homeless", "homeless", "left without homes", "without homes", "without a home",
            "lost their homes", "lost their houses", "lose their homes", "losing their homes", "lost homes");
        // Those who lost a limb lived: "At least 14 people had lost limbs" counts no dead, and is a count of its own beside
        // the injured, of whom it is a part.
        x.AddVerb(new EventCue("amputation"), "lost limbs", "lost a limb", "lost legs", "lost a leg", "lost both legs", "lost an arm", "lost arms",
            "lost part of a leg", "lost their legs", "lost their limbs", "had limbs amputated", "had a leg amputated", "had legs amputated");
        // So did those who lost an eye: "Two protesters lost an eye" counts no dead.
        x.AddVerb(new EventCue("eye injuries"), "lost an eye", "lost eyes", "lost their eyes", "lost the sight of an eye", "lost sight in one eye",
            "lost the sight in one eye", "were blinded", "was blinded", "been blinded", "lost their sight");
        x.AddVerb(new EventCue("rescue"), "rescue", "rescues", "rescued", "rescuing", "pulled from", "saved", "survived", "survive", "survives",
            "pulled alive from", "pulled out alive", "brought out alive", "found alive", "are alive", "were alive", "still alive", "are all alive",
            "were all alive");
        x.AddVerb(new EventCue("arrest"), "arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained", "detaining",
            "been held", "being held");
        // People charged are counted apart from those arrested (fewer are charged than held), and are never the toll of
        // the deaths they are charged over: "prosecutors charged five people with homicide".
        x.AddVerb(new EventCue("charge"), "charged", "charging", "indicted", "indicting", "face charges", "faces charges", "facing charges",
            "faced charges", "face criminal charges", "face trial", "faces trial", "stand trial", "prosecuted");
        // Those a court convicted or sentenced, and those the police questioned, are no toll of what they were tried or
        // questioned over: "Five men were sentenced to death over the bombing, which killed 22 people".
        x.AddVerb(new EventCue("conviction"), "convicted", "sentenced", "found guilty", "jailed");
        // Officials suspended over a disaster are no part of its toll: "suspended the police commissioner and four
        // other officers over the stampede that killed 11 people".
        x.AddVerb(new EventCue("suspension"), "suspended", "suspending");
        // Questioned by the police, not doubted: "a figure some experts questioned" counts no one questioned.
        x.AddVerb(new EventCue("questioning"), "were questioned", "was questioned", "been questioned", "being questioned", "police questioned",
            "detectives questioned", "investigators questioned", "officers questioned", "interrogated", "for questioning");
        // Those still held are fewer than those arrested, some of whom were let go: "1,398 people remained in custody"
        // beside "1,843 people had been arrested".
        x.AddVerb(new EventCue("custody"), "remained in custody", "remain in custody", "remains in custody", "still in custody",
            "remained in detention", "remain in detention", "still in detention", "still being held", "still held", "remained jailed",
            "remain jailed", "remained behind bars", "remain behind bars", "still behind bars", "still detained", "remain detained",
            "remained detained");
        x.AddVerb(new EventCue("loss"), "crash", "crashes", "crashed", "crashing", "shot down", "downed", "destroyed", "destroying", "sank", "sunk",
            "lost contact", "derail", "derails", "derailed", "derailing", "left the tracks", "jumped the tracks", "overturned", "capsized",
            // What lava, fire, water or a quake took whole: "the lava has swallowed 320 buildings", "flattened 3,000 homes".
            "engulfed", "swallowed", "razed", "flattened", "levelled", "leveled", "burned down", "burnt down", "gutted",
            "reduced to rubble", "reduced to ashes");
        // The damaged are more than the destroyed and include them: "15,000 homes damaged or destroyed" is no rival of
        // "7,000 homes destroyed", nor "three ships damaged" of "two sunk".
        x.AddVerb(new EventCue("damage"), "damaged", "damaging");
        // The badly damaged are fewer than the damaged: "1.5 million homes damaged" and "500,000 badly damaged" agree.
        x.AddVerb(new EventCue("heavy damage"), "badly damaged", "severely damaged", "seriously damaged", "heavily damaged");
        x.AddVerb(new EventCue("turnout"), "march", "marched", "marching", "protest", "protested", "protesting", "rally", "rallied",
            "rallying", "gathered", "gathering", "demonstrated", "demonstrating", "took part", "take part", "taking part", "taken part", "attended", "were attending", "are attending",
            "turned out", "drew", "drawn", "draws", "attracted", "were present", "been present", "in attendance", "took to the streets",
            "take to the streets", "taking to the streets", "poured into the streets", "filled the streets", "filled the square", "packed the square",
            "packed the streets", "thronged",
            // "about 1.4 million people had come to the festival": not "the total came to 300".
            "came to the festival", "come to the festival", "came to the concert", "come to the concert", "came to the capital", "come to the capital", "came to the area", "come to the area",
            "had turned up", "have turned up", "turned up outside", "turned up at", "showed up", "had shown up",
            "flocked to", "flocked", "converged on");
        // Those never found are missing, not a toll of their own: "the bodies of two victims have never been found" against
        // "raising the number of confirmed dead to 14".
        x.AddVerb(new EventCue("missing"), "missing", "unaccounted for", "disappeared", "vanished", "never been found", "not been found",
            "not yet been found", "yet to be found", "were never found", "was never found", "never been recovered", "not been recovered",
            "not yet been recovered", "yet to be recovered", "were never recovered", "was never recovered");
        // The dead who have been named are fewer than the dead, and not a toll: "Bodies of 125 victims have been identified"
        // against "killed all 189 people aboard".
        x.AddVerb(new EventCue("identification"), "identified", "been identified");

        // Oil, gas or water let out of a well, a pipe or a tanker: "leaking at 1,000 barrels a day", "4.9 million barrels escaped".
        x.AddVerb(new EventCue("spill"), "leak", "leaks", "leaked", "leaking", "spill", "spills", "spilled", "spilt", "spilling", "gushing",
            "gushed", "flowing", "flowed", "poured", "pouring");
        // Water that broke into a mine or a tunnel is let out as a spill is: "150 million gallons of water flooded the
        // mine", "50 million gallons rushed into the workings". What else is flooded (homes, farmland) is no spill.
        x.AddVerb(new EventCue("flooding"), "flooded", "flooded into", "rushed into", "rushing into", "surged into", "burst into");

        // Money handed over (a ransom, a bribe, a settlement) and money got back are two sums: "paid $4.4 million",
        // "recovered $2.3 million of the ransom".
        x.AddVerb(new EventCue("payment"), "paid", "pay", "pays", "paying", "handed over", "hand over");
        x.EventNouns["payment"] = "payment";
        x.EventNouns["payments"] = "payment";
        x.AddVerb(new EventCue("recovery"), "recovered", "recover", "recovers", "clawed back");

        // Data taken in a hack counts the people or records it exposed: "stole the records of 110 million customers".
        x.AddVerb(new EventCue("breach"), "stole", "stolen", "steal", "steals", "stealing", "hacked", "compromised", "breached",
            "exfiltrated", "downloaded", "exposed", "harvested", "scraped", "improperly shared", "misused", "taken by hackers", "taken by the hackers",
            "accessed by hackers", "accessed by the hackers", "taken the information of", "took the information of", "taken the data of",
            "took the data of", "taken the personal data of", "took the personal data of", "obtained the data of", "obtained the information of",
            "affected by the hack", "affected by the breach", "affected by the data breach", "hit by the hack", "hit by the breach",
            "had been accessed", "have been accessed", "were accessed", "taken data on", "took data on", "stole data on", "stolen data on");
        // Those whose data a breach took are the breached service's customers, however a sentence names them: "the data
        // of about 100 million people" and "about 190 million people affected" against "9.7 million current customers".
        x.PersonUnitsByEvent["breach"] = "customers";

        // A service's records of people count its customers: "339 million guest records".
        x.AddUnit("guest record", "guest records", "customers");
        x.AddUnit("customer record", "customer records", "customers");
        x.AddUnit("user record", "user records", "customers");

        // People taken by force are another count than those freed later or still held: "240 people were taken hostage".
        x.AddVerb(new EventCue("abduction"), "taken hostage", "taken captive", "abducted", "abducting", "kidnapped", "kidnapping", "seized as hostages",
            "held captive", "held hostage", "held as hostages", "holding hostage", "being held hostage");

        // People let go by their captors or jailers, counted apart from those taken: "Hamas freed 24 hostages", "Israel
        // released 39 prisoners". Only people are released; what else is "released" (a report, a gas) is not.
        x.AddVerb(new EventCue("release"), "freed", "frees", "freeing", "released", "releases", "releasing", "set free");

        // People who got out and prisoners who broke out: "96 of them escaped", "3,700 inmates escaped". Oil escapes
        // too, so what escaped in barrels or tonnes is a spill.
        // A fire or a war that "broke out" escaped nothing: only "broke out of" a prison is an escape.
        x.AddVerb(new EventCue("escape"), "escaped", "escape", "escapes", "escaping", "broke out of", "broken out of", "breaking out of",
            "walked out of", "walk out of", "walking out of",
            // "123 of the people on board had walked away unhurt": got out unhurt, a part of those aboard, not their number.
            "walked away unhurt", "walked away unharmed", "walked away uninjured");
        x.EventNouns["jailbreak"] = "escape";
        x.EventNouns["prison break"] = "escape";

        // A structure's failure, dated by its verb: "the dam burst early on Tuesday", "the bridge collapsed on Monday night".
        x.AddVerb(new EventCue("collapse"), "collapsed", "collapses", "burst", "bursts", "gave way", "gives way", "caved in", "caves in", "came down", "comes down", "toppled", "topples");

        foreach (var (noun, @event) in new[] { ("explosion", "explosion"), ("explosions", "explosion"), ("blast", "explosion"), ("blasts", "explosion"), ("collapse", "collapse"), ("eruption", "eruption") })
        {
            x.MomentNouns[noun] = @event;
        }

        x.StructureNouns.UnionWith(["dam", "dams", "levee", "levees", "dyke", "dykes", "dike", "dikes", "embankment", "bridge", "tower", "building", "block", "tunnel", "mine", "stadium", "roof", "wall", "barrier"]);

        // People caught under rubble, in a mine or by water, freed as rescuers reach them: "at least 12 miners were trapped".
        x.AddVerb(new EventCue("trapped"), "trapped", "remain trapped", "remained trapped", "still trapped");

        // People cut off by blocked roads or floods, counted apart from those trapped under rubble: "More than 600 people
        // were stranded in the park after rockfalls blocked the roads".
        x.AddVerb(new EventCue("stranded"), "stranded", "remain stranded", "remained stranded", "still stranded", "left stranded");

        // Power cut: "knocked out power to 2.2 million homes and businesses", "1.7 million customers were still without
        // electricity". A running total: it grows while a storm passes and shrinks as power comes back.
        x.AddVerb(new EventCue("outage"), "knocked out power to", "knocking out power to", "knocks out power to", "knock out power to",
            "cut power to", "cutting power to", "cuts power to", "cut off power to", "lost power", "losing power", "lose power",
            "without power", "without electricity", "had no power", "have no power", "in the dark", "power outages", "power outage");
        x.PersonUnitsByEvent["outage"] = "customers";

        // The land a fire has burned: "has scorched more than 12,000 hectares", "burned 40,000 acres".
        x.AddVerb(new EventCue("burned"), "burned", "burnt", "burning", "scorched", "charred", "blackened", "torched",
            "caught fire", "catch fire", "catches fire", "catching fire", "ignited", "igniting", "set on fire", "set fire to", "setting fire to",
            "set ablaze", "set alight", "went up in flames", "burned down", "burnt down");

        // What is called off, flights above all: "cancelled about 5,500 flights", "7,000 cancellations".
        x.AddVerb(new EventCue("cancellation"), "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling");
        x.EventNouns["cancellations"] = "cancellation";

        // A volcano's eruption: "erupted late on Monday", "the eruption that began on December 18".
        x.AddVerb(new EventCue("eruption"), "erupt", "erupts", "erupted", "erupting");
        x.EventNouns["eruption"] = "eruption";

        // Jobs a company cuts, counted in jobs or in the staff let go: "will lay off 2,688 workers", "14,000 job cuts".
        x.AddVerb(new EventCue("layoffs"), "lay off", "lays off", "laid off", "laying off", "made redundant", "let go", "axed", "axing",
            "shed", "sheds", "shedding", "lost their jobs", "lost jobs", "lose their jobs", "losing their jobs", "sacked", "sacking", "sacks");
        foreach (var noun in new[] { "layoffs", "lay-offs", "job cuts", "job losses", "redundancies" })
        {
            x.EventNouns[noun] = "layoffs";
        }

        x.PersonUnitsByEvent["layoffs"] = "jobs";

        // Workers who stop work in a labour dispute are its strikers, whatever their trade: "45,000 workers were on strike",
        // "12,700 members walked off the job". Not "strike", which is an attack.
        x.AddVerb(new EventCue("walkout"), "on strike", "went on strike", "go on strike", "gone on strike", "going on strike", "goes on strike",
            "remained on strike", "stayed on strike", "walked off the job", "walk off the job", "walking off the job",
            "stopped work", "stop work", "stopping work", "downed tools", "walked out", "walk out", "walking out",
            "joined the strike", "joined a strike", "joined the walkout", "joined the walkouts", "joined the first walkouts",
            "took part in the strike", "taking part in the strike", "taken part in the strike", "take part in the strike");
        // "had joined a three-day strike", "joined the general strike": a strike named by its kind or its length.
        foreach (var kind in new[] { "general", "national", "nationwide", "one-day", "two-day", "three-day", "24-hour", "48-hour" })
        {
            x.AddVerb(new EventCue("walkout"), $"joined a {kind} strike", $"joined the {kind} strike", $"took part in a {kind} strike", $"took part in the {kind} strike");
        }

        x.AddUnit("striker", "strikers", "strikers");
        x.UnitEvents["strikers"] = "walkout";
        x.PersonUnitsByEvent["walkout"] = "strikers";

        // People who caught a disease are an outbreak's cases: "has sickened 240 people", "240 fell ill".
        x.AddVerb(new EventCue("outbreak"), "infected", "infecting", "sickened", "sickening", "fell ill", "fallen ill", "falls ill",
            "became ill", "become ill", "made ill", "tested positive", "test positive", "contracted", "caught the disease", "caught the virus",
            "caught the illness", "caught the infection");
        x.PersonUnitsByEvent["outbreak"] = "cases";

        // The presumed dead are another measure than the confirmed dead: "30 of the 58 presumed dead were confirmed"; so
        // are the dead and the missing counted together ("the number of dead and missing to 173").
        x.AddVerb(new EventCue("presumed"), "presumed dead", "feared dead", "dead or missing", "missing, presumed dead", "missing presumed dead",
            "died or are missing", "died or were missing", "died or went missing", "killed or missing", "dead or still missing",
            "dead and missing", "killed and missing", "dead and still missing");
        x.AddVerb(combat, "fight", "fighting", "fought", "engage", "engaging", "engaged", "participate", "participated", "participating");
        foreach (var noun in new[] { "weapons", "weapon", "arms", "artillery", "ammunition", "munitions", "missiles", "shells", "equipment", "military aid", "shipments", "shipment", "drones" })
        {
            x.TopicNouns[noun] = "supply";
        }

        // Who is to blame for the event: "it was highly likely that Russia was responsible", "Russia denies any
        // involvement", "Moscow had nothing to do with the attack". So is whom a source blames or accuses ("blamed an
        // Israeli air strike", "accused Russia of shelling the plant"), and whose strike from the air it says it was
        // ("an Israeli air strike hit the hospital"). "Pakistan denied any role", "denied any links to the group",
        // "had a direct hand in the attack", "the campaign was the work of Russia's foreign intelligence service";
        // and whom a source links to the attackers ("the attackers had links to Pakistan", "evidence linking the
        // gunmen to Ukrainian nationalists"), named after the words as after a verb of blaming; and who ordered or
        // approved it.
        foreach (var noun in new[] { "responsible for", "responsibility for", "involvement", "behind the attack", "nothing to do with", "the work of", "was behind", "were behind",
            "ordered the attack", "approved the attack", "approval to the attack", "approval for the attack", "masterminded",
            "ordered the killing", "ordered the murder", "ordered the assassination", "ordered the operation", "approved the operation",
            "on the orders of", "on orders from", "at the behest of",
            "orchestrated by", "instigated by", "incited by", "masterminded by", "organised by", "organized by",
            "approved the killing", "approved the murder", "authorised the operation", "authorized the operation",
            "any role", "no role", "any part in", "no part in", "a hand in", "a direct hand in", "any link", "no link", "any links", "no links", "link to", "any ties", "no ties", "links to", "ties to", "linked to", "linking",
            "blamed", "blames", "blaming", "accused", "accuses", "accusing", "air strike", "air strikes", "airstrike", "airstrikes", "air raid" })
        {
            x.TopicNouns[noun] = "blame";
        }

        // Whether harm was meant, which those who did it often deny: "the convoy had been targeted systematically"
        // against "denied that the strike was deliberate". Only words that say it was meant: "unintentionally" and "by
        // mistake" agree with the denial.
        foreach (var noun in new[] { "deliberate", "deliberately", "intentional", "intentionally", "on purpose", "targeted systematically",
            "systematically targeted", "deliberately targeted", "intentionally targeted" })
        {
            x.TopicNouns[noun] = "intent";
        }

        // Whether what fell down had been built badly, which those who built or passed it often deny: "the schools had
        // collapsed because they were built with shoddy materials" against "Officials denied that poor construction was
        // to blame".
        foreach (var noun in new[] { "shoddy", "shoddily", "poor construction", "poorly built", "poorly constructed", "badly built", "substandard",
            "building code", "building codes", "construction standards", "cut corners", "cutting corners", "illegally built", "built illegally" })
        {
            x.TopicNouns[noun] = "construction";
        }

        // Whether a ransom was paid: "the company said it had not paid any ransom" denies what its chief later admits.
        foreach (var noun in new[] { "ransom", "ransom payment", "extortion payment" })
        {
            x.TopicNouns[noun] = "payment";
        }

        // Whether leave was given for what went wrong, which the one who gave it often denies: "the club had given
        // the band permission to use the pyrotechnics" against "had never given the band permission", "the march had
        // no permit".
        foreach (var noun in new[] { "permission", "authorisation", "authorization", "a permit", "no permit", "the permit", "any permit" })
        {
            x.TopicNouns[noun] = "permission";
        }

        // Whether a craft was inside a country's airspace or waters: "violated Iranian airspace" against "had never
        // entered Iranian airspace".
        foreach (var noun in new[] { "airspace", "territorial waters" })
        {
            x.TopicNouns[noun] = "incursion";
        }

        foreach (var noun in new[] { "troops", "troop", "soldiers", "soldier", "personnel", "forces", "fighters", "deployment", "deployments", "servicemen", "officers" })
        {
            x.TopicNouns[noun] = "deployment";
        }

        // Whether anyone fired on a crowd or a place, which those said to have fired often deny: "Soldiers opened fire on
        // protesters, witnesses said" against "The army said reports of soldiers shooting at protesters were fake news";
        // "Ukrainian troops had shelled the plant" against "Ukraine denied it had fired on the plant"; "opened fire on the
        // marchers" against "the soldiers had not fired a single bullet".
        foreach (var noun in new[] { "opened fire", "open fire", "opening fire", "opens fire", "fired on", "fired at", "firing on", "firing at", "fire on", "fire at",
            "shot at", "shoot at", "shooting at", "live ammunition", "live rounds", "live fire", "live bullets", "shelled", "was shelling", "were shelling", "been shelling",
            "fired a single", "fire a single", "fired a shot", "fire a shot", "fired any shots", "fired shots", "used their firearms", "use their firearms",
            "used firearms", "use of firearms", "used their weapons against", "fired into", "firing into", "fire into", "shots were fired", "shots had been fired",
            "shots fired", "shots came from", "shots had come from", "firing from", "shooting from" })
        {
            x.TopicNouns[noun] = "shooting";
        }

        // The wounds of those shot say that someone fired, whoever denies it: "the interior minister denied that police
        // had fired live ammunition" against "autopsies showed that most of the dead had gunshot wounds". So does what
        // witnesses heard: "officials said security forces had not fired" against "they had heard gunfire".
        foreach (var noun in new[] { "gunshot wounds", "bullet wounds", "gunshot injuries", "bullet injuries",
            "heard gunfire", "heard gunshots", "heard shots", "heard shooting", "sound of gunfire", "sounds of gunfire", "bursts of gunfire",
            "sound of gunshots", "sounds of gunshots" })
        {
            x.TopicNouns[noun] = "shooting";
        }

        // The same with a word of manner between: "denied that security forces had fired directly at protesters".
        foreach (var verb in new[] { "fired", "firing", "fire", "shot", "shooting", "shoot" })
        {
            foreach (var manner in new[] { "directly", "deliberately", "indiscriminately", "intentionally", "randomly" })
            {
                x.TopicNouns[$"{verb} {manner} at"] = "shooting";
                x.TopicNouns[$"{verb} {manner} on"] = "shooting";
                x.TopicNouns[$"{verb} {manner} into"] = "shooting";
            }
        }

        // Whether a force went too far, which it often denies: "accused the police of using excessive force" against "has
        // denied that the police used excessive force".
        foreach (var noun in new[] { "excessive force", "disproportionate force", "excessive use of force", "disproportionate use of force" })
        {
            x.TopicNouns[noun] = "force";
        }

        // Whether a place was taken, which its defenders often deny: "his fighters had taken full control of the city"
        // against "Ukraine denied that the city had fallen". Who took it is the story's other side; the place is the
        // proposition.
        foreach (var noun in new[] { "taken full control", "took full control", "taken control", "took control", "taking control", "seized control",
            "capture of", "captured the city", "captured the town", "had been captured", "has been captured" })
        {
            x.TopicNouns[noun] = "capture";
        }

        // A place that fell, not a figure or a turnout that "had fallen short".
        foreach (var noun in from place in new[] { "city", "town", "village", "base", "airport", "port", "capital", "stronghold" }
                             from fell in new[] { "had fallen", "has fallen", "fell" }
                             select $"{place} {fell}")
        {
            x.TopicNouns[noun] = "capture";
        }

        // What brought an aircraft down, which governments often dispute: "it was more likely than not that a bomb had
        // brought down the airliner" against "a claim the prime minister said was not credible". ("Caused the crash" is
        // left out: "denied that the strip had caused the crash" answers whatever the crash's own statements say.)
        foreach (var noun in new[] { "brought down", "brought the plane down", "brought the jet down", "brought the aircraft down", "brought the airliner down",
            "bomb on board", "bomb aboard", "explosion on board", "explosions on board", "explosion aboard", "act of terrorism", "terrorist act",
            "act of sabotage", "sabotage" })
        {
            x.TopicNouns[noun] = "cause";
        }

        // Whether someone was poisoned, whoever did it: "tests found he was poisoned with a nerve agent" against "doctors
        // found no trace of poison".
        foreach (var noun in new[] { "poisoned", "poisoning", "poison", "nerve agent" })
        {
            x.TopicNouns[noun] = "poisoning";
        }

        // Whether anyone was warned in time, which those who were to act on it often deny: "Geologists said they had
        // warned the authorities in October" against "Officials said they had not received any warning". Not a shot fired
        // "without any warning".
        foreach (var noun in new[] { "warned the authorities", "warned authorities", "warned officials", "warned the government", "warned the council",
            "warned the city", "warned residents", "warned the residents", "received any warning", "received a warning", "received no warning",
            "received warnings", "received any warnings", "received no warnings", "been no warning", "was no warning", "had no warning", "given no warning", "given any warning",
            "issued no warning", "no advance warning", "no prior warning", "any advance warning", "any prior warning", "ignored warnings", "ignored the warnings",
            "ignored repeated warnings", "ignored any warnings", "ignored any warning", "ignored safety warnings", "ignored the safety warnings", "never been warned", "never warned", "had been warned", "was warned", "were warned", "had warned that",
            "had warned of", "had warned in", "warned the mayor", "warned the governor", "warned the minister", "warned the ministry", "warned the police",
            "any formal warning", "no formal warning", "any official warning", "no official warning",
            // "after warning its pilots 10 times" against "the crew had received no warning".
            "warned the pilot", "warned the pilots", "warned its pilots", "warned the crew", "warning the pilot", "warning the pilots", "warning its pilots",
            "warning the crew" })
        {
            x.TopicNouns[noun] = "warning";
        }

        // Whether someone held spied, which those who hold him assert and his employer or his government deny: "had been
        // collecting information on troop movements for a foreign intelligence service" against "denied that he had any link
        // to intelligence services".
        foreach (var noun in new[] { "espionage", "spying", "spied for", "spying for", "was a spy", "is a spy", "being a spy", "as a spy", "a foreign spy",
            "for any intelligence service", "for a foreign intelligence service", "for foreign intelligence", "to intelligence services",
            "to any intelligence service", "collecting information on", "link to intelligence services", "links to intelligence services",
            "link to any intelligence service", "ties to intelligence services", "any link to intelligence services", "any links to intelligence services",
            "no link to intelligence services", "no links to intelligence services" })
        {
            x.TopicNouns[noun] = "espionage";
        }

        // How sophisticated an attack was, which a breached company claims and officials often dispute: "had been the victim
        // of a sophisticated attack" against "the attack was not sophisticated".
        foreach (var noun in new[] { "sophisticated attack", "sophisticated cyberattack", "sophisticated cyber attack", "sophisticated cyber-attack",
            "sophisticated hack", "sophisticated intrusion", "was sophisticated", "was not sophisticated", "was highly sophisticated", "was particularly sophisticated" })
        {
            x.TopicNouns[noun] = "sophistication";
        }

        foreach (var noun in new[] { "combat", "front lines", "frontlines", "front line", "battlefield", "fighting" })
        {
            x.EventNouns[noun] = "combat";
        }

        foreach (var noun in new[] { "army", "armies", "standing army", "armed forces of", "military of" })
        {
            x.EventNouns[noun] = "strength";
        }

        // "put the number of marchers at 1.23 million" counts the crowd, as "put the crowd at" does.
        foreach (var noun in new[] { "procession", "march", "marches", "rally", "rallies", "demonstration", "demonstrations", "crowd", "crowds", "turnout", "protest", "protests", "audience",
            "number of marchers", "number of protesters", "number of demonstrators", "number of participants" })
        {
            x.EventNouns[noun] = "turnout";
        }

        // Money is compared only with money spent or lost the same way: damage (a total loss estimate), economic losses
        // from disruption, the cost of rebuilding and aid are different sums. "Cost" is left out: it is mostly a verb.
        foreach (var noun in new[] { "ransom", "ransom payment", "extortion payment" })
        {
            x.EventNouns[noun] = "payment";
        }

        foreach (var noun in new[] { "damage", "damages", "destruction", "losses", "total losses" })
        {
            x.EventNouns[noun] = "damage";
        }

        foreach (var noun in new[] { "economic losses", "economic loss", "economic activity", "lost output", "lost revenue" })
        {
            x.EventNouns[noun] = "losses";
        }

        foreach (var noun in new[] { "reconstruction", "rebuilding", "recovery plan", "recovery package" })
        {
            x.EventNouns[noun] = "reconstruction";
        }

        foreach (var noun in new[] { "aid", "pledges", "pledged", "donations", "relief funds", "emergency funding", "appeal" })
        {
            x.EventNouns[noun] = "aid";
        }

        foreach (var noun in new[] { "evacuation", "evacuations", "evacuation order", "evacuation orders" })
        {
            x.EventNouns[noun] = "displacement";
        }

        // Held since an arrest: "held in a Moscow jail since March", "in pre-trial detention since August 2023".
        foreach (var noun in new[] { "detention", "custody", "jail", "prison", "jailed", "imprisoned", "behind bars" })
        {
            x.EventNouns[noun] = "arrest";
        }

        // The slick a spill leaves is measured by its area: "the oil slick covered 101 square kilometres".
        foreach (var noun in new[] { "spill", "spills", "leak", "leaks", "flow", "flow rate", "outflow", "slick", "slicks", "oil slick" })
        {
            x.EventNouns[noun] = "spill";
        }

        foreach (var noun in new[] { "killed", "dead", "casualties", "death toll", "toll", "deaths", "fatalities", "killings", "mass killings", "massacre", "massacres" })
        {
            x.EventNouns[noun] = "casualties";
        }

        foreach (var cue in new[]
        {
            "expected to", "could be", "could", "will", "would", "may", "might", "to be", "preparing to", "prepared to", "decided to",
            "plans to", "planning to", "set to", "likely to", "about to", "is to", "are to", "poised to", "ready to", "intends to",
            "potential", "possibly", "anticipated", "further", "more", "future", "in preparation to", "in preparation for", "approved for",
            "designed for", "permitted for", "permission for", "permit for", "approval for", "licensed for",
            // "had been allowed to build only 15 floors" against "a 21-storey building": what a permit allowed, not
            // what was built; so is what a venue or a vessel was licensed to hold or carry.
            "allowed to build", "permitted to build", "approved to build", "authorised to build", "authorized to build", "licensed to build",
            "permission to build", "approval to build", "permit to build", "licensed to hold", "permitted to hold", "allowed to hold",
            "licensed to carry", "permitted to carry", "allowed to carry", "certified to carry", "approved to carry",
            // "Organisers had called for a million people to march": a goal, not a crowd.
            "called for", "calls for", "calling for", "appealed for", "hoped for", "hoping for",
        })
        {
            x.PlanningCues.Add(cue);
        }

        foreach (var cue in new[]
        {
            "expected to", "could", "will", "would", "may", "might", "preparing to", "plan to", "plans to", "likely to",
            "set to", "poised to", "about to",
        })
        {
            x.ForwardLookingCues.Add(cue);
        }
    }

    private static void Stances(ExtractionLexicon x)
    {
        foreach (var verb in new[]
        {
            "said", "says", "say", "stated", "states", "told", "added", "noted", "announced", "warned", "warns", "maintains", "maintained",
            "estimated", "estimates", "believes", "believed", "predicted", "insisted", "stressed", "expressed concern", "expressed concerns",
            "fears", "feared", "is worried", "counted", "counts", "recorded", "registered", "documented", "repeated", "reiterated", "concluded",
            "insists", "argued", "argues", "stood by", "stands by", "revised", "lowered", "raised", "upgraded", "downgraded", "cautioned", "cautions", "explained",
            "explains", "wrote", "writes", "asserted", "asserts", "emphasised", "emphasized", "pointed out", "testified", "admitted", "conceded",
            "found", "finds", "saying", "spoke of", "speaks of", "talked of",
            // A figure cut is a figure revised: "cut its figure for the dead", not "cut its power supply".
            "cut its figure", "cut its estimate", "cut its forecast", "cut its toll", "cut its count", "cut its tally",
            "cut their figure", "cut their estimate", "cut their forecast", "cut their toll", "cut their count", "cut their demand",
            "reduced its figure", "reduced its estimate", "reduced its forecast", "reduced its toll", "reduced its count",
            "reduced their figure", "reduced their estimate", "reduced their forecast", "reduced their toll",
            // A court's finding, only with its clause: "ruled that the killing was genocide", not "ruled out foul play".
            "ruled",

            // The plural present only with its clause: "officials now estimate that", not "the official estimate was"; so
            // "records that", not "have begun posting health records online".
            "estimate that", "records that",

            // A group that says it did the attack blames itself, which a government that names another group denies:
            // "Islamic State claimed responsibility for the attack".
            "claimed responsibility", "claims responsibility", "claiming responsibility",
        })
        {
            x.AttributionVerbs[verb] = Stance.Asserted;
        }

        foreach (var verb in new[] { "alleged", "alleges", "allege", "reported", "reports", "claimed", "claims", "accused", "blamed", "blames", "to blame", "revealed", "suggested", "suggesting", "according to" })
        {
            x.AttributionVerbs[verb] = Stance.Reported;
        }

        foreach (var cue in new[] { "denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected", "rejects", "reject", "refuted", "refutes", "refute", "disputed", "disputes", "contested", "contests", "exaggerated", "overstated", "inflated", "speculative", "fabricated", "a fabrication", "hoax", "fake news", "false news", "disinformation", "baseless", "groundless", "unfounded", "nonsense", "untrue", "not true",
            // "false" only as what something is said to be: "said reports of dozens of deaths were false", not "a false alarm".
            "was false", "were false", "is false", "are false", "to be false",
            // "absurd" likewise: "said the accusation of spying was absurd", "dismissed the charges as absurd".
            "was absurd", "were absurd", "is absurd", "are absurd", "as absurd",
            // And "a lie" ("it was a lie", "dismissed the figure as a lie"), not "lie" alone ("the town lies on a
            // river").
            "was a lie", "is a lie", "as a lie", "were lies", "are lies", "as lies", "it's a lie", "it’s a lie", "that's a lie", "that’s a lie",
            // A result rejected: "said the figures announced by the commission were null and void".
            "null and void",
            // So of a figure or a report: "said the figure of 164 dead was a technical mistake", "said the reports were
            // inaccurate" (not "a mistake" alone, which owns a deed: "admitted the strike was a mistake").
            "was incorrect", "were incorrect", "is incorrect", "are incorrect", "was inaccurate", "were inaccurate", "is inaccurate",
            "are inaccurate", "was erroneous", "were erroneous", "was a technical mistake", "was a technical error",
            "not credible", "misleading", "misled the public",
            // Only of an account, a finding or a figure ("did not accept that conclusion"), never of an offer.
            "did not accept", "does not accept", "do not accept", "refused to accept", "would not accept", "never accepted",
            // A belief denied of what happened: "said he did not believe tear gas had caused her death".
            "did not believe", "does not believe", "do not believe",
            // Of what happened, never of what may come ("unlikely to strengthen"): "the foam was unlikely to have caused it".
            "unlikely to have",
            // "said it was scientifically impossible that a missile had hit the plane".
            "impossible that",
            // Of what others say happened: "the government had no record of farmers dying during the protests".
            "had no record of", "has no record of", "have no record of",
            // "admitted that he lied when he said fans had forced open the gate": what was said, owned as false.
            "lied when he said", "lied when she said", "lied when they said", "lied when it said" })
        {
            x.StanceCues[cue] = Stance.Denied;
        }

        foreach (var cue in new[]
        {
            "cannot verify", "can not verify", "cannot confirm", "could not confirm", "could not verify", "can't confirm", "can't verify",
            "unable to confirm", "unable to verify", "yet to confirm", "has not confirmed", "have not confirmed", "not confirmed",
            "has not acknowledged", "have not acknowledged", "not acknowledged", "not been confirmed", "was not confirmed", "unverified",
            "could not independently verify", "could not independently confirm", "cannot independently verify", "cannot independently confirm",
            "unable to independently verify", "unable to independently confirm", "could not immediately verify", "could not immediately confirm",
            "has not independently verified", "have not independently verified", "not been independently verified", "not independently verified",
            "not been able to confirm", "not been able to verify", "not able to confirm", "not able to verify",
        })
        {
            x.StanceCues[cue] = Stance.Unverified;
        }

        foreach (var cue in new[] { "confirmed", "confirms", "confirming", "corroborated", "verified", "acknowledged" })
        {
            x.StanceCues[cue] = Stance.Confirmed;
        }
    }

    private static void Page(ExtractionLexicon x)
    {
        x.BoilerplateLines.AddRange([
            @"^\s*(get|sign up for|subscribe to)\b.*\bnewsletter\b.*$",
            @"^\s*subscribe\b.*$",
            @"^\s*success!.*$",
            @"^.*\bcheck your (e-?mail|inbox|spam folder)\b.*$",
            @"^.*\bconfirmation link\b.*$",
            @"^\s*ok,? thanks!?\s*$",
            @"^\s*(image|photo|picture|video) credit:.*$",
            @"^.*\bvia getty images\b.*$",
            @"^\s*read more\.*\s*$",
            // A link with its heading on one line: "Read more: Kenya's contested elections", "Related: The tanker war".
            @"^\s*(read more|related|see also|more on this story)\s*:\s*\S.*$",
            @"^\s*[-•*]?\s*level \d+\s*$",
            @"^\s*quiz\s*$",
            @"^\s*(share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit)(\s+(this|on|article|story))?\s*$",
            @"^.*\bprofile image\s*$",
            @"^\s*by [^.!?]{2,80}$",
            @"^\s*advertisement\s*$",
            @"^\s*sources?:\s*(\[\d+\].*)$",
            @"^\s*(facts|narratives|predictions|what's the story|in short|key points|summary)\s*$",
        ]);
        x.TruncatingLines.AddRange([
            @"^\s*comments?\s*$",
            @"^\s*popular posts( from this blog)?\s*$",
            @"^\s*(related|recommended|more from|you may also like|read next|trending)( (articles|posts|stories|news))?:?\s*$",
        ]);
        x.LinkBoxHeadings.AddRange([
            @"^\s*(most (read|popular|viewed|shared|watched)|top stories|more on this story|more stories|editor'?s picks|read more|see also)\s*:?\s*$",
        ]);
        x.InlineBoilerplate.AddRange([
            @"Summarize\s+Simplifying\.{3}\s*In short\s*",
            @"\[\d+\](\[\d+\])*",
            @"^\s*What's the story\s+",
            @"\.{3,}\s*$",
        ]);
        foreach (var abbreviation in new[]
        {
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "pres", "st",
            "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "dept", "univ", "fig",
        })
        {
            x.Abbreviations.Add(abbreviation);
        }
    }
}
