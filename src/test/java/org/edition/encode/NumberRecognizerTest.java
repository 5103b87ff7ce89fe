package org.edition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberRecognizerTest {

    private static final NumberRecognizer NUMBERS = new NumberRecognizer();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            243                                  | 243                     | 243        | cardinal   |
            there were 243 corpses               | 243                     | 243        | cardinal   |
            28,028                               | 28,028                  | 28028      | cardinal   |
            1,500,000 people                     | 1,500,000               | 1500000    | cardinal   |
            "28\\u00a0028"                        | "28\\u00a0028"           | 28028      | cardinal   |
            "1\\u202f500\\u202f000"                | "1\\u202f500\\u202f000"   | 1500000    | cardinal   |
            2.5                                  | 2.5                     | 2.5        | cardinal   |
            0.5                                  | 0.5                     | 0.5        | cardinal   |
            1,500.50                             | 1,500.50                | 1500.50    | cardinal   |
            1962 people                          | 1962                    | 1962       | cardinal   |
            0                                    | 0                       | 0          | cardinal   |
            it was 5.                            | 5                       | 5          | cardinal   |
            (243)                                | 243                     | 243        | cardinal   |
            [243]                                | 243                     | 243        | cardinal   |
            no 5 men                             | 5                       | 5          | cardinal   |
            2.5 million                          | 2.5 million             | 2500000    | cardinal   |
            3 billion                            | 3 billion               | 3000000000 | cardinal   |
            12 thousand                          | 12 thousand             | 12000      | cardinal   |
            4 hundred                            | 4 hundred               | 400        | cardinal   |
            1.2 trillion                         | 1.2 trillion            | 1200000000000 | cardinal |
            0.25 million                         | 0.25 million            | 250000     | cardinal   |
            2.5 Million                          | 2.5 Million             | 2500000    | cardinal   |
            2.5 [million]                        | 2.5 [million]           | 2500000    | cardinal   |
            12 thousands                         | 12                      | 12         | cardinal   |
            3 millionaires                       | 3                       | 3          | cardinal   |
            15%                                  | 15%                     | 15         | percentage |
            15 %                                 | 15 %                    | 15         | percentage |
            2.5%                                 | 2.5%                    | 2.5        | percentage |
            15 percent                           | 15 percent              | 15         | percentage |
            15 per cent                          | 15 per cent             | 15         | percentage |
            15 per-cent                          | 15 per-cent             | 15         | percentage |
            15 Percent                           | 15 Percent              | 15         | percentage |
            15 [per cent]                        | 15 [per cent]           | 15         | percentage |
            15 [%]                               | 15 [%]                  | 15         | percentage |
            2 million percent                    | 2 million percent       | 2000000    | percentage |
            15 percentage points                 | 15                      | 15         | cardinal   |
            15 [per cent, roughly]               | 15                      | 15         | cardinal   |
            3rd                                  | 3rd                     | 3          | ordinal    |
            21st                                 | 21st                    | 21         | ordinal    |
            22nd                                 | 22nd                    | 22         | ordinal    |
            11th                                 | 11th                    | 11         | ordinal    |
            the 5TH division                     | 5TH                     | 5          | ordinal    |
            1,000th                              | 1,000th                 | 1000       | ordinal    |
            the [3rd]                            | 3rd                     | 3          | ordinal    |
            """)
    void plainNumbers(String input, String span, String value, String type, String unit) {
        input = unescape(input);
        NumberMatch m = only(input);
        assertEquals(unescape(span), text(input, m));
        assertEquals(value, m.value());
        assertEquals(type, m.type());
        assertEquals(unit, m.unit());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $1,500                    | $1,500                  | 1500       | USD
            paid $1,500.              | $1,500                  | 1500       | USD
            $ 1,500                   | $ 1,500                 | 1500       | USD
            US$1,500                  | US$1,500                | 1500       | USD
            USD 1,500                 | USD 1,500               | 1500       | USD
            1,500 USD                 | 1,500 USD               | 1500       | USD
            500 dollars               | 500 dollars             | 500        | USD
            1 dollar                  | 1 dollar                | 1          | USD
            3 million dollars         | 3 million dollars       | 3000000    | USD
            $1.5 million              | $1.5 million            | 1500000    | USD
            5 US dollars              | 5 US dollars            | 5          | USD
            5 U.S. dollars            | 5 U.S. dollars          | 5          | USD
            5 American dollars        | 5 American dollars      | 5          | USD
            HK$20                     | HK$20                   | 20         | HKD
            5 Hong Kong dollars       | 5 Hong Kong dollars     | 5          | HKD
            5 Canadian dollars        | 5 Canadian dollars      | 5          | CAD
            £3 million                | £3 million              | 3000000    | GBP
            £300                      | £300                    | 300        | GBP
            10 pounds sterling        | 10 pounds sterling      | 10         | GBP
            3 million sterling        | 3 million sterling      | 3000000    | GBP
            €20                       | €20                     | 20         | EUR
            3,000 yuan                | 3,000 yuan              | 3000       | CNY
            3,000 Yuan                | 3,000 Yuan              | 3000       | CNY
            RMB 3,000                 | RMB 3,000               | 3000       | CNY
            RMB3,000                  | RMB3,000                | 3000       | CNY
            3,000 RMB                 | 3,000 RMB               | 3000       | CNY
            2 million renminbi        | 2 million renminbi      | 2000000    | CNY
            500 rubles                | 500 rubles              | 500        | RUB
            500 roubles               | 500 roubles             | 500        | RUB
            1.5 billion rubles        | 1.5 billion rubles      | 1500000000 | RUB
            1 ruble                   | 1 ruble                 | 1          | RUB
            100 francs                | 100 francs              | 100        | francs
            50 Francs                 | 50 Francs               | 50         | francs
            20 kopecks                | 20 kopecks              | 20         | kopecks
            1,000 yen                 | 1,000 yen               | 1000       | yen
            50 cents                  | 50 cents                | 50         | cents
            $[1,500]                  | $[1,500]                | 1500       | USD
            [$]1,500                  | [$]1,500                | 1500       | USD
            [US$]1,500                | [US$]1,500              | 1500       | USD
            3,000 [yuan]              | 3,000 [yuan]            | 3000       | CNY
            """)
    void currency(String input, String span, String value, String unit) {
        NumberMatch m = only(input);
        assertEquals(span, text(input, m));
        assertEquals(value, m.value());
        assertEquals(NumberMatch.CURRENCY, m.type());
        assertEquals(unit, m.unit());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "no numbers here",
        "118-01027-01",
        "file 118-01027-01 reads",
        "3/4",
        "1/2 of them",
        "No. 5",
        "No.5",
        "No 5",
        "no. 5",
        "Nos. 5",
        "Nr. 5",
        "#5",
        "\u2116 5",
        "No. [243]",
        "A1962",
        "1962A",
        "A1962B3",
        "v2",
        "3rdly",
        "2.5th",
        "1960s",
        "the '62 election",
        "1962's",
        "15-year-old",
        "-5",
        "5-",
        "6.III.62",
        "06.03.1962",
        "1962-03-06",
        "1.2.3",
        "section 4.2.1",
        "10:30",
        "1,2,3",
        "12,34",
        "1962,243",
        "1,000,00",
        "007",
        "01027",
        "p.5",
        "ab_5",
        "x@5",
        "5:a",
    })
    void noNumbers(String input) {
        assertEquals(List.of(), NUMBERS.find(input), input);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Of 28,028 people, 15% died and $1,500 was paid on the 3rd. | 28,028 ¦ 15% ¦ $1,500 ¦ 3rd
            it was 5, 6, 7                                               | 5 ¦ 6 ¦ 7
            1,000–2,000 troops                                           | 1,000 ¦ 2,000
            pages 12–15                                                  | 12 ¦ 15
            5 pounds of rice                                             | 5
            "1 232 people"                                               | 1 ¦ 232
            No. 5 and 6                                                  | 6
            $5 and 6 dollars                                             | $5 ¦ 6 dollars
            2.5 million 3 billion                                        | 2.5 million ¦ 3 billion
            [243] and [15 per cent]                                      | 243 ¦ 15 per cent
            """)
    void severalNumbers(String input, String spans) {
        List<String> expected = Arrays.stream(spans.split("¦")).map(String::strip).toList();
        List<String> actual = NUMBERS.find(input).stream().map(m -> text(input, m)).toList();
        assertEquals(expected, actual);
    }

    @Test
    void bracketsAroundTheWholeFigureStayOutside() {
        // A span inside the content of a pair is allowed and the smallest that is right.
        String input = "[15 per cent]";
        NumberMatch m = only(input);
        assertEquals("15 per cent", text(input, m));
    }

    @Test
    void offsetsAreCharIndicesEvenAfterSupplementaryCharacters() {
        String input = "\uD835\uDC00 paid $1,500";
        NumberMatch m = only(input);
        assertEquals(input.indexOf('$'), m.start());
        assertEquals(input.length(), m.end());
    }

    @Test
    void acceptsAnyCharSequence() {
        assertEquals(List.of(new NumberMatch(0, 6, "28028", NumberMatch.CARDINAL, null)),
                NUMBERS.find(new StringBuilder("28,028")));
    }

    @Test
    void matchRejectsInconsistentValues() {
        Class<IllegalArgumentException> bad = IllegalArgumentException.class;
        assertThrows(bad, () -> new NumberMatch(0, 0, "1", NumberMatch.CARDINAL, null));
        assertThrows(bad, () -> new NumberMatch(0, 1, "", NumberMatch.CARDINAL, null));
        assertThrows(bad, () -> new NumberMatch(0, 1, "1", "fraction", null));
        assertThrows(bad, () -> new NumberMatch(0, 1, "1", NumberMatch.CURRENCY, null));
        assertThrows(bad, () -> new NumberMatch(0, 1, "1", NumberMatch.CARDINAL, "USD"));
    }

    @Test
    void unbalancedBracketsDoNotBreakTheScan() {
        for (String input : List.of("243]", "[243", "]]15 [[per cent", "[[[", "]]]", "$]5", "5 [million")) {
            check(input, NUMBERS.find(input));
        }
        assertEquals(1, NUMBERS.find("243]").size());
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> inputs = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            inputs.add(randomText(random, 30));
        }
        List<List<NumberMatch>> expected = inputs.stream().map(NUMBERS::find).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            if (!NUMBERS.find(inputs.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- the hard bracket rule, overlap and order, on generated text ----

    @Test
    void randomBracketsNeverSplitAPair() {
        Random random = new Random(20240612L);
        int matches = 0;
        int bracketed = 0;
        for (int round = 0; round < 5000; round++) {
            String input = randomText(random, 1 + random.nextInt(25));
            List<NumberMatch> found = NUMBERS.find(input);
            check(input, found);
            matches += found.size();
            for (NumberMatch m : found) {
                if (text(input, m).indexOf('[') >= 0) {
                    bracketed++;
                }
            }
        }
        assertTrue(matches > 5000, "only " + matches + " matches");
        assertTrue(bracketed > 100, "only " + bracketed + " matches contain a bracket");
    }

    static String randomText(Random random, int pieces) {
        String[] vocabulary = {
            "243", "28,028", "2.5", "million", "thousand", "15%", "15", "percent", "per cent", "$1,500", "$",
            "US$", "£3", "yuan", "RMB", "rubles", "3rd", "21st", "No.", "#", "118-01027-01", "3/4", "people",
            "dollars", "pounds sterling", "2.5 million", "15 per cent", "RMB 3,000", "3,000 yuan", "the", ",",
            ".",
            "-", "–", "1962", "6.III.62", "A", "?",
        };
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (i > 0 && random.nextInt(5) != 0) {
                plain.append(' ');
            }
            plain.append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return DateRecognizerTest.bracketise(random, plain.toString());
    }

    // ---- performance ----

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"numbers", "digits", "commas", "dots", "hyphens", "brackets", "nested", "spaces",
        "dollars", "letters", "nbsp", "random"})
    void hundredThousandCharactersScanQuickly(String kind) {
        String input = longInput(kind);
        assertTrue(input.length() >= 100_000);
        List<NumberMatch> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> NUMBERS.find(input));
        check(input, found);
        if (kind.equals("numbers")) {
            assertEquals(input.length() / "$1,500 and [2.5 million] ".length() * 2, found.size());
        }
    }

    static String longInput(String kind) {
        switch (kind) {
            case "nested":
                return "[".repeat(50_000) + "15 per cent" + "]".repeat(50_000);
            case "digits":
                return "1".repeat(100_000);
            case "letters":
                return "a".repeat(50_000) + "1" + "b".repeat(50_000);
            case "random": {
                Random random = new Random(5);
                StringBuilder b = new StringBuilder();
                while (b.length() < 100_000) {
                    b.append(randomText(random, 20)).append(' ');
                }
                return b.toString();
            }
            default:
                break;
        }
        String unit = switch (kind) {
            case "numbers" -> "$1,500 and [2.5 million] ";
            case "commas" -> "1,";
            case "dots" -> "1.";
            case "hyphens" -> "1-";
            case "brackets" -> "[1]";
            case "spaces" -> " ";
            case "dollars" -> "$ ";
            case "nbsp" -> "111\u00a0";
            default -> throw new IllegalArgumentException(kind);
        };
        return unit.repeat(100_000 / unit.length() + 1);
    }

    // ---- helpers ----

    private static NumberMatch only(String input) {
        List<NumberMatch> found = NUMBERS.find(input);
        assertEquals(1, found.size(), () -> "«" + input + "» gave " + describe(input, found));
        check(input, found);
        return found.get(0);
    }

    private static String describe(String input, List<NumberMatch> found) {
        return found.stream().map(m -> "«" + text(input, m) + "» " + m).collect(Collectors.joining(", "));
    }

    private static String text(String input, NumberMatch m) {
        return input.substring(m.start(), m.end());
    }

    private static String unescape(String s) {
        return s.replace("\\u00a0", "\u00a0").replace("\\u202f", "\u202f");
    }

    /** Checks bounds, order, overlap and the bracket rule of {@code found} against {@code input}. */
    private static void check(String input, List<NumberMatch> found) {
        int[] partner = DateRecognizerTest.partners(input);
        int previousEnd = 0;
        for (NumberMatch m : found) {
            assertTrue(m.start() >= previousEnd, () -> "overlap or disorder in «" + input + "»: " + found);
            assertTrue(m.end() <= input.length(), () -> "past the end in «" + input + "»: " + m);
            previousEnd = m.end();
            DateRecognizerTest.assertKeepsPairsWhole(input, partner, m.start(), m.end());
        }
    }
}
