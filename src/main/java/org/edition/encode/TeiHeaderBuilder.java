package org.edition.encode;

import java.util.List;
import java.util.Locale;
import org.edition.meta.Metadata;
import org.edition.names.NameForms;
import org.edition.tei.Tei;
import org.jdom2.Element;

/**
 * Builds the {@code teiHeader}: title, authors and responsibilities, publication and licence,
 * source, the editorial declaration that says exactly how brackets were encoded, profile
 * (language, date, correspondence) and the revision that records the conversion. Values come from
 * the metadata or the text; an unknown value is said to be unknown, never made up. Nothing here
 * depends on the time of the run, so the same input gives the same bytes.
 */
final class TeiHeaderBuilder {
    private final Metadata meta;
    private final DocumentFacts facts;
    private final String id;
    private final String fileName;
    private final String sha256;
    private final String version;

    TeiHeaderBuilder(Metadata meta, DocumentFacts facts, String id, String fileName, String sha256, String version) {
        this.meta = meta;
        this.facts = facts;
        this.id = id;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.version = version;
    }

    Element build() {
        return Tei.element("teiHeader")
                .addContent(fileDesc())
                .addContent(encodingDesc())
                .addContent(profileDesc())
                .addContent(revisionDesc());
    }

    /** Kinds of document that are sent, from someone to someone: "Secret Telegram", "Telegram / Embassy in Hanoi". */
    private static final String SENT_KINDS = "telegram|cable|report|note|message|letter|memorandum|record|dispatch|despatch";

    /** The first word of a heading that names a kind of document. */
    private static final java.util.regex.Pattern DOCUMENT_KIND = java.util.regex.Pattern.compile("(?i)(?:the\\s+)?"
            + "(letter|telegram|cable|memorandum|record|minutes|report|note|message|instructions?|directive|protocol|"
            + "summary|transcript|journal|diary|speech|statement|draft|communiqu[eé]|aide-m[eé]moire|information|"
            // "Reference on grain purchases ..." (a Russian spravka), "Conversation between ...", "Resolution of ..."
            + "reference|conversation|discussion|memo|dispatch|despatch|circular|resolution|decision|decree|declaration|"
            + "appeal|excerpts?)\\b");

    String title() {
        if (meta.title() != null) {
            return meta.title();
        }
        String kind = meta.type() != null ? capitalise(meta.type()) : kindHeading();
        // "NOTE / on the situation in Afghanistan": the kind, then what it is about, in two headings
        List<String> hs = facts.headings();
        for (int i = 0; i + 1 < hs.size(); i++) {
            String h = hs.get(i).strip();
            if (isKindWord(h) && ABOUT.matcher(hs.get(i + 1).strip()).lookingAt()) {
                return capitalise(h.toLowerCase(Locale.ROOT)) + " " + hs.get(i + 1).strip();
            }
            // "Record of Conversation / between the Minister ... in Warsaw on 3 November 1970"
            if (KIND_ALONE.matcher(h).matches() && BETWEEN.matcher(hs.get(i + 1).strip()).lookingAt()) {
                return (h.equals(h.toUpperCase(Locale.ROOT)) ? TitleCase.of(h) : h) + " " + hs.get(i + 1).strip();
            }
        }
        // "Telegram / Embassy in Hanoi": the kind over the body that sent it, the date
        for (String h : facts.headings()) {
            java.util.regex.Matcher m = KIND_OVER_SENDER.matcher(h.strip());
            if (m.matches() && NameForms.namesAKind(m.group(3))) {
                return sentFrom(capitalise(m.group(1).toLowerCase(Locale.ROOT)), "the " + m.group(2), facts.dateAsWritten());
            }
        }
        // "Letter from Zhou Enlai to Jawaharlal Nehru": a heading that says what the document is, is its title
        for (String h : facts.headings()) {
            if (h.split("\\s+").length >= 3 && DOCUMENT_KIND.matcher(h).lookingAt()) {
                // "Memorandum for the Minister" says for whom, not about what: the subject heading does
                return KIND_ALONE.matcher(h).matches() || subject() != null && !SAYS_ABOUT.matcher(h).find()
                        ? withSubjectAndDate(kindCapitalised(h)) : kindCapitalised(h);
            }
        }
        // "Memorandum" and "Subject: Conversation of ...", "Political Report No. 41" and "Subject: The
        // Indian position ...": the kind, the subject and the date
        for (String h : facts.headings()) {
            if ((KIND_ALONE.matcher(h.strip()).matches() || QUALIFIED_KIND.matcher(h.strip()).matches())
                    && subject() != null) {
                return withSubjectAndDate(h.strip());
            }
        }
        // "Telegram received" over "From the Embassy in Buenos Aires": the kind, whence it came, the date
        java.util.regex.Matcher from = kind.equals("Document") ? null : fromHeading();
        if (from != null && facts.addressee() == null) {
            return sentFrom(kind, inRunningText(from.group(1)), facts.dateAsWritten() != null ? facts.dateAsWritten() : from.group(2));
        }
        if (!facts.senders().isEmpty() && facts.addressee() != null) {
            // the subject, where a line gives one, tells this document from the others between the same two
            String subject = subject();
            return kind + " from " + inRunningText(String.join(" and ", facts.senders())) + " to "
                    + inRunningText(facts.addressee())
                    + (subject != null ? ": " + subject : "")
                    + dated(subject);
        }
        for (String h : facts.headings()) {
            if (h.split("\\s+").length >= 3) {
                java.util.regex.Matcher m = SUBJECT.matcher(h.strip());
                return m.matches() ? m.group(1) : h;
            }
        }
        return kind + (facts.dateAsWritten() != null ? " of " + facts.dateAsWritten() : "") + " (" + fileName + ")";
    }

