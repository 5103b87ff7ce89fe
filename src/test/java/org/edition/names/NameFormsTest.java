package org.edition.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameFormsTest {
    @Test
    void variantsOfOneNameAreSimilarAndOtherNamesAreNot() {
        assertTrue(NameForms.similar("Pak Seong-cheol", "Pak Song Chol"));
        assertTrue(NameForms.similar("Zhou Enlai", "Chou En-lai"));
        assertTrue(NameForms.similar("Dong Dang", "Đồng Đăng"));
        assertTrue(NameForms.similar("Chruščov", "Khrushchev"));
        assertFalse(NameForms.similar("Hao", "Deqing"));
        assertFalse(NameForms.similar("Kim Il Sung", "Pyongyang"));
    }

    @Test
    void anAcronymIsTheInitialsOfTheWordsBeforeIt() {
        assertTrue(acronym("CPSU", "the Communist Party of the Soviet Union "));
        assertTrue(acronym("KWP", "the Korean Workers' Party"));
        assertTrue(acronym("ICSC", "in the International Commission for Supervision and Control"));
        assertTrue(acronym("UN", "the United Nations"));
        assertFalse(acronym("CPSU", "the Communist Party of the Union"), "an initial missing");
        assertFalse(acronym("KWP", "the Korean Party"), "too few words");
        assertFalse(acronym("SED", "the Socialist Unity Party of Germany"), "an acronym of the original's words");
        assertFalse(acronym("KWP", "Korean workers' Party"), "a lower-case word that is no connector");
        assertFalse(acronym("Kwp", "the Korean Workers' Party"), "not in capitals");
        assertFalse(acronym("K", "the Korean"), "one letter");
    }

    @Test
    void aNameInAnotherOrderIsReordered() {
        assertTrue(NameForms.reordered("Kállai Gyula", "Gyula Kállai"));
        assertTrue(NameForms.reordered("Nagy Imre", "Imre Nagy"));
        assertFalse(NameForms.reordered("Imre Nagy", "Imre Nagy"), "the same order");
        assertFalse(NameForms.reordered("Nagy", "Nagy"), "one word");
        assertFalse(NameForms.reordered("Kállai Gyula", "Gyula Kádár"), "another name");
    }

    @Test
    void aFullNameCompletesItsSurname() {
        assertTrue(NameForms.completes("Khuhro", "Muhammad Ayub Khuhro"));
        assertTrue(NameForms.completes("Nehru", "Jawaharlal Nehru"));
        assertFalse(NameForms.completes("Nehru", "Nehru"), "the same name");
        assertFalse(NameForms.completes("Khuhro", "Ayub Khan"), "another surname");
        assertFalse(NameForms.completes("Khuhro", "the Sind Khuhro"), "words in lower case");
    }

    private static boolean acronym(String form, String before) {
        return NameForms.acronymBefore(form, before, before.length());
    }

    @Test
    void lettersAreLowerCaseWithoutMarks() {
        assertEquals("pakseongcheol", NameForms.letters("Pak Seong-cheol"));
        assertEquals("dongdang", NameForms.letters("Đồng Đăng"));
        assertEquals("", NameForms.letters("1962 -- "));
    }

    /** The distance and the quick refusals before it must answer as the whole Levenshtein table does. */
    @Test
    void distanceAndSimilarityAgreeWithTheFullTable() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = random.nextInt(3) == 0 ? mutated(a, random) : randomWord(random);
            int full = fullDistance(a, b);
            assertEquals(full, NameForms.distance(a, b), a + " / " + b);
            int longer = Math.max(a.length(), b.length());
            int apart = Math.abs(a.length() - b.length());
            boolean lengths = a.length() >= 3 && b.length() >= 3
                    && (apart * 3 <= longer || apart * 2 <= longer && a.charAt(0) == b.charAt(0));
            boolean expected = lengths && (near(a, b) || full * 2 <= longer && a.length() >= 4 && b.length() >= 4
                    && near(NameForms.sounds(a), NameForms.sounds(b)));
            assertEquals(expected, NameForms.similarLetters(a, b), a + " / " + b);
        }
    }

    private static boolean near(String a, String b) {
        int full = fullDistance(a, b);
        int longer = Math.max(a.length(), b.length());
        return full * 2 <= longer && a.charAt(0) == b.charAt(0) || full * 3 <= longer;
    }

    @Test
    void romanizationsOfOneNameAreSimilar() {
        assertTrue(NameForms.similar("al-Qasim", "al-Kassem"));
        assertTrue(NameForms.similar("Chinggis Khaan", "Genghis Khan"));
        assertTrue(NameForms.similar("Peking", "Beijing"));
        assertFalse(NameForms.similar("Kim Il Sung", "Kim Jong Il"));
        assertFalse(NameForms.similar("Hanoi", "Haiphong"));
    }

    private static String randomWord(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(6))); // few letters: many near pairs
        }
        return sb.toString();
    }

    private static String mutated(String s, Random random) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = random.nextInt(4); k > 0; k--) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, (char) ('a' + random.nextInt(6)));
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, (char) ('a' + random.nextInt(6)));
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
