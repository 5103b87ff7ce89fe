package org.edition.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.edition.diag.Diagnostics;
import org.edition.meta.Metadata;
import org.edition.pipeline.Converter;
import org.edition.testing.Encode;
import org.edition.testing.XPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bracket catalogue, row by row: what each kind of bracket becomes inside a paragraph. */
class BracketClassifierTest {
    private static final String T = " resp=\"#translator\"";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        We went [back to China].              | We went <supplied reason="clarification"#T>back to <placeName ref="#pl-china">China</placeName></supplied>.
        [To the] [Chinese] Embassy.           | <supplied reason="clarification"#T>To the</supplied> <orgName ref="#org-chinese-embassy"><supplied reason="clarification"#T>Chinese</supplied> Embassy</orgName>.
        Text [...] more.                      | Text <gap reason="editorial"><desc>...</desc></gap> more.
        Text […] more.                        | Text <gap reason="editorial"><desc>…</desc></gap> more.
        Comrade [illegible] spoke.            | Comrade <gap reason="illegible"><desc>illegible</desc></gap> spoke.
        a steamer [name illegible] ran aground. | a steamer <gap reason="illegible"><desc>name illegible</desc></gap> ran aground.
        he reported [on the affair à la française]. | he reported <supplied reason="clarification"#T>on the affair à la française</supplied>.
        the Government [Kádár government] met. | the Government <supplied reason="clarification"#T>Kádár government</supplied> met.
        He had [2 words illegible] it.        | He had <gap reason="illegible" quantity="2" unit="word"><desc>2 words illegible</desc></gap> it.
        [Here follows the text of the treaty] | <gap reason="editorial"><desc>Here follows the text of the treaty</desc></gap>
        [1 paragraph (6 lines) not declassified] | <gap reason="withheld" quantity="6" unit="line"><desc>1 paragraph (6 lines) not declassified</desc></gap>
        500 rubles [Russian: рублей] each. | <measure type="currency" unit="RUB" quantity="500"><num value="500">500</num> rubles</measure> <supplied reason="original-term"#T>Russian: <foreign xml:lang="ru">рублей</foreign></supplied> each.
        the [Note: see above] text.           | the <note type="translator"#T place="inline"><label>Note:</label> see above</note> text.
        the factionalism [chongp'a] ended. | the factionalism <supplied reason="original-term"#T><foreign>chongp'a</foreign></supplied> ended.
        it [didn't] work.                     | it <supplied reason="clarification"#T>didn't</supplied> work.
        [less than 1 line not declassified] | <gap reason="withheld" atMost="1" unit="line"><desc>less than 1 line not declassified</desc></gap>
        [first name unknown] Dede came.       | <gap reason="unknown"><desc>first name unknown</desc></gap> Dede came.
        Mr. Halloran [?] came.                | Mr. <unclear><persName ref="#pers-halloran">Halloran</persName></unclear> came.
        the Agricultur [sic] Ministry.        | the <sic>Agricultur</sic> Ministry.
        the Agricultur [sic!] Ministry.       | the <sic rend="sic!">Agricultur</sic> Ministry.
        a [letter?] from him.                 | a <supplied reason="conjecture"#T cert="low">letter</supplied> from him.
        we recieved [received] it.            | we <choice><sic>recieved</sic><corr#T>received</corr></choice> it.
        Ambassador Hao [Deqing] came.         | Ambassador <persName ref="#pers-hao-deqing">Hao <supplied reason="name-completion"#T>Deqing</supplied></persName> came.
        Minister Pak Seong-cheol [Pak Song Chol] came. | Minister <persName ref="#pers-pak-seong-cheol">Pak Seong-cheol <supplied reason="alt-romanization"#T>Pak Song Chol</supplied></persName> came.
        near Mafraq [al-Mafraq] they stayed. | near <placeName ref="#pl-mafraq">Mafraq <supplied reason="alt-romanization"#T>al-Mafraq</supplied></placeName> they stayed.
        King Hussein [Hussein bin Talal] came. | King <persName ref="#pers-hussein-bin-talal">Hussein <supplied reason="name-completion"#T>Hussein bin Talal</supplied></persName> came.
        via Dong Dang [Đồng Đăng] by rail.    | via <placeName ref="#pl-dong-dang">Dong Dang <supplied reason="alt-romanization"#T>Đồng Đăng</supplied></placeName> by rail.
        the term [中国] here.                  | the term <supplied reason="original-term"#T><foreign>中国</foreign></supplied> here.
        the term [조선] here.                  | the term <supplied reason="original-term"#T><foreign xml:lang="ko">조선</foreign></supplied> here.
        the term [ガイムショウ] here.            | the term <supplied reason="original-term"#T><foreign xml:lang="ja">ガイムショウ</foreign></supplied> here.
        the term [Ελλάδα] here.               | the term <supplied reason="original-term"#T><foreign xml:lang="el">Ελλάδα</foreign></supplied> here.
        to [North] Korea.                     | to <placeName ref="#pl-democratic-people-s-republic-of-korea"><supplied reason="clarification"#T>North</supplied> Korea</placeName>.
        protocol [Translator's note: literally, letters]. | protocol <note type="translator"#T place="inline"><label>Translator's note:</label> literally, letters</note>.
        protocol [TN: a term].                | protocol <note type="translator"#T place="inline"><label>TN:</label> a term</note>.
        [Editor's note: damaged.]             | <note type="editorial" place="inline"><label>Editor's note:</label> damaged.</note>
        [Stamp:] Second Department, Gong 1313 | <note type="stamp" place="inline">Stamp:</note> <stamp><orgName ref="#org-second-department">Second Department</orgName>, Gong <num type="cardinal" value="1313">1313</num></stamp>
        Agreed [handwritten: approved] then.  | Agreed <add><label>handwritten:</label> approved</add> then.
        End of page [page 2] and more.        | End of page <pb n="2" /> and more.
        End [p. 3] and more.                  | End <pb n="3" rend="p. 3" /> and more.
        from Hye[san] today.                  | from <placeName ref="#pl-hyesan"><expan>Hye<ex>san</ex></expan></placeName> today.
        the EPLF [Eritrean People's Liberation Front] held Keren. | the <orgName ref="#org-eritrean-people-s-liberation-front">EPLF <supplied reason="expansion"#T>Eritrean People's Liberation Front</supplied></orgName> held Keren.
        the SED [Socialist Unity Party of Germany] met. | the <orgName ref="#org-socialist-unity-party-of-germany">SED <supplied reason="expansion"#T>Socialist Unity Party of <placeName ref="#pl-germany">Germany</placeName></supplied></orgName> met.
        the USA [the Americans] said. | the <placeName ref="#pl-united-states">USA</placeName> <supplied reason="clarification"#T>the Americans</supplied> said.
        the U[nited] N[ations] side.          | the <orgName ref="#org-united-nations"><expan>U<ex>nited</ex></expan> <expan>N<ex>ations</ex></expan></orgName> side.
        [Seal] here.                          | <gap reason="editorial"><desc>Seal</desc></gap> here.
        the [the [North] Korean side] view.   | the <supplied reason="clarification"#T>the <supplied reason="clarification"#T>North</supplied> Korean side</supplied> view.
        """)
    void encodesEachKindOfBracket(String input, String expected) {
        assertThat(Encode.paragraph(input)).isEqualTo(expected.replace("#T", T));
    }

    @Test
    void anOriginalTermIsInTheLanguageTranslatedFromWhereItsScriptCanWriteIt() {
        String text = "MEMORANDUM\n\nThe term [中国] and the word [рубль] and [조선].\n";
        assertThat(languages(text, "zh")).isEqualTo("zh - ko");
        assertThat(languages(text, "ru")).isEqualTo("- ru ko");
        assertThat(languages(text, null)).isEqualTo("- - ko");
    }

    /** The xml:lang of each foreign term, "-" for none, of a text translated from {@code language}. */
    private static String languages(String text, String language) {
        Metadata meta = new Metadata(null, null, null, language, null, null, null, null, List.of(), Metadata.Source.EMPTY,
                null, null);
        String tei = Converter.standard().convert(Path.of("t.txt"), text.getBytes(StandardCharsets.UTF_8), meta,
                new Diagnostics("t.txt")).tei();
        return XPaths.of(tei).string("string-join(//text//foreign/(if (@xml:lang) then string(@xml:lang) else '-'), ' ')");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        dated 6 March [1962].         | dated <date when="1962-03-06">6 March <supplied reason="date-completion" resp="#translator">1962</supplied></date>.
        on March 6, 1962 at noon.     | on <date when="1962-03-06">March 6, 1962</date> at noon.
        stamped 6.III.62 there.       | stamped <date when="1962-03-06">6.III.62</date> there.
        met 12–15 June 1984 there.    | met <date from="1984-06-12" to="1984-06-15">12–15 June 1984</date> there.
        in June 1984 it was.          | in <date when="1984-06">June 1984</date> it was.
        dated June 31 [sic] there.    | dated <date>June <sic>31</sic></date> there.
        there were 28,028 people.     | there were <num type="cardinal" value="28028">28,028</num> people.
        fell by 15% then.             | fell by <num type="percentage" value="15">15%</num> then.
        paid $1,500 for it.           | paid <measure type="currency" unit="USD" quantity="1500">$<num value="1500">1,500</num></measure> for it.
        the "authorization letters" protocol. | the <soCalled>"authorization letters"</soCalled> protocol.
        on 2 October he came.         | on <date when="--10-02">2 October</date> he came.
        at 4 p.m. he left.            | at <time when="16:00:00">4 p.m.</time> he left.
        met 10:00–12:30 at 6pm.       | met <time from="10:00:00" to="12:30:00">10:00–12:30</time> at <time when="18:00:00">6pm</time>.
        a ratio of 3:2 at 10.30 a.m.  | a ratio of 3:2 at 10.30 a.m.
        """)
    void normalisesDatesAndNumbers(String input, String expected) {
        assertThat(Encode.paragraph(input)).isEqualTo(expected);
    }
}
