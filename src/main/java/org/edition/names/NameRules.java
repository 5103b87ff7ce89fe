package org.edition.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names that no register lists, by their context: a person after a title or role
 * ("Ambassador Qiao", "Foreign Minister Pak"); places by their kind ("Jilin Province", "the Yalu
 * River", "Yalu and Tumen Rivers"); organizations by theirs ("Ministry of ...", "... Embassy in
 * ...", "... Committee", "... Party", "... Department"). Adjectives ("Korean side"), ethnic groups,
 * bare roles and generic bodies are not names and are not matched. Immutable and thread-safe.
 */
final class NameRules {
    /** Words after "Minister of" that name a portfolio, not a person. */
    private static final Set<String> PORTFOLIO = Set.of("of", "the", "and", "for", "Foreign", "Affairs", "External",
            "Trade", "Defence", "Defense", "Public", "Security", "Culture", "Education", "Interior", "Internal",
            "Finance", "Agriculture", "Industry", "Health", "Justice", "Fisheries", "State", "National",
            "Economic", "Relations", "Communications", "Transport", "Labour", "Labor", "Planning", "Heavy",
            "Light", "Light-Industry", "High", "Commerce", "Railways", "Information", "Propaganda", "d'Affaires", "Affaires",
            "Food", "Forestry", "Mines", "Energy", "Power", "Housing", "Works", "Supply", "Irrigation", "Lands", "Posts",
            "Telegraphs", "Shipping", "Aviation", "Tourism", "Youth", "Social", "Welfare", "Economy", "Construction",
            "Development", "Reform", "Agrarian", "Coal", "Oil", "Petroleum", "Chemical", "Metallurgy",
            // "Deputy Under Secretary of State", "Assistant Secretary": parts of a title, not a name after it
            "Under", "Assistant", "Permanent", "Parliamentary", "Executive",
            // "Chief Expert", "Chief Engineer": the role a title qualifies, no name
            "Expert", "Engineer", "Inspector", "Adviser", "Advisor", "Editor", "Economist", "Specialist", "Officer");
    /** Capitalised words that are never part of a person's name. */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "This", "That", "In", "On", "At", "Of", "Prime",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Committee", "Assembly", "Council", "Department", "Ministry", "Embassy", "Government", "Party", "Head",
            "Staff", "Office", "Bureau", "Commission", "Delegation", "Side", "Republic", "People's", "State", "I",
            "He", "She", "We", "They", "It", "Yes", "No", "His", "Her", "Their", "Your", "Our", "My", "Its",
            "Highness", "Excellency", "Majesty", "Lordship", "Holiness", "Extraordinary", "Plenipotentiary", "Affairs", "Foreign",
            "Privy", // "the Lord Privy Seal": an office, not a peer
            "Legation", "Consulate", "Mission", "Division", "Agency", "Institute", "Army", "Navy", "Union", "Front",
            // words that open a sentence before a verb of speaking: "Then Liaquat said", "Everyone agreed"
            "Then", "Later", "Finally", "However", "Also", "Again", "Moreover", "Thereafter", "Afterwards", "Next",
            "Everyone", "Everybody", "Nobody", "Somebody", "Someone", "Both", "All", "Some", "Others", "Each",
            "Many", "Most", "Neither", "Either", "Who", "Which", "What", "One", "None", "Thus", "Hence",
            "Therefore", "Meanwhile", "Yesterday", "Today", "Tomorrow", "Here", "There", "Nevertheless",
            "Subsequently", "Furthermore", "Instead", "Lastly");
    private static final Set<String> PARTICLES = Set.of("de", "da", "van", "von", "der", "bin", "ibn", "al", "el",
            "la", "le", "du", "do", "dos", "das", "y", "del", "las", "los", "di");
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";
    private static final Set<String> PLACE_HEADS = Set.of("Province", "River", "County", "Prefecture", "Oblast", "Passage",
            "District", "Island", "Islands", "Mountains", "Sea", "Lake", "Strait", "Peninsula", "Valley", "Canal", "Bay",
            "Autonomous", "Pass", "Palace", "Dam", "Reservoir", "Bridge", "Airport", "Desert", "Plateau", "Delta",
            "Base", "House", "Street", "Avenue", "Boulevard", "Square", "Hotel", "Gulf", "Road");
    /** Words before "Palace" that say whose seat it is, not which palace: "the Presidential Palace". */
    private static final Set<String> GENERIC_PALACES = Set.of("Presidential", "Royal", "Imperial", "Government");
    private static final Pattern TWO_RIVERS = Pattern.compile("\\b(" + CAP + ") and (" + CAP + ") Rivers\\b");
    /** A capitalised word that does not begin another organization, nor a sentence's "I" ("... of Germany I thank"). */
    private static final String CAPX = "(?!Ministry\\b|Embassy\\b|I \\p{Ll}|\\p{Lu}\\. \\p{Lu})\\p{Lu}[\\p{L}'’-]*";
    /** A word with a possessive 's, other than "People's": it begins another name ("and China's Ministry of ..."). */
    private static final String POSSESSIVE = "(?!People['’]s)\\p{Lu}[\\p{L}-]*['’]s\\b";
    /** More words of a name: capitalised ones, and "and", "for", "of (the)", "with the" between them. */
    /** A title: "the Politburo of the MPRP and Deputy Premier Dashdorj" names a body and a person, not one body. */
    private static final String TITLE_WORD = "(?:" + String.join("|", new java.util.TreeSet<>(Titles.ALL)) + ")\\b";
    private static final String CONT = "(?: " + CAPX + "| and(?= (?!" + POSSESSIVE + ")(?!" + TITLE_WORD + ")" + CAPX
            + ")| for(?= " + CAPX
            + ")| of(?: the)?(?= " + CAPX + ")| with the(?= " + CAPX + "))";
    private static final String OF_PART = "(?: of(?: the)? " + CAPX + CONT + "*)?";
    private static final Set<String> EMBASSY_WORDS = Set.of("Embassy", "Legation", "Consulate-General", "Consulate",
            "Trade Mission");
    private static final Set<String> ORG_HEADS = Set.of("Ministry", "Embassy", "Legation", "Consulate-General",
            "Consulate", "Mission", "Committee", "Party", "Department", "Commission", "Council", "Bureau", "Agency",
            "Institute", "Academy", "Front", "Directorate", "Union", "Assembly", "Division", "League", "Government",
            "Bank", "Organization", "Organisation", "University", "College", "Army", "Navy", "Force", "Forces",
            "Militia", "Corps", "Shipyard", "Airways", "Airlines", "Politburo", "Presidium", "Secretariat",
            "Collegium", "Authority", "School", "Court", "Parishad", "Sabha", "Sangh", "Samiti", "Chamber", "CC", "Office",
            "Group", "Daily", "Fleet", "Guard", "Junta");
    /**
     * Bodies named by their kind alone where no article or other word comes before them ("Congress
     * had cut the appropriation"); with one ("the IX Party Congress", "the Indian Parliament") they
     * are an event or a body whose name is not given.
     */
    private static final Set<String> BARE_HEADS = Set.of("Congress", "Parliament");
    private static final int BARE_HEAD = 2048;
    /** Heads of armed bodies: a name only with words that say whose ("Yugoslav People's Army", "United States Air Force"). */
    private static final Set<String> ARMED_HEADS = Set.of("Army", "Navy", "Force", "Forces", "Militia", "Corps", "Fleet",
            "Guard");
    /** Words that say what kind an armed body is, not whose. */
    private static final Set<String> ARMED_KINDS = Set.of("Armed", "Air", "Naval", "Land", "Ground", "Border",
            "Security", "Special", "Regular", "Expeditionary", "Task", "Marine", "Police", "Volunteer");

    private static boolean onlyKindWords(String words) {
        for (String w : words.strip().split(" ")) {
            if (!w.isEmpty() && !ARMED_KINDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Heads that name a body only with what it is of: "Government of India", never "the Soviet Government". */
    private static final Set<String> OF_ONLY_HEADS = Set.of("Government");
    /**
     * Heads that name a body only with a name after "of": "the Junta of the Government of National
     * Reconstruction"; "the Revolutionary Junta" names none.
     */
    private static final Set<String> OF_NAME_HEADS = Set.of("Junta");
    /** Heads that name a body only with words before them: "Union of South Africa" is a state, "Writers' Union" a body. */
    private static final Set<String> WORDS_BEFORE_HEADS = Set.of("Union");
    /** "Republic of Cuba", "People's Republic of Angola", "Kingdom of Laos": a state named by its form. */
    private static final Set<String> STATE_HEADS = Set.of("Republic", "Kingdom");
    /** The words that make a state with "of" after them: its forms, and "the State of Vietnam". */
    private static final Set<String> STATE_HEAD_WORDS = Set.of("Republic", "Kingdom", "State");
    /** Words that make a region of a known place: "Eastern Europe", "South Asia", "Northwest Pacific". */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "North-East",
            "North-West", "South-East", "South-West");
    private static final int TITLE = 1;
    private static final int IN_PORTFOLIO = 2;
    private static final int NEVER_NAME = 4;
    private static final int PARTICLE = 8;
    private static final int PLACE_HEAD = 16;
    private static final int ORG_HEAD = 32;
    private static final int STATE_HEAD = 64;
    private static final int SPEAKING = 128;
    private static final int BEFORE_VERB = 256;
    private static final int NAMED_AFTER = 512;
    /**
     * Kind words that come before the name of what they are: "Radio Moscow", "Radio Free Europe", and
     * a party's central committee in Soviet usage, "CC CPSU".
     */
    private static final Set<String> HEADS_BEFORE = Set.of("Radio", "CC");
    private static final int PLACE_NAMED_AFTER = 1024;
    /** Kinds of place that come before the name: "Villa Joly", "Lake Success", "Camp David", "Plaza de Mayo". */
    private static final Set<String> PLACE_HEADS_BEFORE = Set.of("Villa", "Hotel", "Mount", "Lake", "Cape", "Fort",
            "Camp", "Plaza", "Palacio", "Palácio", "Palais", "Palazzo", "Piazza", "Casa", "Avenida", "Calle",
            // the saints that name places in Portuguese and Spanish: "São Salvador", "Santo Domingo", "Santa Clara"
            "São", "Santo", "Santa",
            // the Arabic for a hill, in the names of Amman's districts and of mountains: "Jabal al-Hussein"
            "Jabal", "Jebel");
    /** Verbs of speaking and reporting that a memorandum puts after a person: "Liaquat said", "Kumykin stated". */
    private static final Set<String> SPEAKING_VERBS = Set.of("said", "stated", "replied", "asked", "added", "noted",
            "declared", "proposed", "explained", "emphasized", "emphasised", "stressed", "remarked", "answered",
            "promised", "agreed", "mentioned", "recalled", "suggested", "insisted", "observed", "requested", "urged",
            "warned", "thanked", "confirmed", "objected", "responded", "announced", "reported", "conveyed", "raised",
            "expressed", "informed", "told", "indicated", "inquired", "enquired", "assured", "repeated", "underlined",
            "concluded", "argued", "claimed", "acknowledged", "admitted", "denied");
    /** Adverbs a memorandum puts between a person and the verb: "Gromyko then raised", "Ri also stated". */
    private static final Set<String> BEFORE_SPEAKING = Set.of("then", "also", "again", "further", "later", "finally",
            "immediately", "once", "thereupon");
    /** What each word of the vocabulary is to the rules, by its number. */
    private final int[] kinds;

    /** The words the rules look for, for the {@link Vocabulary} they are built on. */
    static List<String> words() {
        List<String> out = new ArrayList<>();
        for (Set<String> s : List.of(Titles.ALL, PORTFOLIO, NOT_NAME, PARTICLES, PLACE_HEADS, ORG_HEADS, STATE_HEAD_WORDS,
                SPEAKING_VERBS, BEFORE_SPEAKING, HEADS_BEFORE, PLACE_HEADS_BEFORE, BARE_HEADS)) {
            out.addAll(s);
        }
        return out;
    }

    NameRules(Vocabulary vocabulary) {
        kinds = new int[vocabulary.size()];
        mark(vocabulary, Titles.ALL, TITLE);
        mark(vocabulary, PORTFOLIO, IN_PORTFOLIO);
        mark(vocabulary, NOT_NAME, NEVER_NAME);
        mark(vocabulary, PARTICLES, PARTICLE);
        mark(vocabulary, PLACE_HEADS, PLACE_HEAD);
        mark(vocabulary, ORG_HEADS, ORG_HEAD);
        mark(vocabulary, STATE_HEAD_WORDS, STATE_HEAD);
        mark(vocabulary, SPEAKING_VERBS, SPEAKING);
        mark(vocabulary, BEFORE_SPEAKING, BEFORE_VERB);
        mark(vocabulary, HEADS_BEFORE, NAMED_AFTER);
        mark(vocabulary, PLACE_HEADS_BEFORE, PLACE_NAMED_AFTER);
        mark(vocabulary, BARE_HEADS, BARE_HEAD);
    }

    private void mark(Vocabulary vocabulary, Set<String> words, int kind) {
        for (String w : words) {
            kinds[vocabulary.id(w)] |= kind;
        }
    }

    /** "Ministry of Foreign Affairs", "Ministry for Foreign Affairs of the GDR". */
    private static final Pattern MINISTRY_TAIL = Pattern.compile(" (?:of|for)(?: the)? " + CAPX + CONT + "*");
    /** Capitalised words that say when, not where: "the Yugoslav Embassy in November [1956]". */
    private static final String NOT_WHERE = "(?!(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Spring|Summer|Autumn|Winter)\\b)";
    private static final Pattern EMBASSY_TAIL = Pattern.compile(OF_PART + "(?: in(?: the)? " + NOT_WHERE + CAPX
            + "(?: " + CAPX + ")*)?");
    /** What a body is of or for: "Committee of Ministers", "Commission for Supervision and Control". */
    private static final Pattern OF_TAIL = Pattern.compile("(?: (?:of|for)(?: the)? " + CAPX + CONT + "*)?");

    /** Candidates found by rule in one block's view. */
    List<Candidate> find(String text, Tokens tokens, boolean dialogue) {
        List<Candidate> out = new ArrayList<>();
        // titles and kind words are capitalised: other words are looked up only when a rule asks
        int[] kinds = new int[tokens.size()];
        int all = 0;
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = tokens.capitalised(i) ? kindOf(tokens, i) : NOT_LOOKED_UP;
            all |= kinds[i];
        }
        if ((all & TITLE) != 0) {
            persons(text, tokens, kinds, out);
        }
        if ((all & PLACE_HEAD) != 0 || text.indexOf("Rivers") >= 0) {
            places(text, tokens, kinds, out);
        }
        placesOf(text, tokens, out);
        if ((all & STATE_HEAD) != 0) {
            states(text, tokens, kinds, out);
        }
        if ((all & ORG_HEAD) != 0) {
            organizations(text, tokens, kinds, out);
        }
        if ((all & (NAMED_AFTER | PLACE_NAMED_AFTER)) != 0) {
            namedAfter(text, tokens, kinds, out);
        }
        if ((all & BARE_HEAD) != 0) {
            legislatures(text, tokens, kinds, out);
        }
        speakers(text, tokens, kinds, out);
        if (dialogue) {
            labelledSpeakers(text, tokens, kinds, out);
        }
        appositives(text, tokens, kinds, out); // a title in lower case too: "Khider, the general secretary"
        // the first letters of DocumentLayout.PARTICIPANTS: most blocks make no Matcher
        if (!text.isEmpty() && "PpAaTtEe".indexOf(text.charAt(0)) >= 0) {
            whoWasPresent(text, tokens, kinds, out);
        }
        leadersOf(text, tokens, kinds, out);
        initialled(text, tokens, kinds, out);
        if (text.indexOf("U ") >= 0) {
            burmeseNames(text, tokens, out);
        }
        if ((all & TITLE) != 0) {
            titlesSetOff(text, tokens, kinds, out);
        }
        lowerCaseTitles(text, tokens, kinds, out);
        inCompany(text, tokens, kinds, out);
        return out;
    }

    private static WordTable<Boolean> table(String... words) {
        return table(List.of(words));
    }

    private static WordTable<Boolean> table(java.util.Collection<String> words) {
        WordTable<Boolean> t = new WordTable<>();
        for (String w : words) {
            t.put(w, Boolean.TRUE);
        }
        return t;
    }

    /** Prepositions after which a name is a place's: "retreating towards Jijiga", "in Dire Dawa". */
    private static final WordTable<Boolean> PLACE_PREPOSITIONS = table("in", "at", "near", "towards", "toward",
            "around", "outside", "via", "through");
    /**
     * Words in lower case that may follow a place's name; any other, a noun, makes the capitalised
     * words before it an adjective ("in Soviet hands", "at Party meetings").
     */
    private static final WordTable<Boolean> AFTER_A_PLACE = table("and", "or", "but", "with", "the", "to", "on", "in",
            "at", "for", "from", "by", "of", "into", "was", "were", "is", "are", "had", "has", "have", "would",
            "will", "could", "where", "which", "who", "when", "while", "as", "since", "before", "after", "during",
            "until", "last", "this", "that", "again", "went", "fell", "began", "lay", "stood", "remained", "be", "been",
            "being", "can", "may", "might", "should", "must", "did", "does", "not", "also", "too", "so", "yet");
    /** Capitalised words after a preposition that name no place: a part of a text, a feast, a doctrine. */
    private static final WordTable<Boolean> NOT_PLACES = table("Article", "Articles", "Annex", "Appendix", "Chapter",
            "Section", "Paragraph", "Point", "Points", "Item", "Document", "Table", "Part", "Christmas", "Easter",
            "Ramadan", "Socialist", "Democratic", "Independent", "Revolutionary", "Federal", "Arab",
            "Muslim", "Moslem", "Catholic", "Orthodox", "Marxism",
            "Leninism", "Marxism-Leninism", "Socialism", "Communism", "Capitalism", "Islam", "Buddhism", "Parliament",
            "Congress", "Pravda", "Izvestia", "Izvestiya");
    /** Languages by their English names: "written in Korean" names no place. */
    private static final WordTable<Boolean> LANGUAGES = table(org.edition.encode.Languages.englishNames());

    /** Endings of adjectives and of words for beliefs: "Chinese", "Polish", "Mongolian", "Korean", "Eastern", "Maoism". */
    private static final String[] ADJECTIVE_ENDINGS = {"ese", "ish", "ian", "ean", "ern", "ism", "ist", "ity"};
    /** Peoples' adjectives that end otherwise: "the French Ambassador", "the American Embassy". */
    private static final Set<String> IRREGULAR_ADJECTIVES = Set.of("Soviet", "French", "Dutch", "Greek", "Thai", "Swiss",
            "Czech", "Slovak", "German", "American", "Cuban", "Mexican", "Moroccan", "Yugoslav", "Afghan", "Pakistani",
            "Iraqi", "Israeli", "Nepali", "Somali", "Yemeni", "Saudi", "Kuwaiti", "Khmer", "Tibetan", "Uzbek", "Kazakh",
            "Tajik", "Kyrgyz", "Turkmen", "Mongol", "Bengali", "Punjabi", "Sindhi", "Pashtun", "Baluch");

    /**
     * A place that no list knows, after a preposition of place: one to three capitalised words, the
     * preposition in lower case right before them ("the Somali troops were retreating towards Jijiga",
     * "General Petrov was in Dire Dawa"). Not a title, a kind of body or place, a month, an acronym,
     * a language, an adjective (a noun follows it, or it ends like one), nor a possessive ("at Kim's
     * invitation"). Only where nothing else was found in the same words: "in Eritrea Berhanu was
     * ..." is a known place and a person, "in Hyderabad [Sind]" two places.
     */
    List<Candidate> placesAfterPrepositions(String text, Tokens t) {
        int[] kinds = null; // looked up only where a capitalised word follows a preposition of place
        List<Candidate> out = new ArrayList<>(0);
        for (int k = 1; k < t.size(); k++) {
            if (!t.capitalised(k) || t.capitalised(k - 1) || !t.joined(k - 1)
                    || t.lookUp(PLACE_PREPOSITIONS, k - 1) == null) {
                continue;
            }
            int last = t.capitalisedRunEnd(k, 2);
            if (kinds == null) {
                kinds = new int[t.size()];
                java.util.Arrays.fill(kinds, NOT_LOOKED_UP);
            }
            if (!mayBeAPlace(text, t, kinds, k, last)) {
                continue;
            }
            int after = t.end(last);
            if (after < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '’')) {
                continue; // "at Kim's invitation": a person's
            }
            if (last + 1 < t.size() && t.joined(last) && t.lookUp(AFTER_A_PLACE, last + 1) == null
                    && !text.startsWith("ed", t.end(last + 1) - 2)) {
                continue; // "in Soviet hands": an adjective before its noun; "at Kara Marda ended" a verb
            }
            out.add(new Candidate(t.start(k), t.end(last), EntityType.PLACE, text.substring(t.start(k), t.end(last)),
                    null));
            listedAfter(text, t, kinds, last, out);
        }
        return out;
    }

    /** Words in lower case before "of the" that make what follows a body: "the leader of the Khmer Serei". */
    private static final WordTable<Boolean> BODY_MEMBERS = table("leader", "leaders", "founder", "founders", "member",
            "members", "congress", "chairman");

    /**
     * A body named after a word for its leaders, members or congress and "of the": "The leader of the
     * Khmer Serei", "the special congress of the Sangkum"; one to three capitalised words, none a kind of
     * body or place, a title or a word no name has ("the leader of the Party" names no one body). A last
     * resort: asked only where nothing else was found in the same words.
     */
    List<Candidate> bodiesLedBy(String text, Tokens t) {
        List<Candidate> out = List.of();
        for (int j = 0; j + 3 < t.size(); j++) {
            if (t.capitalised(j) || !t.joined(j) || !t.is(j + 1, "of") || !t.joined(j + 1) || !t.is(j + 2, "the")
                    || !t.joined(j + 2) || !t.capitalised(j + 3) || t.lookUp(BODY_MEMBERS, j) == null) {
                continue;
            }
            int last = t.capitalisedRunEnd(j + 3, 2);
            // "the members of the French colony": an adjective before its noun names no body
            boolean name = !endsLikeAnAdjective(text, t.start(last), t.end(last))
                    && !(last + 1 < t.size() && t.joined(last) && t.lookUp(AFTER_A_PLACE, last + 1) == null);
            for (int k = j + 3; k <= last && name; k++) {
                name = (kindOf(t, k) & (NEVER_NAME | TITLE | PLACE_HEAD | ORG_HEAD | STATE_HEAD)) == 0
                        && !inCapitals(text, t.start(k), t.end(k));
            }
            if (name) {
                out = out.isEmpty() ? new ArrayList<>() : out;
                out.add(new Candidate(t.start(j + 3), t.end(last), EntityType.ORG, text.substring(t.start(j + 3),
                        t.end(last)), null));
            }
        }
        return out;
    }

    /** Whether a word in lower case ends a space before {@code open}: "the international force [UNFICYP]". */
    static boolean lowerCaseWordBefore(String text, int open) {
        int w = wordBefore(text, open);
        return w >= 0 && Character.isLowerCase(text.charAt(w));
    }

    /**
     * "the Consulate General of the GDR in Dar es Salaam": a body's name read by rule stops at a word
     * in lower case, which may be inside a place's name; where a place found there begins inside the
     * body's name and ends after it, the body's name reads on to the place's end.
     */
    static void readOnIntoPlaces(List<Candidate> candidates, String text) {
        for (int i = 0, n = candidates.size(); i < n; i++) {
            Candidate body = candidates.get(i);
            if (body.type() != EntityType.ORG || body.entry() != null) {
                continue;
            }
            for (Candidate place : candidates) {
                if (place.type() == EntityType.PLACE && place.start() > body.start() && place.start() < body.end()
                        && place.end() > body.end()) {
                    candidates.set(i, new Candidate(body.start(), place.end(), EntityType.ORG,
                            text.substring(body.start(), place.end()), null));
                    break;
                }
            }
        }
    }

    /**
     * A body named by an acronym no list knows, in running text: "FRELIMO now operated", "supported
     * FRELIMO". Three to eight capital letters, on a line with letters in lower case (not a line in capitals),
     * not a Roman numeral, a speaker's label ("NEHRU:"), nor a word a telegram writes in capitals
     * ("STOP", "NODIS", "GMT"). The states' acronyms are known places (USSR, DRV, ČSSR), so an unknown
     * one is most likely a party's, a front's or an agency's. Only where nothing else was found.
     */
    List<Candidate> acronymsInProse(String text, Tokens t) {
        List<Candidate> out = new ArrayList<>(0);
        for (int k = 0; k < t.size(); k++) {
            int s = t.start(k);
            int e = t.end(k);
            if (e - s < 3 || e - s > 8 || !t.capitalised(k) || !Character.isUpperCase(text.charAt(e - 1))) {
                continue; // the common case: a word in lower case, or capitalised only
            }
            String word = text.substring(s, e);
            if (!capitalLetters(text, s, e) && !mixedCaseAcronym(text, s, e) || romanLetters(text, s, e)
                    || IN_CAPITALS_NOT_A_NAME.contains(word) || (e < text.length() && text.charAt(e) == ':')
                    || !lineHasLowerCase(text, s, e)) {
                continue;
            }
            if (k + 1 < t.size() && t.start(k + 1) == e + 1 && text.charAt(e) == ' '
                    && capitalLetters(text, e + 1, t.end(k + 1)) && !IN_CAPITALS_NOT_A_NAME.contains(t.word(k + 1))) {
                e = t.end(k + 1); // "MFA USSR": whose ministry, in capitals too
                k++;
            }
            out.add(new Candidate(s, e, EntityType.ORG, text.substring(s, e), null));
        }
        return out;
    }

    /**
     * Whether the word from {@code s} to {@code e} is two capital letters or more and nothing else:
     * an acronym, where {@link #inCapitals} also lets a reference code through ("ĐN-TƯ", "W 50").
     */
    private static boolean capitalLetters(String text, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word from {@code s} to {@code e}, capitals at both ends, has a single small letter
     * here and there between them, as the acronyms of German and other names write their particles:
     * "SdP", "KPdSU", "PdA".
     */
    private static boolean mixedCaseAcronym(String text, int s, int e) {
        if (e - s > 6) {
            return false;
        }
        for (int i = s + 1; i < e - 1; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || Character.isLowerCase(c) && Character.isLowerCase(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line of the word from {@code s} to {@code e} has a letter in lower case: it is no line in capitals. */
    private static boolean lineHasLowerCase(String text, int s, int e) {
        for (int i = s - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        for (int i = e; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words that telegrams and headings write in capitals, and words written so for emphasis. */
    private static final Set<String> IN_CAPITALS_NOT_A_NAME = Set.of("STOP", "END", "ENDS", "TEXT", "QUOTE",
            "UNQUOTE", "PARA", "REF", "REFTEL", "NODIS", "LIMDIS", "EXDIS", "NIACT", "IMMEDIATE", "URGENT", "SECRET",
            "CONFIDENTIAL", "TOP", "EYES", "ONLY", "FYI", "GMT", "UTC", "NOT", "AND", "THE", "ALL", "YES", "NEW", "STATE",
            "DEPTEL", "EMBTEL", "DEPT");

    /**
     * "near Boghari and Sour El Ghozlane", "at Kati, Tessalit and Gao": the places listed after one
     * found by its preposition (ending at token {@code last}), by commas and a last "and" or "or";
     * without that "and" the words after a comma may be anything ("in Paris, Smith said").
     */
    private void listedAfter(String text, Tokens t, int[] kinds, int last, List<Candidate> out) {
        List<int[]> items = new ArrayList<>(2);
        int cur = last;
        boolean closed = false;
        while (!closed && items.size() < 6) {
            boolean comma = text.startsWith(", ", t.end(cur));
            int next = cur + 1;
            if (next < t.size() && (t.is(next, "and") || t.is(next, "or")) && (t.joined(cur) || comma)
                    && t.joined(next)) {
                next++;
                closed = true;
            } else if (!comma || next >= t.size() || t.start(next) != t.end(cur) + 2) {
                break;
            }
            if (next >= t.size() || !t.capitalised(next)) {
                break;
            }
            int end = t.capitalisedRunEnd(next, 2);
            if (!mayBeAPlace(text, t, kinds, next, end)) {
                break;
            }
            items.add(new int[] {next, end});
            cur = end;
        }
        if (closed) {
            for (int[] item : items) {
                out.add(new Candidate(t.start(item[0]), t.end(item[1]), EntityType.PLACE,
                        text.substring(t.start(item[0]), t.end(item[1])), null));
            }
        }
    }

    /**
     * Whether tokens {@code first} to {@code last} may be a place's name that no list knows: words as a
     * person's, or a letter after a word ("Area A"); not a part of a text, a doctrine, a language, or
     * words that end like an adjective.
     */
    private boolean mayBeAPlace(String text, Tokens t, int[] kinds, int first, int last) {
        for (int k = first; k <= last; k++) {
            boolean letter = k > first && t.end(k) - t.start(k) == 1 && !t.is(k, "I");
            if (!letter && !personsWords(text, t, kinds, k, k)) {
                return false;
            }
        }
        return t.lookUp(NOT_PLACES, first) == null && t.lookUp(LANGUAGES, first) == null
                && !endsLikeAnAdjective(text, t.start(last), t.end(last));
    }

    /**
     * Whether the word at [start, end) reads as an adjective or a word for a belief, not a name: "Soviet",
     * "Chinese", "Tibetan", "Eastern", "Maoism" (a word long enough for its ending: "Bern" is a city).
     */
    static boolean endsLikeAnAdjective(String text, int start, int end) {
        if (end - start <= 9 && IRREGULAR_ADJECTIVES.contains(text.substring(start, end))) {
            return true;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (end - start > ending.length() + 2 && text.startsWith(ending, end - ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** The titles as running text writes them in lower case: "the Canadian commissioner Blair Seaborn", "its chairman Aidit". */
    private static final WordTable<Boolean> LOWER_CASE_TITLES = lowerCaseTitles();

    private static WordTable<Boolean> lowerCaseTitles() {
        List<String> titles = new ArrayList<>(Titles.ALL.stream().filter(title -> !Titles.isAbbreviated(title))
                .map(title -> title.toLowerCase(java.util.Locale.ROOT)).toList());
        // roles that are no titles, set before a name only in lower case: "his successor, Francisco Urcuyo,"
        titles.addAll(List.of("successor", "predecessor", "spokesman", "adviser", "advisor", "aide", "leader"));
        return table(titles);
    }
    /** Possessives before a title in lower case: "its chairman Aidit". */
    private static final String[] OWNERS = {"its", "his", "her", "their", "our", "my", "your", "whose", "Its", "His",
        "Her", "Their", "Our", "My", "Your", "Whose"};

    /**
     * A person after a title in lower case, where the words before it say whose title it is: a
     * capitalised adjective ("the Canadian commissioner Blair Seaborn") or a possessive ("its chairman
     * Aidit"). Without them ("the chairman Lin said") the capitalised word may be anything.
     */
    private void lowerCaseTitles(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int j = 1; j + 1 < t.size(); j++) {
            // "the British chargé d'affaires, [Donald] Hopson": a title of two words
            int i = t.is(j + 1, "d'affaires") && t.joined(j) && j + 2 < t.size() ? j + 1 : j;
            // "its chairman Aidit", and set off by commas, "Its secretary-general, Francisco Prado, said"
            boolean commas = !t.joined(i) && t.start(i + 1) == t.end(i) + 2 && text.startsWith(", ", t.end(i));
            if (t.capitalised(i) || !t.capitalised(i + 1) || !t.joined(i) && !commas || !t.joined(j - 1)
                    || t.lookUp(LOWER_CASE_TITLES, j) == null) {
                continue;
            }
            boolean whose = t.capitalised(j - 1) && (kind(t, kinds, j - 1) & NOT_A_SPEAKER) == 0
                    && !inCapitals(text, t.start(j - 1), t.end(j - 1)) || anyIs(t, j - 1, OWNERS);
            int last = whose ? nameAfterTitle(text, t, kinds, i + 1) : -1;
            if (commas && last > i && !text.startsWith(",", t.end(last))) {
                continue; // "its chairman, Party members ...": no name set off by commas
            }
            if (last > i && !inCapitals(text, t.start(i + 1), t.end(i + 1))) {
                out.add(new Candidate(t.start(i + 1), t.end(last), EntityType.PERSON,
                        text.substring(t.start(i + 1), t.end(last)), null));
            }
        }
    }

    private static boolean anyIs(Tokens t, int i, String[] words) {
        for (String w : words) {
            if (t.is(i, w)) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a capitalised word is a place or a time, not a person: "in Gujrat, the Governor ...". */
    private static final Set<String> BEFORE_NO_PERSON = Set.of("in", "at", "from", "to", "of", "near", "for", "with",
            "by", "on", "into", "via", "across", "over", "through", "between");

    /**
     * A person named before a role in apposition: one to three capitalised words, a comma, "the", up to
     * three capitalised words and a title ("Ghulam Muhammad, the Finance Minister, ...", "Diallo Telli,
     * the Guinean Ambassador ..."). The words before the name must not run into it: a capitalised word
     * or a preposition there ("In Karachi, the Governor") makes it no person.
     */
    private void appositives(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int j = 2; j < t.size(); j++) {
            // "Diallo Telli, the Guinean Ambassador", "Khider, the general secretary of the Political Bureau",
            // "Hussein Ala, the Iranian representative"
            if ((kinds[j] & TITLE) == 0 && (t.capitalised(j) || !t.is(j - 1, "the") && !t.capitalised(j - 1)
                    || t.lookUp(LOWER_CASE_TITLES, j) == null)) {
                continue;
            }
            int k = j - 1;
            for (int adjectives = 0; k >= 0 && adjectives < 3 && t.capitalised(k) && t.joined(k); adjectives++) {
                k--;
            }
            int n = k - 1; // the name's last word, before ", the"
            if (n < 0 || !t.is(k, "the") || !t.joined(k) || t.end(n) + 2 != t.start(k)
                    || !text.startsWith(", ", t.end(n))) {
                continue;
            }
            int first = nameEndingAt(t, n);
            if (first >= 0 && personsWords(text, t, kinds, first, n)) {
                out.add(new Candidate(t.start(first), t.end(n), EntityType.PERSON,
                        text.substring(t.start(first), t.end(n)), null));
            }
        }
    }

    /**
     * "U Thant", "U Nu", "U Ba Swe": the Burmese honorific before one to three capitalised words is a
     * person's name, the honorific with it, as it is always written.
     */
    private static void burmeseNames(String text, Tokens t, List<Candidate> out) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.is(i, "U") || !t.joined(i) || !t.capitalised(i + 1) || t.end(i + 1) - t.start(i + 1) < 2
                    || inCapitals(text, t.start(i + 1), t.end(i + 1))) {
                continue;
            }
            int last = t.capitalisedRunEnd(i + 1, 2);
            out.add(new Candidate(t.start(i), t.end(last), EntityType.PERSON, text.substring(t.start(i), t.end(last)), null));
        }
    }

    /**
     * A surname after initials is a person's, wherever it stands: "From the diary of / N. P. Firyubin",
     * "handed to A. S. Aryubi". Two initials at least ("J. Smith" alone is left to the other rules);
     * the surname a name's word of three letters or more, no kind or title, not in capitals.
     */
    private void initialled(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!isInitial(text, t, i) || i > 0 && isInitial(text, t, i - 1) && t.joinedOrDot(i - 1, false)) {
                continue; // each run of initials once, from its first
            }
            int k = i;
            while (k + 1 < t.size() && isInitial(text, t, k) && t.joinedOrDot(k, false)) {
                k++;
            }
            int initials = k - i;
            if (initials < 2 || isInitial(text, t, k) || !t.capitalised(k) || t.end(k) - t.start(k) < 3
                    || (kind(t, kinds, k) & NOT_A_SPEAKER) != 0 || inCapitals(text, t.start(k), t.end(k))) {
                continue;
            }
            // "V. K. Krishna Menon": the names after the first go on, up to two more
            for (int more = 0; more < 2 && k + 1 < t.size() && t.joined(k) && t.capitalised(k + 1)
                    && (kind(t, kinds, k + 1) & NOT_A_SPEAKER) == 0 && !inCapitals(text, t.start(k + 1), t.end(k + 1)); more++) {
                k++;
            }
            out.add(new Candidate(t.start(i), t.end(k), EntityType.PERSON, DocumentNames.collapse(text.substring(t.start(i),
                    t.end(k))), null));
        }
    }

    /** Words before a title that make what follows it, set off by commas, its holder: "the former King, Zahir Shah,". */
    private static final String[] BEFORE_A_HOLDER = {"the", "The", "former", "late", "then", "new", "acting", "its", "his",
        "her", "their", "our"};

    /**
     * Whether "the", a possessive or a word that says when opens title {@code i}, over the words of a
     * title of several ("The Prime Minister", "the First Deputy Premier") and a people's adjective
     * ("the Chinese Ambassador").
     */
    private boolean holderOpens(String text, Tokens t, int[] kinds, int i) {
        int j = i - 1;
        while (j > 0 && t.joined(j) && t.capitalised(j)
                && ((kind(t, kinds, j) & (TITLE | IN_PORTFOLIO)) != 0 || anyIs(t, j, TITLE_PARTS))) {
            j--;
        }
        if (j < 0 || !t.joined(j)) {
            return false;
        }
        if (anyIs(t, j, BEFORE_A_HOLDER)) {
            return true;
        }
        return j >= 1 && t.capitalised(j) && t.joined(j - 1) && (t.is(j - 1, "the") || t.is(j - 1, "The"))
                && endsLikeAnAdjective(text, t.start(j), t.end(j));
    }

    /** Words of a title of several that are no title alone: "Prime Minister", "First Secretary". */
    private static final String[] TITLE_PARTS = {"Prime", "First", "Second", "Third", "Vice", "Acting"};

    /**
     * A person set off by commas after a title that "the" or a possessive opens, with what it is of:
     * "the former King, Zahir Shah, remained", "the President of the Republic, Mohammad Daoud, to ...",
     * "the Chinese Ambassador, Zhang Canming, had".
     */
    private void titlesSetOff(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int i = 1; i + 1 < t.size(); i++) {
            // "the leader of the Khmer Serei, Son Ngoc Thanh,": a title in lower case, with what it is of
            boolean lower = (kinds[i] & TITLE) == 0 && !t.capitalised(i)
                    && (t.lookUp(LEADS, i) != null || t.lookUp(LOWER_CASE_TITLES, i) != null);
            if ((kinds[i] & TITLE) == 0 && !lower || !holderOpens(text, t, kinds, i)) {
                continue;
            }
            Matcher of = OF_TAIL.matcher(text).region(t.end(i), text.length());
            int e = of.lookingAt() ? of.end() : t.end(i);
            if (!text.startsWith(", ", e) || lower && e == t.end(i)) {
                continue;
            }
            int first = i + 1;
            while (first < t.size() && t.start(first) < e + 2) {
                first++;
            }
            if (first >= t.size() || t.start(first) != e + 2) {
                continue;
            }
            int last = nameAfterTitle(text, t, kinds, first);
            if (last >= first && last - first < 3 && endsAnItem(text, t.end(last))
                    && !inCapitals(text, t.start(first), t.end(first))) {
                out.add(new Candidate(t.start(first), t.end(last), EntityType.PERSON,
                        text.substring(t.start(first), t.end(last)), null));
            }
        }
    }

    /**
     * The first of up to three capitalised words that end at token {@code n} before an apposition
     * ("Diallo Telli, the ...", "Augusto Vandor, leader of ..."), or -1 where a capitalised word or
     * a preposition runs into them ("In Karachi, the Governor", "at Plaza Hotel, head of ...").
     */
    private static int nameEndingAt(Tokens t, int n) {
        int first = n;
        while (first > 0 && n - first < 2 && t.capitalised(first - 1) && t.joined(first - 1)) {
            first--;
        }
        boolean alone = first == 0 || !t.joined(first - 1)
                || !t.capitalised(first - 1) && !BEFORE_NO_PERSON.contains(t.word(first - 1));
        return alone ? first : -1;
    }

    /** Whether token {@code i} is an initial ({@link Initials}). */
    private static boolean isInitial(String text, Tokens t, int i) {
        return Initials.at(text, t.start(i), t.end(i));
    }

    /** "Present on the Yugoslav side:", "Also present:", "Participants:": a field that lists who took part. */
    private static final Pattern PRESENT = Pattern.compile(
            "(?i)" + org.edition.encode.DocumentLayout.PARTICIPANTS + "\\b[^:\\n.]{0,60}:");

    /**
     * The persons a field of who took part lists, each after its colon, comma, semicolon or "and":
     * "Present on the Yugoslav side: Edvard Kardelj, Koča Popović; on the Indian side: V. K. Krishna
     * Menon". A title before a name stays outside; two words of a name at least, and nothing but the
     * next item, a bracket or the end after it.
     */
    private void whoWasPresent(String text, Tokens t, int[] kinds, List<Candidate> out) {
        Matcher m = PRESENT.matcher(text);
        if (!m.lookingAt()) {
            return;
        }
        for (int i = 0; i < t.size(); i++) {
            int s = t.start(i);
            if (s < m.end() || !t.capitalised(i) || !(s >= 2 && ":,;".indexOf(text.charAt(s - 2)) >= 0
                    && text.charAt(s - 1) == ' ' || i > 0 && t.is(i - 1, "and") && t.joined(i - 1))) {
                continue;
            }
            int first = i;
            while (first < t.size() && (kind(t, kinds, first) & TITLE) != 0
                    && t.joinedOrDot(first, Titles.isAbbreviated(t.word(first)))) {
                first++;
            }
            int last = first < t.size() ? nameAfterTitle(text, t, kinds, first) : -1;
            if (last > first && endsAnItem(text, t.end(last))) {
                out.add(new Candidate(t.start(first), t.end(last), EntityType.PERSON,
                        DocumentNames.collapse(text.substring(t.start(first), t.end(last))), null));
            }
            i = Math.max(i, last);
        }
    }

    /** Whether an item of a list of names ends at {@code e}: a comma, semicolon, full stop, " and", a bracket, the line's end. */
    private static boolean endsAnItem(String text, int e) {
        return e >= text.length() || ",;.\n".indexOf(text.charAt(e)) >= 0 || text.startsWith(" and ", e)
                || text.startsWith(" [", e);
    }

    /** Roles in lower case that say whose leader someone is, besides the titles: "leader of the UOM". */
    private static final WordTable<Boolean> LEADS = table("leader", "head", "founder", "chief", "member");

    /**
     * A person named by two or three capitalised words before a role of a body set off by a comma,
     * without an article or with "a": "Augusto Vandor, leader of the UOM", "Lin Biao, vice-chairman of
     * the Party", "Wang Li, a member of the Central Cultural Revolution Group".
     * One word is not enough ("Rosario, head of the province" may be a place's).
     */
    private void leadersOf(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int j = 2; j + 1 < t.size(); j++) {
            if (t.capitalised(j) || !t.joined(j) || !t.is(j + 1, "of")
                    || t.lookUp(LEADS, j) == null && t.lookUp(LOWER_CASE_TITLES, j) == null) {
                continue;
            }
            // "Wang Li, a member of the Central Cultural Revolution Group": one of several
            int n = t.is(j - 1, "a") && t.joined(j - 1) ? j - 2 : j - 1;
            if (t.end(n) + 2 != t.start(n + 1) || !text.startsWith(", ", t.end(n))) {
                continue;
            }
            int first = nameEndingAt(t, n);
            while (first >= 0 && first < n && (kind(t, kinds, first) & NEVER_NAME) != 0) {
                first++; // "On 7 August Wang Li, ...": a month is no given name
            }
            if (first >= 0 && first < n && personsWords(text, t, kinds, first, n)) {
                out.add(new Candidate(t.start(first), t.end(n), EntityType.PERSON,
                        text.substring(t.start(first), t.end(n)), null));
            }
        }
    }

    /** Kinds of body, in lower case, that come before its name: "the joint company Mongolsovbuneer". */
    private static final WordTable<Boolean> BODY_KINDS_BEFORE = table("company", "firm", "enterprise", "corporation",
            "newspaper", "daily", "weekly", "journal", "magazine", "trust", "combine", "agency");

    /**
     * A body named right after its kind in lower case: "through the joint company Mongolsovbuneer",
     * "the newspaper Pravda", "the daily Borba", one to three capitalised words, none a title or a word no name has.
     */
    List<Candidate> namedAfterKind(String text, Tokens t) {
        List<Candidate> out = List.of();
        for (int j = 1; j + 1 < t.size(); j++) {
            if (t.capitalised(j) || !t.joined(j) || !t.capitalised(j + 1) || t.lookUp(BODY_KINDS_BEFORE, j) == null) {
                continue;
            }
            int last = t.capitalisedRunEnd(j + 1, 2);
            for (int k = j + 1; k <= last; k++) {
                if ((kindOf(t, k) & (NEVER_NAME | TITLE)) != 0 || isInitial(text, t, k)) {
                    last = k - 1;
                }
            }
            if (last > j) {
                out = out.isEmpty() ? new ArrayList<>() : out;
                out.add(new Candidate(t.start(j + 1), t.end(last), EntityType.ORG,
                        text.substring(t.start(j + 1), t.end(last)), null));
            }
        }
        return out;
    }

    /** No kind bit set: a word not yet looked up reads as no kind until {@link #kind} looks. */
    private static final int NOT_LOOKED_UP = Integer.MIN_VALUE;

    private int kindOf(Tokens t, int i) {
        int id = t.id(i);
        return id == Vocabulary.NONE ? 0 : this.kinds[id];
    }

    private int kind(Tokens t, int[] kinds, int i) {
        if (kinds[i] == NOT_LOOKED_UP) {
            kinds[i] = kindOf(t, i);
        }
        return kinds[i];
    }

    private void persons(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int i = 0; i < t.size() - 1; i++) {
            // "Mr. Novak", but not "for the Secretary. Reference: ...": the sentence ends there
            if ((kinds[i] & TITLE) == 0 || !t.joinedOrDot(i, Titles.isAbbreviated(t.word(i)))) {
                continue;
            }
            int j = i + 1;
            // "Minister of Foreign Affairs Pak": the portfolio belongs to the title
            while (j < t.size() && (kind(t, kinds, j) & (IN_PORTFOLIO | TITLE)) != 0
                    && t.joinedOrDot(j - 1, (kinds[j - 1] & TITLE) != 0 && Titles.isAbbreviated(t.word(j - 1)))) {
                j++;
            }
            int first = j;
            if (first > i + 1 && (t.is(first - 1, "the") || t.is(first - 1, "of") || t.is(first - 1, "for"))) {
                // "Secretary of the Finnish side", "Premier of Sind", "High Commissioner for India": no
                // name follows "the", "of" or "for" behind a title; an adjective, a place or a body does
                continue;
            }
            int last = nameAfterTitle(text, t, kinds, first);
            if (last >= first && !(t.start(first) > 0 && text.charAt(t.start(first) - 1) == '"')) {
                out.add(new Candidate(t.start(first), t.end(last), EntityType.PERSON,
                        text.substring(t.start(first), t.end(last)), null));
                boolean plural = PLURAL_TITLES.contains(t.word(first - 1));
                i = last;
                // "Comrades Kim Il Sung, Nam Il and Pak Kum-chol": a plural title names each of a list
                while (plural && (first = nextInList(text, t, i)) >= 0
                        && (last = nameAfterTitle(text, t, kinds, first)) >= 0) {
                    out.add(new Candidate(t.start(first), t.end(last), EntityType.PERSON,
                            text.substring(t.start(first), t.end(last)), null));
                    i = last;
                }
            }
        }
    }

    /** Titles that stand before several names, one after another: "Comrades A, B and C". */
    private static final Set<String> PLURAL_TITLES = Set.of("Comrades", "Messrs", "Commissioners");

    /** The last token of the name that begins at token {@code first} after a title, or -1. */
    private int nameAfterTitle(String text, Tokens t, int[] kinds, int first) {
        int last = -1;
        for (int k = first; k < t.size() && k < first + 4; k++) {
            if (k > first && !t.joinedOrDot(k - 1, false)) {
                break;
            }
            // "Comrade A. A. Gromyko": an initial, not the article "A" or the pronoun "I"
            boolean name = isInitial(text, t, k)
                    || t.capitalised(k) && (kind(t, kinds, k) & (NEVER_NAME | TITLE | IN_PORTFOLIO)) == 0;
            if (name) {
                last = k;
            } else if (!((kind(t, kinds, k) & PARTICLE) != 0 && last >= 0)) {
                break;
            }
            if (text.startsWith(",", t.end(k)) || text.startsWith(";", t.end(k))) {
                break;
            }
        }
        while (last >= first && t.end(last) - t.start(last) < 2) {
            last--; // "Comrade Li A. said": a name does not end in an initial
        }
        return last >= first ? last : -1;
    }

    /** The token after ", " or " and " that follows token {@code i}, where a list of names goes on; else -1. */
    private static int nextInList(String text, Tokens t, int i) {
        int k = i + 1;
        if (k >= t.size()) {
            return -1;
        }
        String between = text.substring(t.end(i), t.start(k));
        if (t.is(k, "and") && (between.equals(" ") || between.equals(", "))) {
            return k + 1 < t.size() && t.joined(k) ? k + 1 : -1;
        }
        return between.equals(", ") ? k : -1;
    }

    /** Lower-case words after which a speaker's name may begin: a clause opens there. */
    private static final Set<String> AFTER_SPEAKER_OPENS = Set.of("and", "but", "or", "then", "when", "while", "as",
            "that", "after", "before", "because", "since", "so", "if", "where", "until", "whereupon", "also", "later",
            "finally", "thereupon");

    /**
     * Whether a word of the name before any "of" is a state's form ("Republic", "Kingdom"): the name
     * is a state's ("Democratic Republic of Afghanistan"), where "Provisional Government of the
     * Algerian Republic" is a body's.
     */
    static boolean namesAState(String name) {
        int of = name.indexOf(" of ");
        return anyWordIn(of < 0 ? name : name.substring(0, of), STATE_HEADS);
    }

    /** Whether what a body's name says it is of is a body itself: "Central Committee of the Polish United Workers' Party". */
    static boolean ofABody(String name) {
        int of = name.lastIndexOf(" of ");
        return of >= 0 && anyWordIn(name.substring(of + 4), ORG_HEADS);
    }

    private static boolean anyWordIn(String phrase, Set<String> words) {
        for (String w : phrase.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a party's name with "Party" but do not name it alone: "the Communist Party" is never "the Communist". */
    private static final Set<String> PARTY_WORDS = Set.of("Communist", "Socialist", "Democratic", "Republican", "Labour",
            "Labor", "Liberal", "Conservative", "National", "Nationalist", "Popular", "People's", "Workers'", "Peasant",
            "Peasants'", "Radical", "Progressive", "Christian", "Social", "Green", "Agrarian", "Federal", "Unity",
            "Revolutionary", "Congress", "Freedom", "Independence", "Justice", "Reform", "Union", "Ruling", "Opposition");

    /**
     * The word a party named "X Party" goes by alone ("Baath" for "Baath Party", "Tudeh" for "Tudeh
     * Party"), or null: one capitalised word before "Party", no adjective or word of a party's kind.
     */
    static String partyShortForm(String form) {
        if (!form.endsWith(" Party") || form.indexOf(' ') != form.length() - 6) {
            return null;
        }
        String word = form.substring(0, form.length() - 6);
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(word.length() - 1))
                && !PARTY_WORDS.contains(word) && !endsLikeAnAdjective(word, 0, word.length()) ? word : null;
    }

    /** Whether {@code word} is a kind word that comes before the name it heads ("Radio", "CC"). */
    static boolean isHeadBefore(String word) {
        return HEADS_BEFORE.contains(word);
    }

    /** Whether {@code word} names a kind of body ("Party", "School"). */
    static boolean isOrgHead(String word) {
        return ORG_HEADS.contains(word);
    }

    /** Whether {@code word} names a kind of place or body: "Province", "River", "Party", "Congress". */
    static boolean isKindWord(String word) {
        return PLACE_HEADS.contains(word) || ORG_HEADS.contains(word) || BARE_HEADS.contains(word)
                || STATE_HEADS.contains(word);
    }

    /** Whether {@code word} names a kind of place or body before its name: "Plaza", "Lake", "Radio". */
    static boolean isKindBefore(String word) {
        return PLACE_HEADS_BEFORE.contains(word) || HEADS_BEFORE.contains(word);
    }

    /** A capitalised word that is never part of a person's name ("The", "Then", "Committee" ...). */
    static boolean neverAName(String word) {
        return NOT_NAME.contains(word);
    }

    /** The persons {@link #speakers} finds in {@code text}, alone: what a document's look ahead needs. */
    List<Candidate> speakers(String text, Tokens tokens) {
        int[] kinds = new int[tokens.size()];
        java.util.Arrays.fill(kinds, NOT_LOOKED_UP); // looked up only where a capitalised word is followed by a verb
        List<Candidate> out = new ArrayList<>();
        speakers(text, tokens, kinds, out);
        return out;
    }

    /**
     * The speakers that open paragraphs of {@code text} (after a blank line, or at its start) before a
     * colon, for a document's look ahead: where two or more persons speak so, the document is a
     * dialogue, and {@link #find} reads such labels.
     */
    List<Candidate> labelledSpeakers(String text, Tokens tokens) {
        int[] kinds = new int[tokens.size()];
        java.util.Arrays.fill(kinds, NOT_LOOKED_UP);
        List<Candidate> out = new ArrayList<>();
        labelledSpeakers(text, tokens, kinds, out);
        out.removeIf(c -> !opensAParagraph(text, c.start()));
        return out;
    }

    /** Whether the line of {@code start} opens the text or follows a blank line ("Comrade Kim Il Sung:" too). */
    private static boolean opensAParagraph(String text, int start) {
        int line = text.lastIndexOf('\n', start - 1);
        return line < 0 || line >= 1 && text.charAt(line - 1) == '\n';
    }

    /** Words that label a line's field, not a speaker: "Subject:", "Time:", "Note:", "Answer:". */
    private static final WordTable<Boolean> FIELD_LABELS = table("Subject", "Object", "Present", "Absent",
            "Participants", "Time", "Place", "Date", "Location", "Venue", "Note", "Notes", "Reference", "Copy", "Copies",
            "Distribution", "Enclosure", "Enclosures", "Attachment", "Annex", "Question", "Answer", "Source", "Agenda",
            "Item", "Summary", "Conclusion", "Conclusions", "Decision", "Comment", "Comments", "Remark", "Remarks",
            "Proposal", "Proposals", "Recorded", "Interpreter", "Interpreters", "Drafted", "Approved", "Signed",
            "Translator", "Translator's", "Editor", "Editor's", "Also", "Cc", "Re", "Attention", "Priority", "Purpose",
            "Background", "Recommendation", "Recommendations", "Action", "Result", "Results", "From", "To", "Ref",
            "Text", "Topic", "Issue", "Point", "Points", "Part", "Section", "Article", "Appendix", "Dear", "Memorandum",
            "Telegram", "Cable", "Minutes", "Record", "Report", "Draft", "Message", "Reply", "Request", "Instructions",
            "Secret", "Confidential", "Urgent", "Immediate", "Total", "Address", "Classification", "Yes", "No");

    /**
     * The speaker a record of conversation names at the start of a line, before a colon:
     * "Chervonenko: I have come ...", "Mao Zedong: ...", "TITO: We have met ..." (read in title case,
     * see {@link CapitalLines}), "Comrade Kim Il Sung: ..." (the title outside). Not a field's label
     * ("Subject:", "Time:"), a role alone ("Ambassador:"), a body or a place's kind.
     */
    private void labelledSpeakers(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int i = 0; i < t.size(); i++) {
            if (t.start(i) > 0 && text.charAt(t.start(i) - 1) != '\n' || !t.capitalised(i)) {
                continue;
            }
            int k = i;
            while (k < i + 5 && !text.startsWith(": ", t.end(k)) && k + 1 < t.size() && t.joinedOrDot(k, true)) {
                k++;
            }
            if (!text.startsWith(": ", t.end(k)) || t.lookUp(FIELD_LABELS, i) != null) {
                continue;
            }
            int first = i;
            while (first <= k && (kind(t, kinds, first) & (TITLE | IN_PORTFOLIO)) != 0) {
                first++; // "Comrade Kim Il Sung:": the title stays outside
            }
            boolean initials = true;
            boolean shortWord = false; // "NR: 2215", "Re: ...": no one's name
            for (int w = first; w <= k; w++) {
                int length = t.end(w) - t.start(w);
                initials &= length == 1;
                shortWord |= length == 2;
            }
            if (first <= k && !initials && !shortWord && personsWordsOrInitials(text, t, kinds, first, k)) {
                out.add(new Candidate(t.start(first), t.end(k), EntityType.PERSON,
                        DocumentNames.collapse(text.substring(t.start(first), t.end(k))), null));
            }
        }
    }

    /** {@link #personsWords}, an initial ("N. S. Khrushchev") counting as a name's word. */
    private boolean personsWordsOrInitials(String text, Tokens t, int[] kinds, int first, int last) {
        for (int k = first; k <= last; k++) {
            boolean initial = t.end(k) - t.start(k) == 1 && t.capitalised(k);
            if (!initial && !personsWords(text, t, kinds, k, k)) {
                return false;
            }
        }
        return true;
    }

    /** What is never a person's name before a verb of speaking: a title, a body, a kind of place, a sentence opener. */
    private static final int NOT_A_SPEAKER = NEVER_NAME | TITLE | IN_PORTFOLIO | ORG_HEAD | PLACE_HEAD | STATE_HEAD;

    /**
     * A person named without a title, by what a memorandum says they did: one to three capitalised
     * words right before a verb of speaking ("Liaquat said", "Ghulam Muhammad replied"). Titles and
     * sentence openers before them stay outside; a word in capitals (an acronym), a run after "the"
     * ("the Chinese said") or one with a body's or a place's kind word in it is no person. A known
     * place or body with the same words wins over it.
     */
    private void speakers(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.capitalised(i) || t.capitalised(i + 1) || !t.joined(i)) {
                continue;
            }
            int verb = i + 1;
            if (verb + 1 < t.size() && (kind(t, kinds, verb) & BEFORE_VERB) != 0 && t.joined(verb)) {
                verb++; // "Gromyko then raised"
            }
            if ((kind(t, kinds, verb) & SPEAKING) == 0 && !receives(t, verb)) {
                continue;
            }
            int first = i;
            while (first > 0 && first > i - 2 && t.capitalised(first - 1) && t.joined(first - 1)) {
                first--;
            }
            while (first <= i && (kind(t, kinds, first) & NOT_A_SPEAKER) != 0) {
                first++; // "Foreign Minister Pak said": the title stays outside
            }
            // after "the" ("the Chinese said") or another word that is not a conjunction ("ethnic
            // Koreans requested", "many Poles said") the words are a people, not a person
            boolean name = first <= i && !(first > 0 && t.joined(first - 1) && !t.capitalised(first - 1)
                    && !AFTER_SPEAKER_OPENS.contains(t.word(first - 1)))
                    && !(first > 0 && t.is(first - 1, "The"));
            name = name && personsWords(text, t, kinds, first, i);
            if (name) {
                out.add(new Candidate(t.start(first), t.end(i), EntityType.PERSON,
                        text.substring(t.start(first), t.end(i)), null));
            }
        }
    }

    /**
     * A body or place whose kind word comes first: "Radio Baku", "Radio Free Europe", "the Villa
     * Joly", "Lake Success". The name is the kind word and one to three capitalised words after it;
     * without them ("Radio broadcasts", "the Lake") there is none.
     */
    private void namedAfter(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if ((kinds[i] & (NAMED_AFTER | PLACE_NAMED_AFTER)) == 0 || !t.joined(i)) {
                continue;
            }
            // the name's words: capitalised, with particles between them ("Plaza de Mayo", "Palacio de
            // la Moneda"); it ends on a capitalised word
            int last = i;
            int words = 0;
            for (int k = i + 1; k < t.size() && words < 3 && k <= i + 5 && t.joined(k - 1); k++) {
                if (t.capitalised(k) || Tokens.arabicArticle(text, t.start(k), t.end(k))) {
                    if ((kind(t, kinds, k) & (NEVER_NAME | TITLE)) != 0 || isInitial(text, t, k)) {
                        break; // "the CC MPRP D. Tumur-Ochir": a person's initial begins another name
                    }
                    last = k;
                    words++;
                } else if ((kind(t, kinds, k) & PARTICLE) == 0 || (kinds[i] & PLACE_NAMED_AFTER) == 0) {
                    break;
                }
            }
            if (last == i) {
                continue;
            }
            EntityType type = (kinds[i] & NAMED_AFTER) != 0 ? EntityType.ORG : EntityType.PLACE;
            out.add(new Candidate(t.start(i), t.end(last), type, text.substring(t.start(i), t.end(last)), null));
        }
    }

    /** Verbs of meeting that make a person of whoever does them to the writer: "Pham Van Dong received me". */
    private static final String[] RECEIVING = {"received", "welcomed", "greeted"};
    private static final String[] WRITER = {"me", "us", "him", "her", "them"};

    /** Whether token {@code verb} receives the writer or someone named before ("received me", "welcomed us"). */
    private static boolean receives(Tokens t, int verb) {
        return verb + 1 < t.size() && t.joined(verb) && anyIs(t, verb, RECEIVING) && anyIs(t, verb + 1, WRITER);
    }

    /** Words in lower case after which "of" names who heads it: "the government of Siad Barre". */
    private static final String[] RULED = {"government", "regime", "cabinet", "administration"};

    /** Verbs after which "by" names a person: "headed by Hysni Kapo", "accompanied by Colonel ...". */
    private static final String[] BY_WHOM = {"accompanied", "received", "led", "headed", "chaired", "signed"};

    /** Whether the words before token {@code k} are ones only a person follows: "in the presence of", "headed by", "together with". */
    private static boolean inCompanyBefore(Tokens t, int k) {
        if (k < 2 || !t.joined(k - 1) || !t.joined(k - 2)) {
            return false;
        }
        if (t.is(k - 1, "by")) {
            return anyIs(t, k - 2, BY_WHOM);
        }
        if (t.is(k - 1, "them")) {
            return t.is(k - 2, "among"); // "several of the Council's leaders, among them Sócrates Campos Lemus"
        }
        // "led by the architect Pedro Ramírez Vázquez": a calling in lower case between
        if (k >= 4 && t.is(k - 2, "the") && t.is(k - 3, "by") && t.joined(k - 3) && t.joined(k - 4)
                && !t.capitalised(k - 1) && anyIs(t, k - 4, BY_WHOM)) {
            return true;
        }
        if (t.is(k - 1, "with")) {
            return t.is(k - 2, "together");
        }
        if (t.is(k - 1, "are") || t.is(k - 1, "were")) {
            return t.is(k - 2, "members"); // "Its members are Daniel Ortega Saavedra, ..."
        }
        if (t.is(k - 1, "of") && anyIs(t, k - 2, RULED)) {
            return true; // "the Somali government of Siad Barre"; a known place there wins ("the government of India")
        }
        // "in the presence of", "in the company of"
        return t.is(k - 1, "of") && (t.is(k - 2, "presence") || t.is(k - 2, "company")) && k >= 4
                && t.joined(k - 3) && t.joined(k - 4) && t.is(k - 3, "the") && t.is(k - 4, "in");
    }

    /** "the FNLA of Holden Roberto": a body in capitals, then "of" and who leads it; a known place there wins. */
    private static boolean ofABodyInCapitals(String text, Tokens t, int k) {
        return k >= 3 && t.is(k - 1, "of") && t.is(k - 3, "the") && t.joined(k - 2) && t.joined(k - 3)
                && t.end(k - 2) - t.start(k - 2) >= 2 && inCapitals(text, t.start(k - 2), t.end(k - 2));
    }

    /**
     * A person named after words that only a person follows: "in the presence of Hoang Van Tien",
     * "received by Mahmoud Fawzi". One to three capitalised words, none a title, a kind of body or
     * place, nor in capitals; a known place or body with the same words wins over it. Decided token
     * by token, from the capitalised ones: a regular expression run over every block added some
     * twenty points to the names' cost in the corpus benchmark.
     */
    private void inCompany(String text, Tokens t, int[] kinds, List<Candidate> out) {
        for (int k = 2; k < t.size(); k++) {
            if (!t.capitalised(k) || t.capitalised(k - 1)) {
                continue;
            }
            int last = withParticle(t, kinds, t.capitalisedRunEnd(k, 2));
            // "had received Konrad Henlein at Marienbad": whom a verb of meeting names, two words at least
            boolean received = last > k && t.joined(k - 1) && t.is(k - 1, "received");
            if (!inCompanyBefore(t, k) && !ofABodyInCapitals(text, t, k) && !received
                    && !(last > k && appointedAs(t, k, last))) {
                continue;
            }
            while (personsWords(text, t, kinds, k, last)) {
                out.add(new Candidate(t.start(k), t.end(last), EntityType.PERSON, text.substring(t.start(k), t.end(last)),
                        null));
                // "in the presence of X and Y", "its members are X, Y and Z": the next name of the company, of two words at least
                int next;
                if (last + 2 < t.size() && t.joined(last) && t.is(last + 1, "and") && t.joined(last + 1)) {
                    next = last + 2;
                } else if (last + 1 < t.size() && t.start(last + 1) == t.end(last) + 2 && text.startsWith(", ", t.end(last))) {
                    next = last + 1;
                } else {
                    break;
                }
                if (!t.capitalised(next) || t.capitalisedRunEnd(next, 2) == next) {
                    break;
                }
                k = next;
                last = withParticle(t, kinds, t.capitalisedRunEnd(k, 2));
            }
            k = last;
        }
    }

    /** Verbs that give someone an office, and offices in lower case after the person given it: "has named Yasser Arafat commander". */
    private static final String[] APPOINTING = {"named", "appointed", "elected", "nominated"};
    private static final String[] OFFICES = {"commander", "commander-in-chief", "chairman", "head", "chief", "leader",
        "president", "secretary", "minister", "ambassador", "director", "governor", "premier", "successor"};

    /** Whether tokens {@code k} to {@code last}, two words at least, are whom a verb gives an office: "named Yasser Arafat commander of". */
    private static boolean appointedAs(Tokens t, int k, int last) {
        return t.joined(k - 1) && anyIs(t, k - 1, APPOINTING) && last + 1 < t.size() && t.joined(last)
                && anyIs(t, last + 1, OFFICES);
    }

    /**
     * Whether tokens {@code first} to {@code last} may all be words of a person's name: capitalised, none
     * a title, a kind of body or place, or in capitals; a particle may stand between them.
     */
    private boolean personsWords(String text, Tokens t, int[] kinds, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!t.capitalised(k) && k > first && k < last && (kind(t, kinds, k) & PARTICLE) != 0) {
                continue; // "Violeta Barrios de Chamorro"
            }
            if (!t.capitalised(k) || (kind(t, kinds, k) & NOT_A_SPEAKER) != 0 || inCapitals(text, t.start(k), t.end(k))) {
                return false;
            }
        }
        return true;
    }

    /** The last word of a name that goes on after a particle ("Violeta Barrios de Chamorro"), else {@code last}. */
    private int withParticle(Tokens t, int[] kinds, int last) {
        if (last + 2 < t.size() && t.joined(last) && t.joined(last + 1) && !t.capitalised(last + 1)
                && (kind(t, kinds, last + 1) & PARTICLE) != 0 && t.capitalised(last + 2)) {
            return t.capitalisedRunEnd(last + 2, 1);
        }
        return last;
    }

    /** A word of two or more letters all in capitals: an acronym ("MINREX said") or a heading, not a person. */
    static boolean inCapitals(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void places(String text, Tokens tokens, int[] kinds, List<Candidate> out) {
        if (text.indexOf("Rivers") >= 0) {
            Matcher m = TWO_RIVERS.matcher(text);
            while (m.find()) {
                out.add(new Candidate(m.start(1), m.end(1), EntityType.PLACE, m.group(1) + " River", null));
                out.add(new Candidate(m.start(2), m.end(2), EntityType.PLACE, m.group(2) + " River", null));
            }
        }
        // the kind word first, then the capitalised words before it
        for (int i = 0; i < tokens.size(); i++) {
            if ((kinds[i] & PLACE_HEAD) == 0) {
                continue;
            }
            boolean autonomous = tokens.is(i, "Autonomous");
            if (autonomous && i + 1 < tokens.size()
                    && !(tokens.is(i + 1, "Region") || tokens.is(i + 1, "Prefecture"))) {
                continue;
            }
            int headStart = tokens.start(i);
            int headEnd = autonomous ? tokens.end(Math.min(i + 1, tokens.size() - 1)) : tokens.end(i);
            int s = capitalisedWordsBefore(text, headStart, 3, false);
            if (s < headStart && tokens.is(i, "Palace")
                    && GENERIC_PALACES.contains(text.substring(skipDeterminer(text, s, headStart), headStart).strip())) {
                continue; // "the Presidential Palace": the seat of an office, named by what it is
            }
            if (s < headStart) {
                s = skipDeterminer(text, s, headEnd);
                out.add(new Candidate(s, headEnd, EntityType.PLACE, text.substring(s, headEnd), null));
            }
        }
    }

    /** Kinds of place named by what they are of: "the Bay of Bengal", "the Gulf of Tonkin", "the Great Hall of the People". */
    private static final String[] PLACES_OF = {"Bay", "Gulf", "Sea", "Strait", "Straits", "Hall"};

    /** "the Bay of Bengal", "the Great Hall of the People": the kind, "of", what it is of, and capitalised words before. */
    private static void placesOf(String text, Tokens tokens, List<Candidate> out) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.capitalised(i) || !tokens.is(i + 1, "of") || !tokens.joined(i) || !anyIs(tokens, i, PLACES_OF)) {
                continue;
            }
            Matcher m = STATE_TAIL.matcher(text).region(tokens.end(i), text.length());
            if (!m.lookingAt()) {
                continue;
            }
            int s = skipDeterminer(text, capitalisedWordsBefore(text, tokens.start(i), 2, false), m.end());
            out.add(new Candidate(s, m.end(), EntityType.PLACE, DocumentNames.collapse(text.substring(s, m.end())), null));
        }
    }

    /** What a state's name may be of: capitalised words, without the "and" that may join two states. */
    private static final Pattern STATE_TAIL = Pattern.compile(" of(?: the)? " + CAP + "(?: " + CAP + ")*");

    /** "Republic of Cuba", "the People's Republic of Angola": the form of state, what it is of, and words before it. */
    private static void states(String text, Tokens tokens, int[] kinds, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((kinds[i] & STATE_HEAD) == 0) {
                continue;
            }
            Matcher m = STATE_TAIL.matcher(text).region(tokens.end(i), text.length());
            if (!m.lookingAt()) {
                // "the Syrian Republic", "the Syrian Arab Republic": a people's adjective makes it a state
                int s = capitalisedWordsBefore(text, tokens.start(i), 2, false);
                if (s < tokens.start(i) && tokens.is(i, "Republic") && wordBefore(text, s) >= 0
                        && text.startsWith("the ", wordBefore(text, s)) && endsLikeAnAdjective(text, s, text.indexOf(' ', s))) {
                    out.add(new Candidate(s, tokens.end(i), EntityType.PLACE,
                            DocumentNames.collapse(text.substring(s, tokens.end(i))), null));
                }
                continue; // "the Republic" alone names no state
            }
            if (tokens.is(i, "State") && (i == 0 || !tokens.is(i - 1, "the") || tokens.is(i + 2, "the"))) {
                continue; // "the State of Vietnam", "the State of Israel"; not "Secretary of State of the ..."
            }
            int e = m.end();
            int s = skipDeterminer(text, capitalisedWordsBefore(text, tokens.start(i), 3, false), e);
            out.add(new Candidate(s, e, EntityType.PLACE, DocumentNames.collapse(text.substring(s, e)), null));
        }
    }

    /** One to four capitalised words or initials, particles between them: the shape of a signatory's name. */
    private static final Pattern SIGNATORY = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\. ?)*\\p{Lu}[\\p{L}'’-]+(?: (?:(?:"
            + String.join("|", PARTICLES) + ") )?(?:\\p{Lu}\\p{Ll}?\\. ?)*\\p{Lu}[\\p{L}'’-]+){0,3}");
    private static final Pattern INITIAL = Pattern.compile("\\b\\p{Lu}\\.");

    /**
     * A line that signs a document and reads as a person's name: "Kolář", "J. Menéndez", "A. S.
     * KORNILOV". Not a title or role ("Ambassador", "First Secretary"), a body or a place; a line in
     * capitals only with initials, since "AMBASSADOR" is no name. Null if the line is none.
     */
    Candidate signatory(String text, Tokens t) {
        String line = text.strip();
        int from = 0;
        String inside = Titles.withoutParentheses(line);
        if (inside != line) {
            from = text.indexOf(line) + 1; // "(G. Petkov)": the name under a role, in parentheses
            line = inside;
        }
        int by = Titles.recorderPrefix(line);
        if (by > 0) {
            from = text.indexOf(line, from) + by; // "Recorded by": the name after the words
            line = line.substring(by);
        }
        if (t.size() == 0 || !SIGNATORY.matcher(line).matches()) {
            return null;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.start(i) < from) {
                continue; // "Recorded by"
            }
            boolean initial = t.end(i) - t.start(i) == 1; // "I. Stănculescu": an initial, not the pronoun
            if (!initial && (kindOf(t, i) & (TITLE | IN_PORTFOLIO | NEVER_NAME | PLACE_HEAD | ORG_HEAD | STATE_HEAD)) != 0) {
                return null;
            }
        }
        if (line.equals(line.toUpperCase(java.util.Locale.ROOT)) && !INITIAL.matcher(line).find()) {
            return null;
        }
        int start = text.indexOf(line, from);
        return new Candidate(start, start + line.length(), EntityType.PERSON, line, null);
    }

    /**
     * Where a body's word ends if one follows a known place's name, else {@code end}: "Government"
     * ("the Ghana Government": that state's government, where after an adjective, "the Soviet
     * Government", it stays a generic body) and "Powers" ("the Colombo Powers", a group of states
     * that acted as one, where "the Western Powers" name none).
     */
    static int bodyAfterPlace(String text, int end) {
        int after = Tokens.wordAt(text, end, BODIES_AFTER_A_PLACE);
        return after < 0 ? end : after;
    }

    private static final String[] BODIES_AFTER_A_PLACE = {" Government", " Powers"};

    /** Words after a place's name that make it the name of a document: "the Geneva Agreement". */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile(
            " (?:Agreements?|Accords?|Treaty|Protocol|Declaration|Convention|Communiqu[eé]|Pact|Charter|Doctrine)\\b");

    /** Whether a known place's name ending at {@code end} names a document, not the place ("the Geneva Agreement"). */
    static boolean namesADocument(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && DOCUMENT_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Where a known place begins once a compass word before it is taken in ("Eastern Europe"). */
    static int withCompassWord(String text, int start) {
        int ws = wordBefore(text, start);
        return ws >= 0 && COMPASS.contains(text.substring(ws, start - 1)) ? ws : start;
    }


    /**
     * Where a known body begins once a people's adjective before it is taken in, for the bodies every
     * country has one of: "the Romanian Red Cross" is that country's society, where "the Red Cross"
     * alone is the movement.
     */
    static int withPeoplesAdjective(String text, int start, String phrase) {
        int ws = NATIONAL_BODIES.contains(phrase) ? wordBefore(text, start) : -1;
        return ws >= 0 && Character.isUpperCase(text.charAt(ws)) && endsLikeAnAdjective(text, ws, start - 1) ? ws : start;
    }

    private static final Set<String> NATIONAL_BODIES = Set.of("Red Cross", "Red Crescent");

    private static void organizations(String text, Tokens tokens, int[] kinds, List<Candidate> out) {
        // find the head word first, then read the name around it
        for (int i = 0; i < tokens.size(); i++) {
            if ((kinds[i] & ORG_HEAD) == 0) {
                continue;
            }
            String word = tokens.word(i);
            if (word.equals("Mission")) {
                if (i == 0 || !tokens.is(i - 1, "Trade")) {
                    continue;
                }
                word = "Trade Mission";
            }
            int headStart = word.equals("Trade Mission") ? tokens.start(i - 1) : tokens.start(i);
            int headEnd = tokens.end(i);
            if (word.equals("Consulate") && i + 1 < tokens.size() && tokens.is(i + 1, "General") && tokens.joined(i)) {
                headEnd = tokens.end(i + 1); // "the Indian Consulate General in Lhasa"
            }
            int s = headStart;
            int e = headEnd;
            if (word.equals("Ministry")) {
                Matcher m = MINISTRY_TAIL.matcher(text).region(e, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                e = m.end();
                // "the [North Korean] Ministry of Foreign Affairs", "the Soviet Ministry of ...": whose
                // ministry it is belongs to its name, or two states' ministries would be one entry
                s = qualifierBefore(text, headStart);
            } else if (OF_NAME_HEADS.contains(word)) {
                Matcher m = OF_TAIL.matcher(text).region(e, text.length());
                if (!m.lookingAt() || m.end() == e) {
                    continue;
                }
                e = m.end();
            } else if (OF_ONLY_HEADS.contains(word)) {
                Matcher m = STATE_TAIL.matcher(text).region(e, text.length());
                int first = text.startsWith(" of the ", e) ? e + 8 : e + 4;
                // "the Government of Dr. Milan Hodža": a government named by its head names no body
                if (!m.lookingAt() || Titles.isTitle(NameForms.firstWord(text.substring(first, m.end())))) {
                    continue; // "the Government", "the Soviet Government": the body of a state named, not a name
                }
                e = m.end();
                // "Government of the People's Republic of China": a state named by its form goes on
                if (STATE_HEADS.contains(text.substring(wordStart(text, e), e))
                        && m.region(e, text.length()).lookingAt()) {
                    e = m.end();
                }
            } else {
                boolean embassy = EMBASSY_WORDS.contains(word);
                s = capitalisedWordsBefore(text, s, embassy ? 4 : 5, !embassy);
                Matcher m = (embassy ? EMBASSY_TAIL : OF_TAIL).matcher(text).region(e, text.length());
                if (m.lookingAt() && !(embassy && PlaceLists.kindAfter(text, m.end()))) {
                    e = m.end(); // not "the Embassy in the Jabal Amman district": where its building is
                }
                if (s == headStart && (e == headEnd || WORDS_BEFORE_HEADS.contains(word))) {
                    continue; // "the Party", "the Embassy": a body named by its kind alone is no name
                }
                if (word.equals("Bank") && e == headEnd && COMPASS.contains(text.substring(s, headStart).strip())) {
                    continue; // "the West Bank": a place
                }
                if (ARMED_HEADS.contains(word) && e == headEnd && onlyKindWords(text.substring(s, headStart))) {
                    continue; // "the Armed Forces", "the Air Force": whose they are is not said
                }
            }
            s = skipDeterminer(text, s, e);
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                e--;
            }
            if (s == headStart && e == headEnd) {
                continue; // "The Committee", "the Embassy": a body named by its kind alone is no name
            }
            if (e > s && Character.isUpperCase(text.charAt(s))) {
                out.add(new Candidate(s, e, EntityType.ORG, DocumentNames.collapse(text.substring(s, e)), null));
            }
        }
    }

    /**
     * "Congress had cut", "the Congress would pass", "the Nepali Congress", "the Venezuelan Congress":
     * a legislature or party named by its kind alone (with "the" only where the block speaks of no
     * party's congress), or with the words before it that say whose;
     * never a congress with a number ("the IX Party Congress", "the 20th Congress") or a party's
     * congress, which are events, nor one followed by "of", which the rule for bodies reads.
     */
    private static void legislatures(String text, Tokens tokens, int[] kinds, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((kinds[i] & BARE_HEAD) == 0 || i + 1 < tokens.size() && tokens.joined(i) && tokens.is(i + 1, "of")) {
                continue;
            }
            int head = tokens.start(i);
            int w = wordBefore(text, head);
            String before = w < 0 ? "" : text.substring(w, head - 1);
            // "the Congress" is the legislature, unless the block speaks of a party's congress, an event
            boolean the = (before.equals("the") || before.equals("The")) && !text.contains("Congress of")
                    && !text.contains("Party Congress");
            if (w < 0 || the || bare(text, head)) {
                out.add(new Candidate(head, tokens.end(i), EntityType.ORG, tokens.word(i), null));
                continue;
            }
            int s = capitalisedWordsBefore(text, head, 3, false);
            String whose = text.substring(s, head);
            String first = whose.strip().split(" ", 2)[0];
            if (s < head && !whose.contains("Party") && !NOT_WHOSE.matcher(whose).find() && !neverAName(first)
                    && !Titles.isTitle(first)) {
                out.add(new Candidate(s, tokens.end(i), EntityType.ORG, DocumentNames.collapse(text.substring(s,
                        tokens.end(i))), null));
            }
        }
    }

    /** Words before a congress that make it an event: its number ("Twentieth", "22nd") or what it is of. */
    private static final Pattern NOT_WHOSE = Pattern.compile(
            "\\d|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\\p{L}+teenth|\\p{L}+ieth)\\b"
                    + "|\\b(?:Extraordinary|Founding|Constituent|Annual|World|International|Peace|Writers'?)\\b");

    /** Whether the word at {@code start} has no article, number or other word of its name before it ("that Congress would"). */
    private static boolean bare(String text, int start) {
        int w = wordBefore(text, start);
        if (w < 0) {
            return true;
        }
        String before = text.substring(w, start - 1);
        return Character.isLowerCase(before.charAt(0)) && !ARTICLES.contains(before);
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "its", "their", "our", "his",
            "her", "each", "every", "next", "last", "party", "same");

    /**
     * Start of up to {@code max} capitalised words that end, separated by single spaces, at {@code end};
     * with {@code and}, an "and" between two of them is taken in too ("European and Oceanic Affairs Bureau").
     */
    static int capitalisedWordsBefore(String text, int end, int max, boolean and) {
        int s = end;
        for (int k = 0; k < max; k++) {
            int w = wordBefore(text, s);
            if (w < 0) {
                break;
            }
            if (and && w < s - 1 && k > 0 && text.startsWith("and ", w)) {
                int before = wordBefore(text, w);
                if (before >= 0 && Character.isUpperCase(text.charAt(before))) {
                    s = before;
                    continue;
                }
            }
            if (!Character.isUpperCase(text.charAt(w)) || isOrdinalNumeral(text, w, s)) {
                break; // "the IX Party Congress": a congress's number, not a party's name
            }
            s = w;
        }
        return s;
    }

    /** Whether the word at [w, end) (with the space after it) is a Roman numeral such as "IX" or "XXII". */
    private static boolean isOrdinalNumeral(String text, int w, int end) {
        int e = end - 1;
        while (e > w && !Character.isLetter(text.charAt(e - 1))) {
            e--;
        }
        return e > w && romanLetters(text, w, e);
    }

    /** Whether the text from {@code s} to {@code e} is all letters of Roman numerals as names use them ("IX", "XXII"). */
    private static boolean romanLetters(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if ("IVXLC".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Start of the one or two capitalised words right before {@code head} that say whose body it is
     * ("North Korean", "Soviet", "USSR"); {@code head} itself if there are none. A title, an
     * article, a possessive or another word that is never part of a name ("The", "Foreign") ends them.
     */
    static int qualifierBefore(String text, int head) {
        int s = head;
        for (int k = 0; k < 2; k++) {
            int w = wordBefore(text, s);
            if (w < 0 || !Character.isUpperCase(text.charAt(w))) {
                break;
            }
            String word = text.substring(w, s - 1);
            if (neverAName(word) || Titles.isTitle(word) || word.endsWith("'s") || word.endsWith("’s")) {
                break; // "China's Ministry of ...": a possessive stays outside a name
            }
            s = w;
        }
        return s;
    }

    /** Start of the word that ends at {@code end}. */
    private static int wordStart(String text, int end) {
        int s = end;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Start of the word that ends, a single space before, at {@code end}; -1 if there is none. */
    static int wordBefore(String text, int end) {
        if (end < 2 || text.charAt(end - 1) != ' ') {
            return -1;
        }
        int w = end - 1;
        while (w > 0 && Tokens.isWordChar(text.charAt(w - 1))) {
            w--;
        }
        return w == end - 1 ? -1 : w;
    }

    /** "The Central Committee": the article is not part of the name. */
    static int skipDeterminer(String text, int s, int e) {
        for (String d : new String[] {"The ", "A ", "An ", "This ", "Our ", "Your "}) {
            if (text.startsWith(d, s) && s + d.length() < e) {
                return s + d.length();
            }
        }
        return s;
    }
}
