package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.edition.encode.DocumentLayout.Part;
import org.edition.encode.DocumentLayout.Role;
import org.edition.names.Titles;
import org.edition.tei.Tei;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.filter.Filters;

/**
 * Builds {@code <div type="document">} from the laid-out blocks: head, opener (precedence and
 * classification segs, dateline, salute), paragraphs, nested lists, tables and page breaks, and the
 * closer (valediction, one {@code signed} per signatory block, dateline). Also gathers the
 * {@link DocumentFacts} the header needs. One instance per document.
 */
final class TeiBodyBuilder {
    private final SourceText source;
    private final InlineEncoder inline;
    /**
     * Encodes the closer a first time for the facts the header needs, without names and without
     * reporting: the closer is encoded for the document after its body, so that a signatory's bare
     * surname links to the person the body named in full. Null where no names are found: then the
     * closer is encoded once, for both.
     */
    private final InlineEncoder forFacts;
    private Element closer;
    private final ListNester lists = new ListNester();

    private final List<String> headings = new ArrayList<>();
    private final List<String> senders = new ArrayList<>();
    private String addressee;
    private String when;
    /**
     * The one date with a year a heading gives ("Record of Conversation ... in Warsaw on 3 November
     * 1970"): the document's where no dateline gives one. Its value, then its words.
     */
    private String[] headingDate;
    private String dateAsWritten;
    /** The place the dateline that dates the document names before its date, and its entry's reference. */
    private String where;
    private String whereRef;
    private boolean letter;

    /** "Dear Comrade ...", "My dear Brother,": a letter's greeting. */
    private static final java.util.regex.Pattern LETTER_SALUTATION = java.util.regex.Pattern.compile("(?i)(?:my\\s+)?dear\\s");

    /** The reference of a place named as a whole, for a closer's dateline read before its names; null where none is found. */
    private final java.util.function.UnaryOperator<String> placeRefs;

    TeiBodyBuilder(SourceText source, InlineEncoder inline, InlineEncoder forFacts,
            java.util.function.UnaryOperator<String> placeRefs) {
        this.source = source;
        this.inline = inline;
        this.forFacts = forFacts;
        this.placeRefs = placeRefs;
    }

    private final List<Element> top = new ArrayList<>();
    private final List<Part> body = new ArrayList<>();
    private final List<Part> closing = new ArrayList<>();
    /**
     * What follows the closer, in order: a postscript ("P.S. ..."), each block a paragraph of it,
     * and a list of who received copies ("Copy to: ..."), each block a trailer.
     */
    private final List<Part> tail = new ArrayList<>();

    /**
     * Encodes the opening and closing matter (small, and what the header needs to know); the body
     * waits for {@link #streamBody}, so that a long document never has to be in memory whole.
     */
    void prepare(List<Part> parts) {
        Element opener = null;
        for (Part part : parts) {
            Block b = part.block();
            switch (part.role()) {
                case HEAD -> {
                    opener = null;
                    Element head = Tei.element("head");
                    encodeLines(inline, head, b, false);
                    headings.add(ReadingText.of(head.getContent()));
                    headingDate = headingDate != null ? headingDate : onlyDate(head);
                    top.add(head);
                }
                case PRECEDENCE, CLASSIFICATION, REFERENCE, STAMP, OPENER_DATELINE, BYLINE, ADDRESS_FIELD, OPENER_ADDRESS,
                        SALUTE -> {
                    if (opener == null) {
                        opener = Tei.element("opener");
                        top.add(opener);
                    }
                    opener.addContent(openerPart(part.role(), b));
                }
                case BODY -> body.add(part);
                case CLOSER_SALUTE, SIGNED, CLOSER_MARK, CLOSER_DATELINE, CLOSER_ADDRESS -> closing.add(part);
                case POSTSCRIPT, DISTRIBUTION -> tail.add(part);
                default -> throw new IllegalStateException(part.role().toString());
            }
        }
        if (!closing.isEmpty()) {
            closer = closer(forFacts != null ? forFacts : inline, true);
        }
    }

    /** The closer from {@link #closing}, encoded with {@code encoder}; its senders and date go to the facts if asked. */
    private Element closer(InlineEncoder encoder, boolean gatherFacts) {
        Element closer = Tei.element("closer");
        for (Part part : closing) {
            Block b = part.block();
            closer.addContent(switch (part.role()) {
                case CLOSER_MARK -> encode(encoder, b); // [Seal]: a gap of its own, not a signature
                case CLOSER_SALUTE -> {
                    Element salute = Tei.element("salute");
                    encodeLines(encoder, salute, b, false); // a valediction of several lines keeps them
                    yield List.of(salute);
                }
                case CLOSER_ADDRESS -> List.of(footAddress(encoder, b, gatherFacts));
                case CLOSER_DATELINE -> List.of(dateline(encoder, b, true, gatherFacts));
                default -> List.of(signed(encoder, b, gatherFacts));
            });
        }
        return closer;
    }

