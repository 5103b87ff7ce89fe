package org.edition.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognition measured against gold lists: the sample against the encoding notes' 37 mentions with
 * the starting register; six documents of other countries and eras with an empty register, so that
 * only the rules can find their names, and two more held out from the rules' tuning. The figures are
 * printed for the record.
 */
class NameRecognitionTest {
    private static final Path GOLD = Path.of("src", "test", "resources", "names");
    private static final Path CASES = Path.of("src", "test", "resources", "cases");

    @Test
    void theSampleMeetsTheGoldListWithTheStartingRegister() throws IOException {
        Register register = new RegisterReader().read(Path.of("seeds", "register.xml"), new Diagnostics("register"));
        NameScore s = NameScore.of(Path.of("seeds", "000_2b4c022557e90890.txt"), register,
                GOLD.resolve("000_2b4c022557e90890.tsv"), new NameScore());
        System.out.println("names, sample with the starting register: " + s + "; missed " + s.missed
                + "; spurious " + s.spurious);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void rulesAloneFindNamesInDocumentsOfOtherCountries(@TempDir Path dir) throws IOException {
        NameScore s = new NameScore();
        for (String name : List.of("20-soviet-india-memcon-1956", "22-hungary-belgrade-cable-1956",
                "25-czechoslovak-havana-cable-1962", "28-japan-soviet-fisheries-memcon-1973",
                "32-prc-embassy-dprk-fishermen-cable-1961", "35-cuba-soviet-angola-memcon-1976")) {
            Path input = dir.resolve(name + ".txt");
            Files.copy(CASES.resolve(name).resolve("input.txt"), input);
            NameScore.of(input, Register.empty(), GOLD.resolve(name + ".tsv"), s);
        }
        System.out.println("names, six other documents, rules only: " + s);
        System.out.println("  missed: " + s.missed);
        System.out.println("  spurious: " + s.spurious);
        // a floor, not a target: the figures are reported in the closing note
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.6);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Documents written to be kept out of the rules' tuning. 41 to 44 were held out when written (each
     * file says when), but on the evening of 2026-11-29 general rules were added after reading their
     * misses (a surname with the full name in brackets, a role in apposition, organizations and
     * universities), so their figures now say how the rules do on text they have seen. 45 and 46 were
     * written after those changes and scored once, with nothing changed for them; but on 2026-11-30
     * known places were added that were among their misses too. 47 and 48 were written after that,
     * their gold lists before their first conversion, and scored once; a rule was added after reading
     * 47's misses. 49 and 50 were written the next session, the same way, and scored once: precision
     * 0.881 (37/42), recall 0.673 (37/55); rules were then added after reading their misses (given names
     * before a speaker's surname, titles in lower case, places before their kind in lower case, a role
     * over a signatory's name), so they too now say how the rules do on text they have seen. 51 and 52
     * were written the session after, the same way, and scored once: precision 0.937 (59/63), recall
     * 0.756 (59/78); two lines of 51's gold list were then changed for consistency with the conventions
     * (its file says which and why), and rules were added after reading their misses (places after a
     * preposition of place and named again, "Radio" before a name, a kind word after a body's, a
     * person after "the government of"), so they too now count as seen. 53 and 54 were written after
     * those rules, the same way, and scored once: precision 0.957 (44/46), recall 0.710 (44/62); rules
     * were then added after reading their misses (an acronym before its name in words, and found again
     * by the acronym; kinds of place before the name, "Villa Joly"; a place listed after one found by
     * its preposition; "Congress" without an article; titles in lower case after "our" and in
     * apposition; "Chief" as a title), so they too now count as seen. 55 and 56 were written the
     * session after, the same way, and scored once: precision 0.940 (47/50), recall 0.746 (47/63); one
     * line of 56's gold list was then changed to keep a title outside the name (its file says why), and
     * rules were added after reading their misses ("the Congress", "the Nepali Congress"; courts and
     * councils; "House" and "Plaza de Mayo"; titles of church and army; a title set off by commas;
     * "leader of"; an office in brackets after a title), so they too now count as seen. 57 and 58 were
     * written after those rules, the same way, and scored once: precision 0.957 (45/47), recall 0.804
     * (45/56); rules were then added after reading their misses (a surname after initials; a person set
     * off by commas after "the former King"; "the State of Vietnam"; a place before a modal verb; a
     * body's kind in brackets after a known body; four known bodies), so they too now count as seen.
     * 59 and 60 were written after those rules, the same way, and scored once: precision 0.914 (53/58),
     * recall 0.779 (53/68); rules were then added after reading their misses (speakers' labels in a
     * dialogue; who was present, item by item; names after initials read on; the Arabic article before a
     * name's word; more titles; a line opening with two initials is no list), so they too now count as seen.
     * 61 and 62 were written after those rules, the same way, and scored once: precision 0.902 (46/51),
     * recall 0.780 (46/59); rules were then added after reading their misses (a place before "palace" or
     * "valley" in lower case; a person set off after a title at a sentence's end; more portfolios; the
     * people's republics under their official names; parliaments' houses; "Chargé d'Affaires a.i." over a
     * signature; places listed with commas after one found by its preposition), so they too now count as seen.
     * 63 and 64 were written the session after, the same way, and scored once: precision 0.900 (54/60),
     * recall 0.806 (54/67); rules were then added after reading their misses (a body named twice, its
     * other name in brackets; a people's adjective before the Red Cross; acronyms no list knows in running
     * text; a body's name read on over a place's name; streets), so they too now count as seen.
     * 65 and 66 were written the session after, the same way, and scored once: precision 0.877 (64/73),
     * recall 0.736 (64/87); one line of 66's gold list and one of 54's were then changed for consistency
     * with the conventions (their files say which and why), and rules were added after reading their
     * misses (initials of two letters, "Yu."; the Arabic article in a bracketed other form and before a
     * surname; given names before a surname whose other form is bracketed; an acronym opening a body's
     * name; "Chamber"; "CC" before a party; more portfolios; "Representative"; a people's adjective before
     * "Republic" and before a title set off by commas; places before "aimags" and "coal mine", two before
     * a plural kind; a body after "company"; a party's short form after its full name; a signature after
     * "[signature]"), so they too now count as seen. 67 and 68 were written after those rules, the same
     * way, and scored once: precision 0.920 (69/75), recall 0.821 (69/84); one line of 67's gold list and
     * two of 68's were then changed for consistency with the conventions (their files say which and
     * why), and rules were added after reading their misses (peoples' adjectives that end otherwise,
     * "French"; a title of several words or in lower case opened by "the" before a name set off by
     * commas; a surname followed by another name's word is another person; the Burmese "U"; "Office";
     * "agency"; an acronym alone in brackets after words in lower case; a body after "leader of the";
     * "from A to B"; a ruler's number after a name in brackets), so they too now count as seen. 69 and
     * 70 were written after those rules, the same way, and scored once: precision 0.922 (47/51), recall
     * 0.770 (47/61); rules were then added after reading their misses (a place's kind before its name
     * with Spanish particles and the Arabic "Jabal"; "Hotel"; a name read on into a bracket cut where it
     * opens; an acronym's name after "of" or an office; persons after "led by the architect", "among
     * them" and "named ... commander", two of them joined by "and"; the middle word of a name of three
     * as a surname; a place after "around" and in a list after a place's preposition; "the Embassy in
     * the ... district" is no body's name; given names supplied before a signatory's surname;
     * "Palestine"), so they too now count as seen. 71 and 72 were written after those, the same way,
     * and scored once: precision 0.811 (43/53), recall 0.705 (43/61); one line of each gold list was
     * then changed for consistency (their files say which and why), and rules were added after reading
     * their misses (a body's name translated in brackets with a kind word; a place's other listed form in
     * brackets; "Bay of", "Hall of"; "Group", "Daily", "Fleet"; "a member of"; "chargé d'affaires";
     * "acting"; an office in lower case below a signatory's name), so they too now count as seen.
     * 73 and 74 were written the session after, the same way, and scored once: precision 0.955
     * (63/66), recall 0.808 (63/78); one line of 74's gold list was then changed for consistency (its
     * file says which and why), and rules were added after reading their misses (Malay titles of rank;
     * places after "São", "Santo", "Santa" and "Palácio"; a name a kind word made cut where a bracket
     * with another name opens; "the FNLA of Holden Roberto"; an acronym's name after "the"; five known
     * places), so they too now count as seen. 75 and 76 were written after those rules, the same way,
     * and scored once: precision 0.959 (47/49), recall 0.758 (47/62); rules were then added after
     * reading their misses (the holder of an office set off after the state it is of; the members
     * listed after "its members are"; "whose" and lower-case roles after a possessive; "Guard"; "Junta
     * of"; rivers named without the word), so they too now count as seen. 77 and 78 were written after
     * those, the same way, and scored once: precision 0.872 (34/39), recall 0.667 (34/51); one line of
     * 78's gold list was then changed for consistency (its file says which and why), and rules were added
     * after reading their misses (peers' titles; whom "received" names; a place's other name in a
     * bracket without a kind word; acronyms with small letters, and one named again in the same
     * paragraph; a body in a role ends before its holder's initials; "the Government of Dr."; known
     * places), so they too now count as seen. 79 and 80 were written after those, the same way, and
     * scored once: precision 0.932 (41/44), recall 0.774 (41/53); two lines of 80's gold list were then
     * changed for consistency (its file says which and why), and rules were added after reading their
     * misses (a person's other name opening with the surname; the Arabic article made one with its
     * capital; "Sayyid"; "whose leader"; a people's adjective before a title in lower case in
     * apposition; "Passage", "barracks"), so they too now count as seen.
     */
    @Test
    void rulesAloneOnHeldOutDocuments() throws IOException {
        // each group as it was held out; every one has been read since, so each now guards against a regression
        List<List<String>> groups = List.of(
                List.of("41-india-karachi-telegram-1948", "42-mexico-contadora-memcon-1983",
                        "43-finland-soviet-trade-minutes-1955", "44-ghana-guinea-embassy-report-1959"),
                List.of("45-chile-gdr-trade-report-1971", "46-burma-yugoslavia-talks-1955"),
                List.of("47-indonesia-soviet-arms-memcon-1962", "48-albania-china-trade-cable-1966"),
                List.of("49-bulgaria-uar-conversation-1967", "50-poland-icc-vietnam-telegram-1965"),
                List.of("51-us-iran-memcon-1958", "52-gdr-ethiopia-report-1978"),
                List.of("53-japan-okinawa-memo-1969", "54-yugoslavia-algeria-report-1962"),
                List.of("55-brazil-argentina-telegram-1966", "56-india-nepal-record-1960"),
                List.of("57-france-geneva-note-1954", "58-soviet-afghan-record-1973"),
                List.of("59-czechoslovakia-iraq-report-1959", "60-yugoslavia-brioni-minutes-1956"),
                List.of("61-soviet-mali-record-1961", "62-poland-ceylon-report-1956"),
                List.of("63-romania-dprv-telegram-1967", "64-gdr-frelimo-report-1965"),
                List.of("65-gdr-syria-trade-note-1957", "66-soviet-mongolia-record-1962"),
                List.of("67-czechoslovakia-cambodia-report-1963", "68-poland-cyprus-report-1964"),
                List.of("69-yugoslavia-mexico-report-1968", "70-romania-jordan-telegram-1970"),
                List.of("71-hungary-china-report-1967", "72-poland-india-telegram-1971"),
                List.of("73-cuba-angola-report-1976", "74-indonesia-malaysia-memo-1963"),
                List.of("75-poland-frg-record-1970", "76-gdr-nicaragua-report-1979"),
                List.of("77-czechoslovakia-britain-note-1938", "78-japan-soviet-record-1956"),
                List.of("79-soviet-iran-report-1946", "80-hungary-ussr-telegram-1956"));
        for (List<String> group : groups) {
            NameScore s = score(group.size() + " documents held out before, their misses read since", group);
            assertThat(s.precision()).as(group.toString()).isGreaterThanOrEqualTo(0.9);
            assertThat(s.recall()).as(group.toString()).isGreaterThanOrEqualTo(0.85);
        }
    }

    private static NameScore score(String what, List<String> names) throws IOException {
        NameScore s = new NameScore();
        Path dir = GOLD.resolve("held-out");
        for (String name : names) {
            NameScore one = NameScore.of(dir.resolve(name + ".txt"), Register.empty(), dir.resolve(name + ".tsv"),
                    new NameScore());
            System.out.println("names, held-out " + name + ", rules only: " + one);
            NameScore.of(dir.resolve(name + ".txt"), Register.empty(), dir.resolve(name + ".tsv"), s);
        }
        System.out.println("names, " + what + ", rules only: " + s);
        System.out.println("  missed: " + s.missed);
        System.out.println("  spurious: " + s.spurious);
        return s;
    }
}
