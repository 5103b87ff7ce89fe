package org.edition.encode;

import java.util.List;

/**
 * What the body of a document says about the document, for its header: headings, senders (the
 * signatories), the addressee and the date (ISO and as written), all in reading form; where it was
 * written, as its dateline names the place ("Damascus, 19 October 1957"), with the reference of that
 * name's entry; and whether it greets its addressee as a letter does ("Dear Comrade Tsedenbal!").
 */
public record DocumentFacts(List<String> headings, List<String> senders, String addressee, String when,
        String dateAsWritten, String where, String whereRef, boolean letter) {
}
