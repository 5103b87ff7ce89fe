package org.edition.testing;

import java.util.List;
import java.util.Random;

/**
 * Random plain-text translations that stress the converter rather than imitate the sample: any
 * bracket kind anywhere (nested, adjacent, inside words, after titles, at line starts), lists of
 * every enumerator style and depth, tables, quotes, markup characters, odd spacing. Brackets are
 * always balanced within a paragraph, so every input must convert without error.
 */
public final class RandomTranslation {
    private static final List<String> WORDS = List.of("the", "border", "delegation", "Ministry", "of", "agreed",
            "that", "Korea", "China", "Poland", "comrade", "Ambassador", "Hao", "Pak", "Seong-cheol", "said",
            "people", "province", "authorities", "&", "<b>", "a<c", "x>y", "—", "…", "\"term\"", "“curly”", "it's",
            "U.S.", "No.", "1", "28,028", "15%", "$1,500", "6", "March", "1962", "12–15", "June", "1984", "6.III.62",
            "in", "on", "and", "Mr.", "Premier", "Zhou", "Enlai", "recieved", "Hye", "—a", "(see", "above)", ";", ":");
    private static final List<String> BRACKETS = List.of("North", "we", "the", "...", "…", "illegible",
            "2 words illegible", "sic", "?", "Translator's note: literally, rush", "TN: a term", "Stamp:",
            "handwritten: approved", "page 2", "Deqing", "Pak Song Chol", "Chou En-lai", "received", "1962", "to China",
            "Here follows the text", "1 paragraph (6 lines) not declassified", "word?", "Seal", "Signature", "FNU",
            "Editor's note: damaged", "中国", "san", "several words here");
    private static final List<String> ENUMERATORS = List.of("1.", "2.", "3.", "(1)", "(2)", "a.", "b.", "(a)", "(b)",
            "I.", "II.", "i.", "ii.", "1)", "2)", "- 1.", "- 2.", " - a.", " - b.", "-", "*", "•");

    private final Random random;

    public RandomTranslation(long seed) {
        this.random = new Random(seed);
    }

    public String document() {
        StringBuilder sb = new StringBuilder();
        int blocks = 1 + random.nextInt(12);
        // one document in four has numbered footnotes: a mark after some paragraphs, the notes at the end
        boolean footnoted = random.nextInt(4) == 0;
        int marks = 0;
        if (random.nextInt(6) == 0) {
            // an inside address at the top: "To the ..." and lines of names, brackets and all
            sb.append("To the ").append(line(1 + random.nextInt(4)).strip());
            for (int l = random.nextInt(4); l > 0; l--) {
                sb.append('\n').append(line(1 + random.nextInt(3)).strip());
            }
            sb.append("\n\n");
        }
        for (int b = 0; b < blocks; b++) {
            if (b > 0) {
                sb.append(random.nextInt(6) == 0 ? "\n \t\n" : "\n\n");
            }
            switch (random.nextInt(6)) {
                case 0 -> sb.append(list());
                case 1 -> sb.append(table());
                case 2 -> sb.append(line(1 + random.nextInt(5)));
                default -> {
                    sb.append(paragraph());
                    if (footnoted && random.nextBoolean()) {
                        sb.append('[').append(++marks).append(']');
                    }
                }
            }
        }
        for (int n = 1; n <= marks; n++) {
            sb.append(n == 1 ? "\n\n" : random.nextInt(3) == 0 ? "\n\n" : "\n").append('[').append(n).append("] ")
                    .append(line(2 + random.nextInt(12)).strip());
        }
        if (random.nextBoolean()) {
            sb.append('\n');
        }
        return sb.toString();
    }

    private String paragraph() {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(line(4 + random.nextInt(30)));
        }
        return sb.toString();
    }

    private String list() {
        StringBuilder sb = new StringBuilder();
        int items = 1 + random.nextInt(6);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(" ".repeat(random.nextInt(3) * 2)).append(pick(ENUMERATORS)).append(' ')
                    .append(line(2 + random.nextInt(15)));
        }
        return sb.toString();
    }

    private String table() {
        StringBuilder sb = new StringBuilder();
        int rows = 2 + random.nextInt(3);
        int cols = 2 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append('\n');
            }
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    sb.append("   ");
                }
                sb.append(r == 0 ? "Col" + c : String.format("%,d", random.nextInt(100_000)));
            }
        }
        return sb.toString();
    }

    private String line(int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(random.nextInt(20) == 0 ? "  " : " ");
            }
            int r = random.nextInt(10);
            if (r < 3) {
                sb.append(bracket(0));
            } else if (r == 3) {
                sb.append(pick(WORDS)).append('[').append(pick(List.of("san", "ember", "nited"))).append(']');
            } else {
                sb.append(pick(WORDS));
            }
        }
        return sb.append(pick(List.of(".", ".", "", ":", "?", ";"))).toString();
    }

    private String bracket(int depth) {
        if (depth < 3 && random.nextInt(8) == 0) {
            return "[" + pick(WORDS) + " " + bracket(depth + 1) + " " + pick(WORDS) + "]";
        }
        return "[" + pick(BRACKETS) + "]";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