    /**
     * "From the Embassy in Buenos Aires", and "On 28/29 June 1966" after it: a heading that says where
     * the document came from (group 1) and when (group 2, or null), or null.
     */
    private java.util.regex.Matcher fromHeading() {
        for (String h : facts.headings()) {
            java.util.regex.Matcher m = FROM.matcher(h.strip());
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Telegram / Embassy in Hanoi" (a heading's two lines, read as one): a kind of document alone, then
     * the body that sent it (group 2), opening with a kind of body (group 3, a word the names know as
     * one), with no word between that would make one phrase of them.
     */
    private static final java.util.regex.Pattern KIND_OVER_SENDER = java.util.regex.Pattern.compile(
            "(?i)(" + SENT_KINDS + ")\\s+((?-i)(\\p{Lu}[\\p{L}-]+)\\b.{0,80})");

    private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile(
            "From\\s+((?:the\\s+)?\\p{Lu}.{2,80}?)(?:,?\\s+(?:[Oo]n|[Dd]ated)\\s+(\\d.{0,40}))?");

    /** "Telegram from the Embassy in Hanoi, 14 March 1967": a kind, whence it came and, if known, when. */
    private static String sentFrom(String kind, String whence, String date) {
        return kind + " from " + whence + (date != null ? ", " + date : "");
    }

    /** "The Consul-General of France" as a signature gives it reads "the Consul-General ..." within a title. */
    private static String inRunningText(String party) {
        return party.startsWith("The ") ? "the" + party.substring(3) : party;
    }

    /** Words in a heading that say what the document is about: "Report on the situation in ...". */
    private static final java.util.regex.Pattern SAYS_ABOUT = java.util.regex.Pattern.compile(
            "(?i)\\s(?:on|about|concerning|regarding|re)\\s");

    /** The first word of a heading that says what the document before it is about. */
    private static final java.util.regex.Pattern ABOUT = java.util.regex.Pattern.compile(
            "(?:on|about|concerning|regarding|for|of)\\s");

    /** The first word of a heading that says who took part in the conversation above it. */
    private static final java.util.regex.Pattern BETWEEN = java.util.regex.Pattern.compile("(?:between|with)\\s");

    /** A heading that names the kind of document and nothing else: "MEMORANDUM OF CONVERSATION", "Minutes of the Meeting". */
    private static final java.util.regex.Pattern KIND_ALONE = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+)?(?:memorandum|record|minutes|note|report)(?:\\s+of\\s+(?:the\\s+)?(?:a\\s+)?"
                    + "(?:conversation|meeting|talks?|discussion))?");
    /** A kind of document with a word or two before it and its number: "Political Report No. 41", "Secret Telegram". */
    private static final java.util.regex.Pattern QUALIFIED_KIND = java.util.regex.Pattern.compile(
            "(?i)(?:\\p{L}+\\s+){1,2}(" + SENT_KINDS + ")"
                    + "(?:\\s+no\\.?\\s*\\S+)?");
    /**
     * "SUBJECT Berlin Access Negotiations", "Subject: ...", "Object: ..." (the French "Objet"): the
     * heading that says what the document is about.
     */
    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile(
            "(?i)(?:subject\\s*:?|object\\s*:)\\s+(\\S.*)");

    /**
     * "MEMORANDUM OF CONVERSATION" says too little to tell one document from another: its title takes
     * the subject heading and the date as written ("Memorandum of Conversation: Berlin Access
     * Negotiations, March 3, 1962"); a heading in capitals is given in title case.
     */
    private String withSubjectAndDate(String kindHeading) {
        String title = kindHeading.equals(kindHeading.toUpperCase(Locale.ROOT)) ? TitleCase.of(kindHeading) : kindHeading;
        String subject = subject();
        if (subject != null) {
            title += ": " + subject;
        }
        return title + dated(subject);
    }

    /**
     * The date as written, after a comma, to end a title; nothing where there is none or the subject
     * heading the title takes already gives it (a document dated by its heading).
     */
    private String dated(String subject) {
        String date = facts.dateAsWritten();
        return date == null || subject != null && subject.contains(date) ? "" : ", " + date;
    }

    /** What the subject heading ("Subject: ...") says the document is about, or null. */
    private String subject() {
        for (String h : facts.headings()) {
            java.util.regex.Matcher m = SUBJECT.matcher(h.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * "REPORT of the Soviet Military Attaché ...", "RECORD OF CONVERSATION with the Ambassador ...":
     * the words in capitals before the rest, the kind of document (four words at most, so that no
     * acronym of a longer line is lowered), are given in title case.
     */
    private static String kindCapitalised(String heading) {
        if (heading.equals(heading.toUpperCase(Locale.ROOT))) {
            return heading;
        }
        int end = 0; // the end of the words in capitals that open the heading
        for (int i = 0; i <= heading.length(); i++) {
            if (i == heading.length() || heading.charAt(i) == ' ') {
                String word = heading.substring(heading.lastIndexOf(' ', i - 1) + 1, i);
                if (!word.equals(word.toUpperCase(Locale.ROOT)) || word.chars().noneMatch(Character::isLetter)) {
                    break;
                }
                end = i;
            }
        }
        return end == 0 || DocumentLayout.words(heading.substring(0, end)) > 4 ? heading
                : TitleCase.of(heading.substring(0, end)) + heading.substring(end);
    }

    /**
     * "TELEGRAM", "Memorandum": a heading of one word that names the kind of document gives it
     * ("Telegram"), and so does a telegram's numbered heading ("Cipher telegram No. 1142"); else a
     * letter's greeting makes it a letter; else it is a "Document".
     */
    private String kindHeading() {
        for (String h : facts.headings()) {
            String kind = kindNamedBy(h.strip(), true);
            if (kind != null) {
                return capitalise(kind);
            }
        }
        return facts.letter() ? "Letter" : "Document";
    }

    /**
     * The kind of document, in lower case, for the div's subtype (which the site lists and filters
     * by): the metadata's type, else what a heading names ("TELEGRAM", "Cipher telegram No. 1142",
     * "MEMORANDUM OF CONVERSATION", "Political Report No. 41", "Report on ..."), a letter by its
     * salutation; null where nothing says.
     */
    String kind() {
        if (meta.type() != null) {
            return meta.type();
        }
        for (String h : facts.headings()) {
            String kind = kindNamedBy(h.strip(), false);
            if (kind != null) {
                return kind;
            }
        }
        return facts.letter() ? "letter" : null;
    }

    /**
     * The kind of document a heading names, in lower case, or null; with {@code alone}, only where the
     * heading is the kind and nothing else ("TELEGRAM", "Cipher telegram No. 1142"), else also where it
     * begins with the kind or qualifies it ("Memorandum for the Minister", "Political Report No. 41").
     */
    private static String kindNamedBy(String h, boolean alone) {
        java.util.regex.Matcher telegram = NUMBERED_TELEGRAM.matcher(h);
        if (telegram.matches()) {
            return telegram.group(1).toLowerCase(Locale.ROOT);
        }
        if (alone) {
            return isKindWord(h) ? h.toLowerCase(Locale.ROOT) : null;
        }
        java.util.regex.Matcher qualified = QUALIFIED_KIND.matcher(h);
        if (qualified.matches()) {
            return qualified.group(1).toLowerCase(Locale.ROOT);
        }
        java.util.regex.Matcher kind = DOCUMENT_KIND.matcher(h);
        if (!kind.lookingAt()) {
            return null;
        }
        String word = h.substring(kind.start(1), kind.end(1)).toLowerCase(Locale.ROOT);
        return word.equals("memo") ? "memorandum" : word;
    }

    /** "Cipher telegram No. 1142", "Coded cable", "Telegram No. 45": a telegram's heading with its number or kind of code. */
    private static final java.util.regex.Pattern NUMBERED_TELEGRAM = java.util.regex.Pattern.compile(
            "(?i)(?:(?:cipher(?:ed)?|coded|encrypted|urgent|outgoing|incoming|received|sent)\\s+)?(telegram|cable)"
                    + "(?:\\s+(?:received|sent|in|out))?(?:\\s+(?:no\\.?|nr\\.?|number)\\s*[\\w./-]+)?");

    /** "TELEGRAM", "Note": one word that names a kind of document. */
    private static boolean isKindWord(String heading) {
        return heading.indexOf(' ') < 0 && DOCUMENT_KIND.matcher(heading).matches();
    }

    private Element fileDesc() {
        Element titleStmt = Tei.element("titleStmt")
                .addContent(Tei.element("title", title()).setAttribute("type", "main"))
                .addContent(Tei.element("title", "TEI edition of the English translation").setAttribute("type", "sub"));
        if (facts.senders().isEmpty()) {
            titleStmt.addContent(Tei.element("author", "unknown"));
        }
        for (String sender : facts.senders()) {
            titleStmt.addContent(Tei.element("author", sender));
        }
        Element translator = Tei.id(Tei.element("respStmt"), "translator")
                .addContent(Tei.element("resp", "translation" + fromLanguage()
                        + ", including the square-bracketed insertions (presumed)"));
        translator.addContent(meta.translator() != null ? Tei.element("persName", meta.translator())
                : Tei.element("name", "translator not recorded"));
        titleStmt.addContent(translator);
        titleStmt.addContent(Tei.id(Tei.element("respStmt"), "edition")
                .addContent(Tei.element("resp", "TEI encoding generated from plain text by"))
                .addContent(Tei.element("name", "Edition " + version).setAttribute("type", "software")));

        Element publicationStmt = Tei.element("publicationStmt")
                .addContent(Tei.element("publisher", meta.publisher() != null ? meta.publisher() : "publisher not recorded"))
                .addContent(Tei.element("idno", id).setAttribute("type", "local"))
                .addContent(availability());

        return Tei.element("fileDesc").addContent(titleStmt).addContent(publicationStmt)
                .addContent(Tei.element("sourceDesc").addContent(bibl()).addContent(msDesc()));
    }

    private Element availability() {
        if (meta.licence() == null) {
            return Tei.element("availability").setAttribute("status", "unknown")
                    .addContent(Tei.element("p", "No licence is recorded for this document; consult the terms of "
                            + "the source before redistributing it."));
        }
        Element licence = Tei.element("licence", meta.licenceText() != null ? meta.licenceText() : meta.licence());
        if (meta.licence().matches("https?://\\S+")) {
            licence.setAttribute("target", meta.licence());
        }
        return Tei.element("availability").setAttribute("status", "free").addContent(licence);
    }

    private Element bibl() {
        Metadata.Source s = meta.source();
        Element bibl = Tei.element("bibl").setAttribute("type", "source")
                .addContent(Tei.element("title", s.title() != null ? s.title() : title()));
        if (meta.translator() != null) {
            bibl.addContent(Tei.element("respStmt").addContent(Tei.element("resp", "translated by"))
                    .addContent(Tei.element("persName", meta.translator())));
        }
        if (s.publisher() != null) {
            bibl.addContent(Tei.element("publisher", s.publisher()));
        }
        if (s.date() != null) {
            Element date = Tei.element("date", s.date());
            if (s.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                date.setAttribute("when", s.date());
            }
            bibl.addContent(date);
        }
        if (s.url() != null) {
            bibl.addContent(Tei.element("ref", s.url()).setAttribute("target", s.url()));
        }
        Element textLang = Tei.element("textLang", "English translation" + (meta.language() != null
                ? " of a " + languageName() + " original" : "")).setAttribute("mainLang", "en");
        bibl.addContent(textLang);
        bibl.addContent(Tei.element("note", "Converted from the plain-text file " + fileName + "."));
        return bibl;
    }

    private List<Element> msDesc() {
        Metadata.Source s = meta.source();
        if (s.archive() == null) {
            return List.of();
        }
        Element msIdentifier = Tei.element("msIdentifier").addContent(Tei.element("repository", s.archive()));
        if (s.collection() != null) {
            msIdentifier.addContent(Tei.element("collection", s.collection()));
        }
        if (s.callNumber() != null) {
            msIdentifier.addContent(Tei.element("idno", s.callNumber()).setAttribute("type", "callNumber"));
        }
        Element msDesc = Tei.element("msDesc").addContent(msIdentifier);
        if (meta.language() != null) {
            msDesc.addContent(Tei.element("msContents").addContent(
                    Tei.element("textLang", languageName()).setAttribute("mainLang", meta.language())));
        }
        return List.of(msDesc);
    }

    private Element encodingDesc() {
        return Tei.element("encodingDesc")
                .addContent(Tei.element("appInfo").addContent(Tei.element("application")
                        .setAttribute("ident", "edition").setAttribute("version", version)
                        .addContent(Tei.element("label", "Edition"))))
                .addContent(EditorialDeclaration.build());
    }

    private Element profileDesc() {
        Element profile = Tei.element("profileDesc");
        if (facts.when() != null) {
            profile.addContent(Tei.element("creation").addContent(
                    Tei.element("date", facts.dateAsWritten()).setAttribute("when", facts.when())));
        }
        profile.addContent(Tei.element("langUsage").addContent(
                Tei.element("language", "English").setAttribute("ident", "en")));
        if (!meta.keywords().isEmpty()) {
            Element keywords = Tei.element("keywords");
            meta.keywords().forEach(k -> keywords.addContent(Tei.element("term", k)));
            profile.addContent(Tei.element("textClass").addContent(keywords));
        }
        if (!facts.senders().isEmpty() || facts.addressee() != null) {
            Element corresp = Tei.element("correspDesc");
            Element sent = Tei.element("correspAction").setAttribute("type", "sent");
            facts.senders().forEach(s -> sent.addContent(Tei.element("name", s)));
            if (facts.where() != null) {
                // where it was written, linked to the place's entry in the standOff as the dateline's name is
                Element place = Tei.element("placeName", facts.where());
                sent.addContent(facts.whereRef() != null ? place.setAttribute("ref", facts.whereRef()) : place);
            }
            if (facts.when() != null) {
                sent.addContent(Tei.element("date").setAttribute("when", facts.when()));
            }
            if (!sent.getChildren().isEmpty()) {
                corresp.addContent(sent);
            }
            if (facts.addressee() != null) {
                corresp.addContent(Tei.element("correspAction").setAttribute("type", "received")
                        .addContent(Tei.element("name", facts.addressee())));
            }
            profile.addContent(corresp);
        }
        return profile;
    }

    private Element revisionDesc() {
        return Tei.element("revisionDesc").addContent(Tei.element("change").setAttribute("who", "#edition")
                .setText("Converted from the plain-text file " + fileName + " (SHA-256 " + sha256
                        + ") by Edition " + version + "."));
    }

    private String fromLanguage() {
        return meta.language() == null ? "" : " from " + languageName();
    }

    private String languageName() {
        String name = Locale.forLanguageTag(meta.language()).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? meta.language() : name;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
