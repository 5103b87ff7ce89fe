package org.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.cli.EditionCli;
import org.edition.testing.TeiAll;
import org.edition.testing.Texts;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample (seeds/) built through the CLI's main job, checked against the recommended encoding
 * of the project's encoding notes (§4) point by point.
 */
class SampleEncodingTest {
    static final String SAMPLE = "000_2b4c022557e90890";
    static String tei;
    static XPaths x;

    @BeforeAll
    static void build(@TempDir Path out) throws Exception {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = EditionCli.execute(new PrintWriter(o), new PrintWriter(e), "build", "--seeds", "seeds",
                "--output", out.toString());
        assertThat(code).as(o + "\n" + e).isEqualTo(0);
        tei = Files.readString(out.resolve("tei").resolve(SAMPLE + ".xml"));
        x = XPaths.of(tei);
    }

    @Test
    void everyBracketPairIsAnElementAndNoBracketIsLeftInTheText() {
        assertThat(x.count("//text//supplied")).isEqualTo(51);
        assertThat(x.test("//text//text()[contains(., '[') or contains(., ']')]")).isFalse();
    }

    @Test
    void theSuppliedGivenNameAndTheAlternativeRomanizationAreMarkedAsSuch() {
        assertThat(x.string("//supplied[@reason='name-completion']")).isEqualTo("Deqing");
        assertThat(x.string("//supplied[@reason='name-completion']/preceding-sibling::text()[1]")).endsWith("Hao ");
        assertThat(x.string("//supplied[@reason='alt-romanization']")).isEqualTo("Pak Song Chol");
        assertThat(x.string("//supplied[@reason='alt-romanization']/preceding-sibling::text()[1]"))
                .endsWith("Pak Seong-cheol ");
    }

    @Test
    void datesAreNormalisedWithTheSuppliedYearInside() {
        assertThat(x.string("//p//date[1]/@when")).isEqualTo("1962-03-06");
        assertThat(x.string("//p//date[1]/supplied[@reason='date-completion']")).isEqualTo("1962");
        assertThat(x.string("//closer/dateline/date/@when")).isEqualTo("1962-03-24");
        assertThat(x.string("//profileDesc/creation/date/@when")).isEqualTo("1962-03-24");
    }

    @Test
    void theNumberedListHasFiveItemsWithAAndBNestedInTheFourth() {
        assertThat(x.string("string-join(//div/list/item/@n, ' ')")).isEqualTo("1 2 3 4 5");
        assertThat(x.string("string-join(//div/list/item[@n='4']/list/item/@n, ' ')")).isEqualTo("a b");
        assertThat(x.string("//div/list/@rend")).startsWith("numbered");
        assertThat(x.string("//item[@n='4']/list/@rend")).startsWith("alphabetic");
    }

    @Test
    void bothMinistriesSignAndTheHeaderKnowsThem() {
        assertThat(x.string("string-join(//closer/signed, ' ')"))
                .isEqualTo("Ministry of Foreign Affairs Ministry of Public Security");
        assertThat(x.count("//titleStmt/author")).isEqualTo(2);
        assertThat(x.count("//correspAction[@type='sent']/name")).isEqualTo(2);
        assertThat(x.string("//correspAction[@type='received']/name")).isEqualTo("Chinese Embassy in North Korea");
    }

    @Test
    void theOpenerHasThePrecedenceAndTheAddressee() {
        assertThat(x.string("//opener/seg[@type='precedence']")).isEqualTo("Additional Rush");
        assertThat(x.count("//opener/salute//supplied")).isEqualTo(3);
        assertThat(x.string("//div/head")).isEqualTo("North Korea");
    }

    @Test
    void numbersAndQuotedTermsAreEncoded() {
        assertThat(x.string("string-join(//num/@value, ' ')")).isEqualTo("28028 243");
        assertThat(x.count("//soCalled")).isEqualTo(5);
    }

    @Test
    void theHeaderTakesWhatTheTextCannotTellFromTheMetadata() {
        assertThat(x.string("//titleStmt/title[@type='main']")).contains("Ethnic Koreans");
        assertThat(x.string("//respStmt[@xml:id='translator']/persName")).isEqualTo("Jeffrey Wang");
        assertThat(x.string("//sourceDesc/bibl/ref/@target")).startsWith("https://digitalarchive.wilsoncenter.org/");
        assertThat(x.test("//editorialDecl//label[. = 'alt-romanization']")).isTrue();
    }

    @Test
    void isValidAgainstTeiAll() {
        assertThat(TeiAll.schema().validate(tei, SAMPLE + ".xml")).isEmpty();
    }

    @Test
    void theBracketedEditionGivesBackTheInput() throws Exception {
        String input = Files.readString(Path.of("seeds", SAMPLE + ".txt"));
        assertThat(Texts.normalise(Texts.bracketed(tei))).isEqualTo(Texts.normalise(input));
    }
}
