package org.edition.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {
    private static int before(String text, String name) {
        return Initials.before(text, text.indexOf(name));
    }

    @Test
    void oneCapitalOrOneCyrillicLettersPairBeforeAFullStopIsAnInitial() {
        assertThat(before("I visited Yu. Tsedenbal.", "Tsedenbal")).isEqualTo("I visited ".length());
        assertThat(before("met V. I. Ivanov", "Ivanov")).isEqualTo("met ".length());
        assertThat(before("by N.S. Khrushchev", "Khrushchev")).isEqualTo("by ".length());
        assertThat(before("Zh. Batmönkh", "Batmönkh")).isZero();
    }

    @Test
    void titlesAndWordsBeforeAFullStopAreNot() {
        assertThat(before("Mr. Smith", "Smith")).isEqualTo("Mr. ".length());
        assertThat(before("Dr. Nihad al-Qasim", "Nihad")).isEqualTo("Dr. ".length());
        assertThat(before("It was cold. Tsedenbal said", "Tsedenbal")).isEqualTo("It was cold. ".length());
        assertThat(before("the USA. Tsedenbal", "Tsedenbal")).isEqualTo("the USA. ".length());
    }

    @Test
    void aNameFitsAnotherWhereEachWordIsOneOfItsOrAnInitialOfOne() {
        assertThat(Initials.fit("J. Menéndez", java.util.List.of("Jorge Menéndez"))).isTrue();
        assertThat(Initials.fit("Yu. Tsedenbal", java.util.List.of("Yumjaagiin Tsedenbal"))).isTrue();
        assertThat(Initials.fit("Tsedenbal", java.util.List.of("Yu. Tsedenbal"))).isTrue();
        assertThat(Initials.fit("B. K. Nehru", java.util.List.of("Jawaharlal Nehru"))).isFalse();
        assertThat(Initials.fit("Jawaharlal Nehru", java.util.List.of("B. K. Nehru"))).isFalse();
    }

    @Test
    void anInitialNeedsItsFullStop() {
        assertThat(Initials.at("Yu Tsedenbal", 0, 2)).isFalse();
        assertThat(Initials.at("Yu. Tsedenbal", 0, 2)).isTrue();
        assertThat(Initials.at("A. Gromyko", 0, 1)).isTrue();
        assertThat(Initials.at("a. b", 0, 1)).isFalse();
    }
}