    /** The children of the document's div, in order, each handed over as soon as it is complete. */
    void streamBody(Consumer<Element> documentSink) {
        top.forEach(documentSink);
        List<Block> items = new ArrayList<>();
        // "Assessment" over the paragraphs it heads: a section of the document, its div holding them
        Element[] section = {null};
        Consumer<Element> sink = e -> {
            if (section[0] != null) {
                section[0].addContent(e);
            } else {
                documentSink.accept(e);
            }
        };
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i).block();
            if (b.kind() == Block.Kind.ITEM) {
                items.add(b);
                continue;
            }
            flushList(sink, items);
            // a heading heads something: more of the text after it, and not another heading
            if (i + 1 < body.size() && DocumentLayout.isSectionHeading(source, b)
                    && !DocumentLayout.isSectionHeading(source, body.get(i + 1).block())) {
                if (section[0] != null) {
                    documentSink.accept(section[0]);
                }
                section[0] = Tei.element("div").setAttribute("type", "section");
                section[0].addContent(Tei.element("head").addContent(encode(b)));
                continue;
            }
            switch (b.kind()) {
                case TABLE -> sink.accept(table(b));
                case PAGE -> {
                    List<Content> content = encode(b);
                    if (content.stream().allMatch(c -> c instanceof Element)) {
                        content.forEach(c -> sink.accept((Element) c));
                    } else {
                        sink.accept(Tei.element("p").addContent(content));
                    }
                }
                default -> {
                    if (DocumentLayout.isParticipantsList(source, b)) {
                        sink.accept(participants(b));
                        continue;
                    }
                    Element p = Tei.element("p");
                    if (DocumentLayout.keepsLines(source, b)) {
                        encodeLines(inline, p, b, false); // "PARTICIPANTS / The Secretary / ...": a line each
                    } else {
                        p.addContent(encode(b));
                    }
                    sink.accept(p);
                }
            }
        }
        flushList(sink, items);
        if (section[0] != null) {
            documentSink.accept(section[0]);
        }
        if (!closing.isEmpty()) {
            documentSink.accept(forFacts != null ? closer(inline, false) : closer);
        }
        Element ps = null;
        for (Part part : tail) {
            if (part.role() == Role.DISTRIBUTION) {
                if (ps != null) {
                    documentSink.accept(ps);
                    ps = null;
                }
                Element trailer = Tei.element("trailer").setAttribute("type", "distribution");
                encodeLines(inline, trailer, part.block(), false);
                documentSink.accept(trailer);
            } else {
                ps = ps != null ? ps : Tei.element("postscript");
                ps.addContent(Tei.element("p").addContent(encode(part.block())));
            }
        }
        if (ps != null) {
            documentSink.accept(ps);
        }
    }

    static Element div(String subtype) {
        Element div = Tei.element("div").setAttribute("type", "document");
        if (subtype != null) {
            div.setAttribute("subtype", subtype.replaceAll("\\s+", "-"));
        }
        return div;
    }

    DocumentFacts facts() {
        boolean fromHeading = when == null && headingDate != null;
        return new DocumentFacts(List.copyOf(headings), List.copyOf(senders), addressee, fromHeading ? headingDate[0] : when,
                fromHeading ? headingDate[1] : dateAsWritten, where, whereRef, letter);
    }

    /** The value and the words of the one date with a year that {@code head} holds, or null where it holds none or several. */
    private static String[] onlyDate(Element head) {
        String[] found = null;
        for (Element date : head.getDescendants(Filters.element("date", Tei.NS))) {
            String iso = date.getAttributeValue("when") != null ? date.getAttributeValue("when") : date.getAttributeValue("from");
            if (iso != null && !iso.startsWith("--")) {
                if (found != null) {
                    return null; // "talks of 3 and 4 May 1960", or two dates: which dates the document is not said
                }
                found = new String[] {iso, DocumentLayout.withoutBrackets(ReadingText.of(date.getContent()))};
            }
        }
        return found;
    }

    private Element openerPart(Role role, Block b) {
        return switch (role) {
            case PRECEDENCE -> Tei.element("seg").setAttribute("type", "precedence").addContent(encode(b));
            case CLASSIFICATION -> Tei.element("seg").setAttribute("type", "classification").addContent(encode(b));
            case REFERENCE -> Tei.element("seg").setAttribute("type", "reference").addContent(encode(b));
            case STAMP -> Tei.element("seg").setAttribute("type", "stamp").addContent(encode(b));
            case OPENER_DATELINE -> dateline(inline, b, false, true);
            case OPENER_ADDRESS -> insideAddress(b);
            case BYLINE -> {
                // "Recorded by: Yan Mingfu": the name after the words is read as a signatory's
                Element byline = Tei.element("byline");
                encodeLines(inline, byline, b, true);
                yield byline;
            }
            default -> {
                Element salute = Tei.element("salute").addContent(encode(b));
                letter |= LETTER_SALUTATION.matcher(source.text()).region(b.start(), b.end()).lookingAt();
                if (addressee == null) {
                    // "To the Ministry ...:" names the addressee; a "Dear Comrade ..." after it does not replace it
                    addressee = addresseeOf(ReadingText.of(salute.getContent()));
                }
                yield salute;
            }
        };
    }

    /**
     * The addressee's name and address at the top of a letter, a line of the source each; the
     * addressee is its lines but a last one of a word or two (the city), "To the" left out.
     */
    private Element insideAddress(Block b) {
        List<String> lines = new ArrayList<>();
        Element address = address(inline, b, lines);
        StringBuilder who = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isEmpty() || k == lines.size() - 1 && k >= 2 && line.split(" ").length <= 2) {
                continue;
            }
            // a line that goes on with the one above ("of the USSR") joins it without a comma
            who.append(who.length() == 0 ? "" : Character.isLowerCase(line.charAt(0)) ? " " : ", ").append(line);
        }
        if (addressee == null && who.length() > 0) {
            addressee = addresseeOf(who.toString());
        }
        return address;
    }

    /** The addressee at the foot of a letter; its first line names the addressee. */
    private Element footAddress(InlineEncoder encoder, Block b, boolean gatherFacts) {
        List<String> lines = new ArrayList<>();
        Element address = address(encoder, b, lines);
        if (gatherFacts && !lines.isEmpty()) {
            addressee = addresseeOf(lines.get(0)); // its first line says more than a "My Lord," above
        }
        return address;
    }

    /** An address, a line of it a line of the source; the lines' reading texts go to {@code lines}. */
    private Element address(InlineEncoder encoder, Block b, List<String> lines) {
        Element address = Tei.element("address");
        for (int[] line : b.lineRanges(source.text())) {
            List<Content> content = encoder.encode(line[0], line[1]).content();
            address.addContent(Tei.element("addrLine").addContent(content));
            lines.add(ReadingText.of(content));
        }
        return address;
    }

    /** A signatory block; its lines are kept apart with {@code lb}. */
    private Element signed(InlineEncoder encoder, Block b, boolean gatherFacts) {
        Element signed = Tei.element("signed");
        String who = who(encodeLines(encoder, signed, b, true));
        // "Recorded by: ..." names who wrote the record down, not who sent it
        if (!who.isEmpty() && gatherFacts && Titles.recorderPrefix(who) == 0) {
            senders.add(who);
        }
        return signed;
    }

    /**
     * Who signs, from the reading text of a signatory block's lines, one after another: a line that
     * introduces the next ("Ambassador:" over "(G. Petkov)") reads as one with it, "Ambassador G. Petkov".
     */
    static String who(List<String> lines) {
        StringBuilder who = new StringBuilder();
        String separator = "";
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String l = org.edition.names.Titles.withoutParentheses(line).strip();
            // "Ambassador:" or "Ambassador" over the name: the role before the name, as one says it
            boolean colon = l.endsWith(":");
            boolean introduces = colon || org.edition.names.Titles.isTitle(l);
            who.append(separator).append(colon ? l.substring(0, l.length() - 1).strip() : l);
            separator = introduces ? " " : ", ";
        }
        return who.toString();
    }

    /**
     * Encodes a block line by line into {@code target}, with {@code lb} between lines; returns their
     * reading text. The lines of a signatory block are encoded as signatures.
     */
    private List<String> encodeLines(InlineEncoder encoder, Element target, Block b, boolean signatures) {
        List<String> lines = new ArrayList<>();
        for (int[] line : b.lineRanges(source.text())) {
            if (!lines.isEmpty()) {
                target.addContent(Tei.element("lb"));
            }
            List<Content> content = (signatures ? encoder.encodeSignature(line[0], line[1])
                    : encoder.encode(line[0], line[1])).content();
            target.addContent(content);
            lines.add(ReadingText.of(content));
        }
        return lines;
    }

    private Element dateline(InlineEncoder encoder, Block b, boolean closing, boolean gatherFacts) {
        InlineEncoder.Encoded encoded = encoder.encode(b.start(), b.end());
        Element dateline = Tei.element("dateline").addContent(encoded.content());
        for (Span s : encoded.spans()) {
            if (gatherFacts && s.element().equals("date") && (closing || when == null)) {
                String iso = s.attribute("when") != null ? s.attribute("when") : s.attribute("from");
                if (iso != null && !iso.startsWith("--")) { // a day and month without a year dates no document
                    when = iso;
                    dateAsWritten = DocumentLayout.withoutBrackets(source.text().substring(s.start(), s.end()));
                    Span place = placeBefore(encoded.spans(), s);
                    where = place != null ? DocumentLayout.withoutBrackets(source.text().substring(place.start(), place.end()))
                            : placeAsWritten(source.text().substring(b.start(), s.start()));
                    whereRef = place != null ? place.attribute("ref")
                            : closing && where != null && placeRefs != null ? placeRefs.apply(where) : null;
                }
            }
        }
        return dateline;
    }

    /**
     * The place a dateline gives before its date and a comma, where no name was recognised there (a
     * closer's dateline is read for the header before the names are found): "Belgrade" of "Belgrade,
     * 4 August 1949"; null for "Arrived: 29 October" or a number.
     */
    private static String placeAsWritten(String before) {
        String p = before.strip();
        if (!p.endsWith(",")) {
            return null;
        }
        p = DocumentLayout.withoutBrackets(p.substring(0, p.length() - 1)).strip();
        boolean plain = !p.isEmpty() && Character.isUpperCase(p.charAt(0)) && DocumentLayout.words(p) <= 4
                && p.chars().noneMatch(c -> Character.isDigit(c) || c == ':' || c == ',');
        return plain ? p : null;
    }

    /** The first place a dateline names before its date: "Damascus" of "Damascus, 19 October 1957"; else null. */
    private static Span placeBefore(List<Span> spans, Span date) {
        Span first = null;
        for (Span s : spans) {
            if (s.element().equals("placeName") && s.end() <= date.start() && (first == null || s.start() < first.start())) {
                first = s;
            }
        }
        return first;
    }

    /** "PARTICIPANTS" and a line for each who took part: a list, the label its head, each line an item. */
    private Element participants(Block b) {
        Element list = Tei.element("list").setAttribute("type", "participants").setAttribute("rend", "unmarked");
        for (int[] line : b.lineRanges(source.text())) {
            list.addContent(Tei.element(list.getContentSize() == 0 ? "head" : "item")
                    .addContent(inline.encode(line[0], line[1]).content()));
        }
        return list;
    }

    private void flushList(Consumer<Element> sink, List<Block> items) {
        if (!items.isEmpty()) {
            lists.nest(items, this::encode).forEach(sink);
            items.clear();
        }
    }

    private Element table(Block b) {
        Element table = Tei.element("table");
        List<List<int[]>> rows = b.rows();
        // cells set apart by bars, which the text editions give back: "pipes", "framed" with bars at the ends
        List<int[]> first = rows.get(0);
        if (first.size() > 1 && source.text().substring(first.get(0)[1], first.get(1)[0]).indexOf('|') >= 0) {
            boolean framed = source.text().substring(b.lineStart(), first.get(0)[0]).indexOf('|') >= 0;
            table.setAttribute("rend", framed ? "pipes framed" : "pipes");
        }
        boolean labelRow = rows.size() > 1 && !hasDigit(rows.get(0)) && rows.subList(1, rows.size()).stream()
                .anyMatch(this::hasDigit);
        for (int r = 0; r < rows.size(); r++) {
            Element row = Tei.element("row");
            if (r == 0 && labelRow) {
                row.setAttribute("role", "label");
            }
            for (int[] cell : rows.get(r)) {
                row.addContent(Tei.element("cell").addContent(inline.encode(cell[0], cell[1]).content()));
            }
            table.addContent(row);
        }
        return table;
    }

    private boolean hasDigit(List<int[]> row) {
        return row.stream().anyMatch(c -> source.text().substring(c[0], c[1]).chars().anyMatch(Character::isDigit));
    }

    private List<Content> encode(Block b) {
        return encode(inline, b);
    }

    private static List<Content> encode(InlineEncoder encoder, Block b) {
        return encoder.encode(b.start(), b.end()).content();
    }

    /** "To the Chinese Embassy in North Korea:" names the Chinese Embassy in North Korea. */
    static String addresseeOf(String salute) {
        String s = salute.replaceFirst("^(?i)(to\\s+the|to\\s*:|to|dear)\\s+", "");
        // "The Earl of Derby, K.G., &c., &c.": the et ceteras of his styles say nothing of who he is
        return s.replaceFirst("(?:,?\\s*&c\\.?)+$", "").replaceFirst("[\\s:,!]+$", "");
    }
}
