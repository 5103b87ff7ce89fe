package org.edition.corpus;

import java.util.List;
import java.util.Random;

/**
 * Generates plain-text translations in the style of the sample (a telegram with a heading,
 * precedence, addressee, paragraphs, nested numbered lists, signatories and a date) with every
 * kind of bracket the converter knows, from a seed: the same seed gives the same corpus. Used by
 * the benchmark and by the property tests. Not thread-safe (one {@link Random}).
 */
public final class CorpusGenerator {
    private static final List<String> PLACES = List.of("[North] Korea", "China", "Jilin Province", "Hungary",
            "Poland", "the [Soviet] Union", "Mongolia", "Vietnam", "Albania", "Cuba", "Yugoslavia", "Liaoning Province");
    private static final List<String> MINISTRIES = List.of("Ministry of Foreign Affairs", "Ministry of Public Security",
            "Ministry of Foreign Trade", "Ministry of Culture", "State Planning Commission", "Ministry of Defence");
    private static final List<String> PEOPLE = List.of("Ambassador Hao [Deqing]", "Ambassador Qiao [Xiaoguang]",
            "Comrade Pak Seong-cheol [Pak Song Chol]", "Minister Ri Chang-jeong [Ri Chang Jong]",
            "Premier Zhou Enlai [Chou En-lai]", "Comrade Kádár", "Chairman Tsedenbal", "Mr. Novak");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> VERBS = List.of("have crossed the border into", "were returned to",
            "applied to visit relatives in", "requested assistance from", "sent a delegation to",
            "signed an agreement with", "reported difficulties in", "expressed thanks to");
    /** What a sentence is about when it names no place: the sample names one in about every other sentence. */
    private static final List<String> OBJECTS = List.of("the border area", "the reception centre", "the county seat",
            "the consular section", "the home district", "the relevant departments", "the collective farm",
            "the provincial capital");
    private static final List<String> SUBJECTS = List.of("huge numbers of ethnic Koreans", "the local authorities",
            "[we]", "the [North] Korean side", "the delegation", "[our] embassy", "the border guards",
            "the trade representatives", "the cadres of the province", "[the] commission");
    private static final List<String> CLAUSES = List.of("as soon as possible", "[in the process]",
            "in accordance with the agreement", "without delay", "[with this protocol]", "at the present time",
            "[and] in a timely fashion", "through normal channels", "[for the family to go to North Korea]",
            "in principle");
    private static final List<String> INSERTIONS = List.of("[...]", "[…]", "[illegible]", "[2 words illegible]",
            "recieved [sic]", "Halloran [?]", "[samples?]", "[Translator's note: the term is unclear in the original.]",
            "Hye[san]", "U[nited] N[ations]", "[Here follows the text of the agreement]",
            "the [the [North] Korean side] delegation", "\"authorization letters\"", "[TN: literally, rush]",
            "[1 paragraph (6 lines) not declassified]", "[page 2]");

    /**
     * How often a sentence names a place: set so that a document names persons, places and
     * organizations about as densely as the sample does (37 mentions in 5,315 characters, 7.0 per
     * 1,000; the generated documents have about 7.8). With a place in every sentence they had 13.
     */
    private static final int PLACE_PERCENT = 45;

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One document of roughly {@code targetChars} characters (the sample has 5,315). */
    public String document(int targetChars) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(PLACES).replace("[", "").replace("]", "")).append("\n\n");
        sb.append(pick(List.of("Additional Rush", "Urgent", "Top Secret", "Confidential"))).append("\n\n");
        sb.append("[To the] [Chinese] Embassy in ").append(pick(PLACES)).append(":\n\n");
        sb.append("[We] received your telegram dated ").append(date(true)).append(".\n\n");
        while (sb.length() < targetChars * 2 / 3) {
            sb.append(paragraph()).append("\n\n");
        }
        sb.append("Please clarify the issue along the following lines:\n\n");
        int items = 2 + random.nextInt(4);
        for (int i = 1; i <= items && sb.length() < targetChars; i++) {
            sb.append("- ").append(i).append(". ").append(sentence()).append(' ').append(sentence()).append('\n');
            if (random.nextInt(3) == 0) {
                char letter = 'a';
                for (int j = 0; j < 2; j++) {
                    sb.append(" - ").append(letter++).append(". ").append(sentence()).append('\n');
                }
            }
        }
        sb.append('\n');
        int signatories = 1 + random.nextInt(2);
        for (int i = 0; i < signatories; i++) {
            sb.append(MINISTRIES.get((i + random.nextInt(MINISTRIES.size())) % MINISTRIES.size())).append("\n\n");
        }
        sb.append(date(false));
        if (random.nextBoolean()) {
            sb.append('\n');
        }
        return sb.toString();
    }

    private String paragraph() {
        StringBuilder sb = new StringBuilder();
        int n = 3 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence());
        }
        return sb.toString();
    }

    private String sentence() {
        StringBuilder sb = new StringBuilder();
        String subject = pick(SUBJECTS);
        sb.append(Character.toUpperCase(subject.charAt(0))).append(subject.substring(1));
        sb.append(' ').append(pick(VERBS)).append(' ').append(random.nextInt(100) < PLACE_PERCENT ? pick(PLACES) : pick(OBJECTS));
        switch (random.nextInt(7)) {
            case 0 -> sb.append(" on ").append(date(random.nextBoolean()));
            case 1 -> sb.append(", and ").append(String.format("%,d", 10 + random.nextInt(40_000))).append(" people were affected");
            case 2 -> sb.append(" after meeting ").append(pick(PEOPLE));
            case 3 -> sb.append(' ').append(pick(INSERTIONS));
            case 4 -> sb.append(", about ").append(1 + random.nextInt(99)).append("% of the total");
            default -> sb.append(' ').append(pick(CLAUSES));
        }
        sb.append(random.nextInt(5) == 0 ? ", " + pick(CLAUSES) : "").append('.');
        return sb.toString();
    }

    private String date(boolean suppliedYear) {
        int day = 1 + random.nextInt(28);
        String month = pick(MONTHS);
        int year = 1950 + random.nextInt(40);
        return suppliedYear ? day + " " + month + " [" + year + "]" : day + " " + month + " " + year;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
