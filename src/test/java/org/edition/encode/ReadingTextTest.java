package org.edition.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.edition.tei.Tei;
import org.jdom2.Element;
import org.jdom2.Text;
import org.junit.jupiter.api.Test;

/** The header's reading text takes the reading view's list of other forms from the shared stylesheet. */
class ReadingTextTest {
    @Test
    void readsTheOtherFormsFromTheSharedStylesheet() {
        assertThat(ReadingText.IN_PARENTHESES)
                .containsExactlyInAnyOrder("alt-romanization", "acronym", "expansion", "gloss", "original-term");
    }

    @Test
    void givesAnOtherFormInParenthesesAndMergesAClarification() {
        Element gloss = new Element("supplied", Tei.NS).setAttribute("reason", "gloss").setText("Arabistan");
        Element clarification = new Element("supplied", Tei.NS).setAttribute("reason", "clarification")
                .setText("Party");
        assertThat(ReadingText.of(List.of(new Text("Khuzistan "), gloss, new Text(" and the Tudeh "), clarification)))
                .isEqualTo("Khuzistan (Arabistan) and the Tudeh Party");
    }

    @Test
    void aListTheStylesheetLacksIsABuildError() {
        assertThatThrownBy(() -> ReadingText.stringsOf("xslt/common/editorial.xsl", "ed:no-such-list"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ed:no-such-list");
        assertThatThrownBy(() -> ReadingText.stringsOf("xslt/common/missing.xsl", "ed:other-forms"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing from the build");
    }
}
