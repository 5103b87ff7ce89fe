package org.edition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {

    private static final DateRecognizer DATES = new DateRecognizer();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            We received your telegram dated 6 March [1962].  | 6 March [1962]                 | 1962-03-06
            6 March 1962                                     | 6 March 1962                   | 1962-03-06
            6th March 1962                                   | 6th March 1962                 | 1962-03-06
            on the 3rd of May, 1957 the talks                | 3rd of May, 1957               | 1957-05-03
            the 21st of September 1949                       | 21st of September 1949         | 1949-09-21
            March 6, 1962                                    | March 6, 1962                  | 1962-03-06
            March 6th, 1962                                  | March 6th, 1962                | 1962-03-06
            March 6 1962                                     | March 6 1962                   | 1962-03-06
            Mar. 6, 1962                                     | Mar. 6, 1962                   | 1962-03-06
            Sept. 30, 1949                                   | Sept. 30, 1949                 | 1949-09-30
            6 Mar 1962                                       | 6 Mar 1962                     | 1962-03-06
            6 Mar. 1962                                      | 6 Mar. 1962                    | 1962-03-06
            6 March, 1962                                    | 6 March, 1962                  | 1962-03-06
            6 MARCH 1962                                     | 6 MARCH 1962                   | 1962-03-06
            "6\\u00a0March\\u00a01962"                       | "6\\u00a0March\\u00a01962"     | 1962-03-06
            Tuesday, 6 March 1962                            | Tuesday, 6 March 1962          | 1962-03-06
            Tuesday 6 March 1962                             | Tuesday 6 March 1962           | 1962-03-06
            Tues. March 6, 1962                              | Tues. March 6, 1962            | 1962-03-06
            on Tuesday, the 6th of March 1962                | Tuesday, the 6th of March 1962 | 1962-03-06
            [Tuesday], 6 March 1962                          | [Tuesday], 6 March 1962        | 1962-03-06
            6 March [1962]                                   | 6 March [1962]                 | 1962-03-06
            [6] March 1962                                   | [6] March 1962                 | 1962-03-06
            March [6], 1962                                  | March [6], 1962                | 1962-03-06
            [6 March] 1962                                   | [6 March] 1962                 | 1962-03-06
            6 [March] 1962                                   | 6 [March] 1962                 | 1962-03-06
            [March 6], 1962                                  | [March 6], 1962                | 1962-03-06
            6 March [1962?]                                  | 6 March [1962?]                | 1962-03-06
            [6 March [1962]]                                 | 6 March [1962]                 | 1962-03-06
            (dated [6 March 1962])                           | 6 March 1962                   | 1962-03-06
            6.III.62                                         | 6.III.62                       | 1962-03-06
            6.III.1962                                       | 6.III.1962                     | 1962-03-06
            6.iii.62                                         | 6.iii.62                       | 1962-03-06
            06.03.1962                                       | 06.03.1962                     | 1962-03-06
            6.3.1962                                         | 6.3.1962                       | 1962-03-06
            Minutes of 12.XII.57.                            | 12.XII.57                      | 1957-12-12
            1962-03-06                                       | 1962-03-06                     | 1962-03-06
            see the report (1962-03-06).                     | 1962-03-06                     | 1962-03-06
            29 February 1964                                 | 29 February 1964               | 1964-02-29
            29 February 2000                                 | 29 February 2000               | 2000-02-29
            March 1962                                       | March 1962                     | 1962-03
            in March [1962] the                              | March [1962]                   | 1962-03
            Mar. 1962                                        | Mar. 1962                      | 1962-03
            March, 1962                                      | March, 1962                    | 1962-03
            in March of 1962                                 | March of 1962                  | 1962-03
            early March 1962                                 | March 1962                     | 1962-03
            [see the letter of 6] March 1962                 | March 1962                     | 1962-03
            in 1962                                          | 1962                           | 1962
            In 1962 the                                      | 1962                           | 1962
            since 1962                                       | 1962                           | 1962
            by 1962,                                         | 1962                           | 1962
            the summer of 1962                               | 1962                           | 1962
            until 1962.                                      | 1962                           | 1962
            from 1962 on                                     | 1962                           | 1962
            during 1962                                      | 1962                           | 1962
            before 1962                                      | 1962                           | 1962
            after 1962                                       | 1962                           | 1962
            early 1962                                       | 1962                           | 1962
            late 1962                                        | 1962                           | 1962
            mid-1962                                         | 1962                           | 1962
            mid 1962                                         | 1962                           | 1962
            mid-[1962]                                       | 1962                           | 1962
            [mid-]1962                                       | 1962                           | 1962
            Summer 1962                                      | 1962                           | 1962
            spring 1962                                      | 1962                           | 1962
            autumn 1962                                      | 1962                           | 1962
            fall 1962                                        | 1962                           | 1962
            winter 1962                                      | 1962                           | 1962
            in [1962]                                        | 1962                           | 1962
            in [early] 1962                                  | 1962                           | 1962
            in 1000                                          | 1000                           | 1000
            in 2099                                          | 2099                           | 2099
            in 1962 [sic]                                    | 1962 [sic]                     | 1962
            6 March 1962 [SIC!] was                          | 6 March 1962 [SIC!]            | 1962-03-06
            on 6 March the talks                             | 6 March                        | --03-06
            March 6                                          | March 6                        | --03-06
            the 6th of March                                 | 6th of March                   | --03-06
            June 30                                          | June 30                        | --06-30
            29 February                                      | 29 February                    | --02-29
            Tuesday, 6 March                                 | 6 March                        | --03-06
            Dec. 3                                           | Dec. 3                         | --12-03
            "Moscow, 25 May."                                | 25 May                         | --05-25
            6 March [1962 or 1963]                           | 6 March                        | --03-06
            ready by 25.IV. and sent                         | 25.IV.                         | --04-25
            "by 25.IV."                                      | 25.IV.                         | --04-25
            """)
    void singleDates(String input, String span, String when) {
        input = unescape(input);
        DateMatch m = only(input);
        assertEquals(unescape(span), text(input, m));
        assertEquals(when, m.when());
        assertNull(m.from());
        assertNull(m.to());
        assertNull(m.notBefore());
        assertNull(m.notAfter());
        assertFalse(m.impossible());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            12–15 June 1984                      | 12–15 June 1984                   | 1984-06-12 | 1984-06-15
            12-15 June 1984                      | 12-15 June 1984                   | 1984-06-12 | 1984-06-15
            12 – 15 June 1984                    | 12 – 15 June 1984                 | 1984-06-12 | 1984-06-15
            12th–15th June 1984                  | 12th–15th June 1984               | 1984-06-12 | 1984-06-15
            June 12–15, 1984                     | June 12–15, 1984                  | 1984-06-12 | 1984-06-15
            12 June–15 July 1984                 | 12 June–15 July 1984              | 1984-06-12 | 1984-07-15
            June 12 – July 15, 1984              | June 12 – July 15, 1984           | 1984-06-12 | 1984-07-15
            1962–1963                            | 1962–1963                         | 1962       | 1963
            1962-1963                            | 1962-1963                         | 1962       | 1963
            in 1962—1963                         | 1962—1963                         | 1962       | 1963
            from 1962 to 1963                    | 1962 to 1963                      | 1962       | 1963
            between 1962 and 1963                | 1962 and 1963                     | 1962       | 1963
            from 12 to 15 June 1984              | 12 to 15 June 1984                | 1984-06-12 | 1984-06-15
            12 to 15 June 1984                   | 12 to 15 June 1984                | 1984-06-12 | 1984-06-15
            between 12 and 15 June 1984          | 12 and 15 June 1984               | 1984-06-12 | 1984-06-15
            from 12 June to 15 July 1984         | 12 June to 15 July 1984           | 1984-06-12 | 1984-07-15
            June–July 1984                       | June–July 1984                    | 1984-06    | 1984-07
            from March to May 1962               | March to May 1962                 | 1962-03    | 1962-05
            June 1984–July 1985                  | June 1984–July 1985               | 1984-06    | 1985-07
            28 December 1961 – 3 January 1962    | 28 December 1961 – 3 January 1962 | 1961-12-28 | 1962-01-03
            from 6 March 1962 to 8 March 1962    | 6 March 1962 to 8 March 1962      | 1962-03-06 | 1962-03-08
            12–15 June [1984]                    | 12–15 June [1984]                 | 1984-06-12 | 1984-06-15
            [12]–15 June 1984                    | [12]–15 June 1984                 | 1984-06-12 | 1984-06-15
            12–[15] June 1984                    | 12–[15] June 1984                 | 1984-06-12 | 1984-06-15
            1962–[1963]                          | 1962–[1963]                       | 1962       | 1963
            12-15 June                           | 12-15 June                        | --06-12    | --06-15
            March 6–April 2                      | March 6–April 2                   | --03-06    | --04-02
            from 30 June to 2 July               | 30 June to 2 July                 | --06-30    | --07-02
            June 12–15                           | June 12–15                        | --06-12    | --06-15
            between 2 January and 28 March       | 2 January and 28 March            | --01-02    | --03-28
            on the night of 16/17 April the      | 16/17 April                       | --04-16    | --04-17
            the night of 16/17 April 1961        | 16/17 April 1961                  | 1961-04-16 | 1961-04-17
            """)
    void ranges(String input, String span, String from, String to) {
        DateMatch m = only(input);
        assertEquals(span, text(input, m));
        assertNull(m.when());
        assertEquals(from, m.from());
        assertEquals(to, m.to());
        assertFalse(m.impossible());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            June 31                        | June 31
            on June 31 the                 | June 31
            June 31st                      | June 31st
            31 June                        | 31 June
            31 June 1962                   | 31 June 1962
            June 31, 1962                  | June 31, 1962
            30 February 1963               | 30 February 1963
            30 February                    | 30 February
            February 30th                  | February 30th
            29 February 1962               | 29 February 1962
            29 February 1900               | 29 February 1900
            31 April 1962                  | 31 April 1962
            31 September 1962              | 31 September 1962
            31 November 1962               | 31 November 1962
            31.IV.1962                     | 31.IV.1962
            30.02.1962                     | 30.02.1962
            1962-02-30                     | 1962-02-30
            31 June 1962 [sic]             | 31 June 1962 [sic]
            June 31 [sic!]                 | June 31 [sic!]
            31 June [1962] [Sic]           | 31 June [1962] [Sic]
            12–31 June 1984                | 12–31 June 1984
            June 30–31, 1984               | June 30–31, 1984
            """)
    void impossibleDates(String input, String span) {
        DateMatch m = only(input);
        assertEquals(span, text(input, m));
        assertTrue(m.impossible());
        assertNull(m.when());
        assertNull(m.from());
        assertNull(m.to());
        assertNull(m.notBefore());
        assertNull(m.notAfter());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "no date here",
        "1962 people",
        "243 corpses",
        "the 1962 elections",
        "118-01027-01",
        "file 118-1962-03",
        "No. 1962",
        "in No. 1962",
        "A1962",
        "in A1962",
        "in 1962A",
        "in the 1960s",
        "in 1962s",
        "in 1962.5",
        "in 1,962",
        "in 1962,000",
        "in 1962–63",
        "in 1962%",
        "in $1962",
        "pre-1962",
        "in 999",
        "in 2100",
        "in 3000",
        "may 1962",
        "in march 1962",
        "Marching 1962",
        "6March1962",
        "32 March 1962",
        "0 March 1962",
        "15–12 June 1984",
        "1500–2000 people",
        "1962 to 1963",
        "1962 and 1963",
        "6.3.62",
        "13.13.1962",
        "6.XIII.62",
        "1962-13-01",
        "1962-03-06-01",
        "1962-03-06T10",
        "v6.III.62",
        "[see the letter of 6] March",
        "1962-03-06/1962-03-08",
        "6/3/1962",
        "in 1962-63",
        "1962",
        // a day and month without a year: only where the month is written out
        "Jan 5",
        "Sept 11",
    })
    void noDates(String input) {
        assertEquals(List.of(), DATES.find(input), input);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            6 March 1962 and 7 April 1963                 | 6 March 1962 ¦ 7 April 1963
            in 1962 and in 1963                           | 1962 ¦ 1963
            6 and 7 March 1962                            | 6 ¦ 7 March 1962
            12 and 15 June                                | 12 ¦ 15 June
            On 6 March 1962 [sic] and 31 June 1962 we met | 6 March 1962 [sic] ¦ 31 June 1962
            "Telegram of 6.III.62, reply of 8.III.62."     | 6.III.62 ¦ 8.III.62
            Sent 12 June–15 July 1984; received in 1985.  | 12 June–15 July 1984 ¦ 1985
            the agreements of 1944 and 1945               | 1944 ¦ 1945
            in 1956 or [1957]                             | 1956 ¦ 1957
            """)
    void severalDates(String input, String spans) {
        List<String> expected = Arrays.stream(spans.split("¦")).map(String::strip).toList();
        List<String> actual = DATES.find(input).stream().map(m -> text(input, m)).toList();
        assertEquals(expected, actual);
    }

    @Test
    void aDayListedBeforeAnotherTakesItsMonthAndYear() {
        assertEquals("«17» 1961-04-17, «18 April 1961» 1961-04-18",
                listed("the meeting held on 17 and 18 April 1961"));
        assertEquals("«3» --05-03, «4» --05-04, «5 May» --05-05", listed("on 3, 4 and 5 May the talks"));
        assertEquals("«9» --06-09, «10 June» --06-10", listed("the demonstrations of 9 and 10 June in Cairo"));
        // "between" makes the same words a period; a number that lists no day stays a number
        assertEquals("«17 and 18 April 1961» 1961-04-17/1961-04-18", listed("between 17 and 18 April 1961"));
        assertEquals("«18 April 1961» 1961-04-18", listed("points 170 and 18 April 1961"));
        assertEquals("«18 April 1961» 1961-04-18", listed("1,400 men and 18 April 1961"));
    }

    private static String listed(String input) {
        return DATES.find(input).stream()
                .map(m -> "«" + text(input, m) + "» " + (m.when() != null ? m.when() : m.from() + "/" + m.to()))
                .collect(Collectors.joining(", "));
    }

    @Test
    void twoDigitYearsUseTheBase() {
        assertEquals("1862-03-06", only(new DateRecognizer(1800), "6.III.62").when());
        assertEquals("2005-03-06", only(new DateRecognizer(2000), "6.III.05").when());
        assertEquals("1905-03-06", only("6.III.05").when());
        // Four-digit years never move.
        assertEquals("1962-03-06", only(new DateRecognizer(1800), "6.III.1962").when());
    }

    @Test
    void rejectsAnImpossibleBase() {
        assertThrows(IllegalArgumentException.class, () -> new DateRecognizer(-1));
        assertThrows(IllegalArgumentException.class, () -> new DateRecognizer(10_000));
    }

    @Test
    void offsetsAreCharIndicesEvenAfterSupplementaryCharacters() {
        String input = "\uD835\uDC00 on 6 March 1962";
        DateMatch m = only(input);
        assertEquals(input.indexOf('6'), m.start());
        assertEquals(input.length(), m.end());
    }

    @Test
    void weekdayIsPartOfTheSpanButTheIsNot() {
        String input = "It was Tuesday, 6 March 1962, the 3rd of May, 1957 too.";
        List<DateMatch> found = DATES.find(input);
        assertEquals(List.of("Tuesday, 6 March 1962", "3rd of May, 1957"),
                found.stream().map(m -> text(input, m)).toList());
    }

    @Test
    void acceptsAnyCharSequence() {
        StringBuilder b = new StringBuilder("dated 6 March [1962].");
        assertEquals("1962-03-06", only(b.toString()).when());
        assertEquals(1, DATES.find(b).size());
    }

    @Test
    void unbalancedBracketsDoNotBreakTheScan() {
        for (String input : List.of("6 March 1962]", "[6 March 1962", "]]6 March [[1962", "[[[", "]]]")) {
            check(input, DATES.find(input));
        }
        assertEquals(1, DATES.find("6 March 1962]").size());
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> inputs = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            inputs.add(randomText(random, 30));
        }
        List<List<DateMatch>> expected = inputs.stream().map(DATES::find).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            if (!DATES.find(inputs.get(i)).equals(expected.get(i))) {
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
        Random random = new Random(20240611L);
        int matches = 0;
        int bracketed = 0;
        for (int round = 0; round < 5000; round++) {
            String input = randomText(random, 1 + random.nextInt(25));
            List<DateMatch> found = DATES.find(input);
            check(input, found);
            matches += found.size();
            for (DateMatch m : found) {
                if (text(input, m).indexOf('[') >= 0) {
                    bracketed++;
                }
            }
        }
        // Guard against a generator that never produces dates or never brackets inside them.
        assertTrue(matches > 1000, "only " + matches + " matches");
        assertTrue(bracketed > 100, "only " + bracketed + " matches contain a bracket");
    }

    @Test
    void bracketsAroundEveryComponentKeepTheDate() {
        String[] parts = {"6", "March", "1962"};
        for (int mask = 0; mask < 8; mask++) {
            StringBuilder b = new StringBuilder("on ");
            for (int i = 0; i < parts.length; i++) {
                boolean br = (mask & (1 << i)) != 0;
                b.append(i == 0 ? "" : " ").append(br ? "[" : "").append(parts[i]).append(br ? "]" : "");
            }
            String input = b.toString();
            DateMatch m = only(input);
            assertEquals("1962-03-06", m.when(), input);
            assertEquals(input.substring(3), text(input, m), input);
        }
    }

    /** Builds text from date-like pieces, then inserts balanced brackets anywhere, even inside words. */
    static String randomText(Random random, int pieces) {
        String[] vocabulary = {
            "6", "12", "15", "31", "29", "3rd", "21st", "06", "March", "June", "May", "Mar.", "February",
            "1962", "1984", "1963", "62", "III", ".", ",", "–", "-", "to", "and", "of", "the", "in", "from",
            "between", "mid-", "Tuesday", "[sic]", "1962-03-06", "6.III.62", "people", "No.", "243", "summer",
            "1,500", "$", "%", "?",
            // Whole dates, so that brackets land inside and around real matches.
            "6 March 1962", "Tuesday, 6 March 1962", "the 3rd of May, 1957", "March 6, 1962",
            "12–15 June 1984", "June 12–15, 1984", "12 June–15 July 1984", "1962–1963",
            "from 12 to 15 June 1984", "March 1962", "in 1962", "mid-1962", "June 31", "31 June 1962",
            "6.III.62 [sic]", "06.03.1962", "June–July 1984",
        };
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (i > 0 && random.nextInt(5) != 0) {
                plain.append(' ');
            }
            plain.append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return bracketise(random, plain.toString());
    }

    static String bracketise(Random random, String plain) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= plain.length(); i++) {
            while (random.nextInt(6) == 0 && depth < 4) {
                out.append('[');
                depth++;
            }
            while (depth > 0 && random.nextInt(4) == 0) {
                out.append(']');
                depth--;
            }
            if (i < plain.length()) {
                out.append(plain.charAt(i));
            }
        }
        out.append("]".repeat(depth));
        return out.toString();
    }

    /** Checks bounds, order, overlap and the bracket rule of {@code found} against {@code input}. */
    static void check(String input, List<DateMatch> found) {
        int[] partner = partners(input);
        int previousEnd = 0;
        for (DateMatch m : found) {
            assertTrue(m.start() >= previousEnd, () -> "overlap or disorder in «" + input + "»: " + found);
            assertTrue(m.end() <= input.length(), () -> "past the end in «" + input + "»: " + m);
            previousEnd = m.end();
            assertKeepsPairsWhole(input, partner, m.start(), m.end());
        }
    }

    /**
     * A span splits a pair exactly when one of its brackets lies inside and the other outside; pairs with
     * both brackets outside enclose the span or miss it, which is allowed.
     */
    static void assertKeepsPairsWhole(String input, int[] partner, int start, int end) {
        for (int k = start; k < end; k++) {
            int p = partner[k];
            if (p >= 0 && (p < start || p >= end)) {
                fail("span «" + input.substring(start, end) + "» at " + start + " splits the pair "
                        + Math.min(k, p) + ".." + Math.max(k, p) + " in «" + input + "»");
            }
        }
    }

    /** For each bracket, the index of its partner; -1 elsewhere and for unmatched brackets. */
    static int[] partners(String input) {
        int[] partner = new int[input.length()];
        Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) == '[') {
                open.push(i);
            } else if (input.charAt(i) == ']' && !open.isEmpty()) {
                int o = open.pop();
                partner[o] = i;
                partner[i] = o;
            }
        }
        return partner;
    }

    // ---- performance ----

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"dates", "digits", "brackets", "nested", "spaces", "dotted", "dashes", "weekdays",
        "months", "random"})
    void hundredThousandCharactersScanQuickly(String kind) {
        String input = longInput(kind);
        assertTrue(input.length() >= 100_000);
        List<DateMatch> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> DATES.find(input));
        check(input, found);
        if (kind.equals("dates")) {
            assertEquals(input.length() / "6 March [1962], ".length(), found.size());
        }
    }

    static String longInput(String kind) {
        Supplier<String> unit = switch (kind) {
            case "dates" -> () -> "6 March [1962], ";
            case "digits" -> () -> "1";
            case "brackets" -> () -> "[]";
            case "spaces" -> () -> " ";
            case "dotted" -> () -> "6.";
            case "dashes" -> () -> "1962-";
            case "weekdays" -> () -> "Tuesday, the ";
            case "months" -> () -> "March ";
            default -> null;
        };
        if (kind.equals("nested")) {
            return "[".repeat(50_000) + "6 March 1962" + "]".repeat(50_000);
        }
        if (kind.equals("random")) {
            Random random = new Random(99);
            StringBuilder b = new StringBuilder();
            while (b.length() < 100_000) {
                b.append(randomText(random, 20)).append(' ');
            }
            return b.toString();
        }
        StringBuilder b = new StringBuilder();
        while (b.length() < 100_000) {
            b.append(unit.get());
        }
        return b.toString();
    }

    // ---- helpers ----

    private static DateMatch only(String input) {
        return only(DATES, input);
    }

    private static DateMatch only(DateRecognizer recognizer, String input) {
        List<DateMatch> found = recognizer.find(input);
        assertEquals(1, found.size(), () -> "«" + input + "» gave " + describe(input, found));
        check(input, found);
        return found.get(0);
    }

    private static String describe(String input, List<DateMatch> found) {
        return found.stream().map(m -> "«" + text(input, m) + "» " + m).collect(Collectors.joining(", "));
    }

    private static String text(String input, DateMatch m) {
        return input.substring(m.start(), m.end());
    }

    /** A no-break space is invisible in a table, so the tables spell it as a backslash-u escape. */
    private static String unescape(String s) {
        return s.replace("\\u00a0", "\u00a0");
    }
}
