package org.edition.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.edition.diag.SourcePosition;
import org.edition.encode.BlockPairs;
import org.edition.encode.BracketClassifier;
import org.edition.encode.BracketPair;
import org.edition.encode.SourceText;
import org.edition.encode.Span;
import org.edition.encode.SpanFinder;
import org.edition.encode.StandOffMarkup;
import org.edition.encode.WrittenElement;

/**
 * The names of one document: finds them block by block (register forms first, then known names,
 * then the rules, then a surname alone after a full mention), links each to an entry, and keeps
 * the entries the document refers to for its {@code standOff}. One instance per document.
 */
public final class DocumentNames implements SpanFinder {
    private final NameRecognizer shared;
    private final String fileName;
    private final Map<Span, RegisterEntry> linked = new IdentityHashMap<>();
    private final Map<String, RegisterEntry> referenced = new java.util.HashMap<>();
    /**
     * Names found by rule that no list or register knows, named again without what made them names:
     * a place by its first word ("retreating towards Jijiga", then "expected Jijiga to be taken"), a
     * body by its acronym ("FLN [National Liberation Front]", then "the FLN would hold").
     */
    private final WordTable<RegisterEntry> namedBefore = new WordTable<>();
    /** The places and bodies {@link #namedBefore} was asked about. */
    private final java.util.Set<String> entriesSeen = new java.util.HashSet<>();
    /** Surnames (and given names) of the persons mentioned so far; AMBIGUOUS where two share one. */
    private final WordTable<RegisterEntry> surnames = new WordTable<>();
    /** Persons whose names are in {@link #surnames} already. */
    private final java.util.Set<String> remembered = new java.util.HashSet<>();
    /** The same persons, in the order they were first named. */
    private final List<RegisterEntry> persons = new ArrayList<>();
    /**
     * The heads of the bodies named so far with what they are of ("Political Bureau" of "Political
     * Bureau of the Central Committee of ..."), to the body; AMBIGUOUS where two share one.
     */
    private final Map<String, RegisterEntry> bodyHeads = new java.util.HashMap<>();

    /**
     * The persons the document shows speaking somewhere ("Subandrio said"), by surname, to their
     * names: a surname met before that sentence ("I visited Subandrio") is that person already.
     */
    private WordTable<String> speakersAhead;
    /** Whether two persons or more open paragraphs as speakers ("TITO: ...", "NEHRU: ..."): a record's dialogue. */
    private boolean dialogue;

    /** What this document adds to the run's register, where the run keeps that; else null. */
    private final Contribution.Recorder contribution;

    DocumentNames(NameRecognizer shared, String fileName) {
        this.shared = shared;
        this.fileName = fileName;
        this.contribution = shared.keepsContributions() ? new Contribution.Recorder() : null;
    }

    /** What the document added to the run's register, once it is written; null unless the run keeps contributions. */
    public Contribution contribution() {
        return contribution == null ? null : contribution.contribution();
    }

    /**
     * Reads the whole text once before its blocks for the persons it shows speaking, so that a
     * surname named before them is found too; a person's first words win where two share a surname.
     */
    public void lookAhead(String text) {
        WordTable<String> ahead = null;
        java.util.Set<String> labelled = new java.util.HashSet<>();
        // a window at a time, cut at a line break: a long document is never tokenized whole
        for (int start = 0; start < text.length(); ) {
            int end = Math.min(text.length(), start + LOOK_AHEAD_WINDOW);
            if (end < text.length()) {
                int nl = text.lastIndexOf('\n', end);
                end = nl > start ? nl + 1 : end;
            }
            String window = text.substring(start, end);
            Tokens tokens = new Tokens(window, shared.vocabulary());
            if (labelled.size() < 2 && window.indexOf(':') >= 0) {
                // "TITO: ..." read as "Tito: ...", as the blocks' rules will read it
                String cased = CapitalLines.titleCased(window, this::namesKnown);
                for (Candidate c : shared.rules().labelledSpeakers(cased, cased == window ? tokens
                        : new Tokens(cased, shared.vocabulary()))) {
                    labelled.add(collapse(c.name()));
                }
            }
            for (Candidate c : shared.rules().speakers(window, tokens)) {
                String name = collapse(c.name());
                String surname = name.substring(name.lastIndexOf(' ') + 1);
                ahead = ahead == null ? new WordTable<>() : ahead;
                if (ahead.get(surname) == null) {
                    ahead.put(surname, name);
                }
            }
            start = end;
        }
        speakersAhead = ahead;
        dialogue = labelled.size() >= 2;
    }

    private static final int LOOK_AHEAD_WINDOW = 1 << 16;

    /**
     * "I visited Subandrio" before "Subandrio said": a surname of a person the document shows
     * speaking later, where nothing else was found, is that person, under the name the sentence
     * gives; capitalised words right after it go with it ("I saw Liaquat Ali Khan" before
     * "Liaquat said").
     */
    private void speakersAhead(Tokens tokens, List<Candidate> candidates, String viewText) {
        int found = candidates.size();
        for (int i = 0; i < tokens.size(); i++) {
            String name = tokens.capitalised(i) ? tokens.lookUp(speakersAhead, i) : null;
            if (name == null || surnames.size() > 0 && tokens.lookUp(surnames, i) != null) {
                continue;
            }
            // "received by Mahmoud Fawzi" before "Fawzi said": the given names before the surname go
            // with it, but not a title, an acronym or a known place ("of the UAR Mahmoud Fawzi")
            int first = i;
            while (first > i - 2 && first > 0 && tokens.joined(first - 1) && tokens.capitalised(first - 1)
                    && givenName(viewText, tokens, first - 1)) {
                first--;
            }
            if (first > 0 && tokens.joined(first - 1) && tokens.capitalised(first - 1)
                    && givenName(viewText, tokens, first - 1)) {
                continue; // a longer run of capitalised words: not known to be this person's name
            }
            int last = tokens.capitalisedRunEnd(i, 2);
            int start = tokens.start(first);
            int end = tokens.end(last);
            boolean free = true;
            for (int k = 0; k < found && free; k++) {
                free = candidates.get(k).end() <= start || candidates.get(k).start() >= end;
            }
            if (free) {
                candidates.add(new Candidate(start, end, EntityType.PERSON,
                        last == i && first == i ? name : collapse(viewText.substring(start, end)), null));
            }
            i = last;
        }
    }

    /** Whether token {@code k} can be a given name before a surname: not a title, an acronym, a known name or a sentence's opener. */
    private boolean givenName(String viewText, Tokens tokens, int k) {
        String word = tokens.word(k);
        return !NameRules.neverAName(word) && !Titles.isTitle(word)
                && !NameRules.inCapitals(viewText, tokens.start(k), tokens.end(k)) && !namesKnown(word);
    }

    /**
     * Whether tokens {@code a} and {@code b} are two words of one name, so that a known surname
     * among them is another person's: both capitalised, a space between, no bracket, and the
     * other a word a name may have (no title, initial, acronym or known name).
     */
    private boolean anotherName(TextView view, Tokens tokens, int a, int b) {
        if (a < 0 || b >= tokens.size() || !tokens.joined(a) || !tokens.capitalised(a) || !tokens.capitalised(b)
                || view.bracketWithin(tokens.end(a), tokens.start(b))) {
            return false;
        }
        int other = tokens.lookUp(surnames, a) != null ? b : a;
        return !Initials.at(view.text, tokens.start(other), tokens.end(other)) && givenName(view.text, tokens, other);
    }

    /** The names of {@link #namedBefore} named again in a block, each under its entry. */
    private void namedAgain(Tokens tokens, String text, BlockPairs pairs, TextView view, List<Candidate> candidates) {
        for (int i = 0; i < tokens.size(); i++) {
            RegisterEntry entry = tokens.capitalised(i) ? tokens.lookUp(namedBefore, i) : null;
            if (entry == null) {
                continue;
            }
            int last = -1;
            for (String form : entry.names()) {
                last = Math.max(last, tokens.spells(i, form));
            }
            if (last < i && entry.type() == EntityType.ORG && !NameForms.isAcronym(tokens.word(i))
                    && !(tokens.joined(i) && tokens.capitalised(i + 1))) {
                last = i; // a party's short form alone: "the left wing of the Baath"
            }
            if (last >= i) {
                Candidate again = new Candidate(tokens.start(i), tokens.end(last), entry.type(),
                        view.text.substring(tokens.start(i), tokens.end(last)), entry);
                candidates.add(entry.type() == EntityType.PLACE
                        ? OtherForms.inOtherLanguage(again, text, pairs, view, this::namesKnown) : again);
                i = last;
            }
        }
    }

    /** Keeps a place or body found by rule, and known to no list, to be found again by {@link #namedAgain}. */
    private void rememberForLater(RegisterEntry entry, Candidate found) {
        if (entry.type() == EntityType.PLACE && !namesKnown(found.name())) {
            namedBefore.put(NameForms.firstWord(found.name()), entry);
        } else if (entry.type() == EntityType.ORG) {
            for (String form : entry.names()) {
                if (NameForms.isAcronym(form) && form.indexOf(' ') < 0 && !namesKnown(form)) {
                    namedBefore.put(form, entry);
                }
                String shortForm = NameRules.partyShortForm(form);
                if (shortForm != null && !namesKnown(shortForm)) {
                    namedBefore.put(shortForm, entry); // "the Baath" after "the Baath Party"
                }
            }
        }
    }

    /** Whether {@code words} name, in part or whole, a place or body Edition knows without a register ("Katowice Province"). */
    private boolean namesKnown(String words) {
        return known(words, false);
    }

    /** Whether a source span is a bracket's whole content, with or without the brackets. */
    private static boolean aloneInBrackets(String text, int[] src) {
        return src[0] >= 0 && (text.charAt(src[0]) == '['
                || src[0] > 0 && text.charAt(src[0] - 1) == '[' && src[1] < text.length() && text.charAt(src[1]) == ']');
    }

    /** Whether {@code words} are, all of them, one name the lists know ("Leipzig", not "Leipzig Fair"). */
    private boolean knownAsIs(String words) {
        return known(words, true);
    }

    /** Whether the known names name a place or body in {@code words}, or (whole) all of them. */
    private boolean known(String words, boolean whole) {
        boolean[] found = {false};
        shared.known().find(new Tokens(words, shared.vocabulary()),
                (start, end, phrase, type) -> found[0] |= !whole || start == 0 && end == words.length());
        return found[0];
    }

    @Override
    public List<Span> find(String text, BlockPairs pairs) {
        TextView view = new TextView(text, pairs, this::namesKnown);
        Tokens tokens = new Tokens(view.text, shared.vocabulary());
        List<Candidate> candidates = new ArrayList<>();
        shared.registered().find(tokens, (start, end, phrase, entry) ->
                candidates.add(new Candidate(start, end, entry.type(), phrase, entry, true)));

        if (surnames.size() > 0) {
            for (int i = 0; i < tokens.size(); i++) {
                RegisterEntry person = tokens.capitalised(i) ? tokens.lookUp(surnames, i) : null;
                if (person != null && person != AMBIGUOUS) {
                    int last = formEnd(tokens, i, person);
                    // "Tan Şu-min" again: both words are the person's, one mention
                    while (last + 1 < tokens.size() && tokens.joined(last) && tokens.capitalised(last + 1)
                            && tokens.lookUp(surnames, last + 1) == person) {
                        last++;
                    }
                    if (anotherName(view, tokens, last, last + 1) || anotherName(view, tokens, i - 1, i)) {
                        i = last + 1; // "Norodom Kantol" after "Norodom Sihanouk", "Jawaharlal Nehru" after "B. K. Nehru"
                        continue;
                    }
                    int first = initialsBefore(view.text, tokens, i);
                    candidates.add(new Candidate(tokens.start(first), tokens.end(last), EntityType.PERSON,
                            view.text.substring(tokens.start(first), tokens.end(last)), person));
                    i = last;
                }
            }
        }
        if (namedBefore.size() > 0) {
            namedAgain(tokens, text, pairs, view, candidates);
        }
        shared.known().find(tokens, (start, end, phrase, type) -> {
            if (type == EntityType.PLACE && NameRules.namesADocument(view.text, end)) {
                return; // "the Geneva Agreement" names a document
            }
            int from = type == EntityType.PLACE ? NameRules.withCompassWord(view.text, start)
                    : NameRules.withPeoplesAdjective(view.text, start, phrase);
            Candidate place = new Candidate(from, end, type, from == start ? phrase : view.text.substring(from, end), null);
            // "Subotica [Szabadka]": a known place and its name in another language, one mention
            candidates.add(type == EntityType.PLACE ? OtherForms.inOtherLanguage(place, text, pairs, view, this::namesKnown)
                    : place);
            int body = type == EntityType.PLACE ? NameRules.bodyAfterPlace(view.text, end) : end;
            if (body > end) {
                // "the United States Government", "the Colombo Powers": a place's name before it makes the body a name
                candidates.add(new Candidate(from, body, EntityType.ORG, view.text.substring(from, body), null));
            }
        });
        if (!candidates.isEmpty()) {
            PlaceLists.beside(candidates, text, view);
        }
        candidates.addAll(shared.rules().find(view.text, tokens, dialogue));
        for (Candidate body : shared.rules().namedAfterKind(view.text, tokens)) {
            candidates.add(OtherForms.cutAtBracket(body, pairs, view)); // "the daily Borba [Struggle]": "Borba"
        }
        candidates.addAll(PlaceLists.afterKind(view.text));
        candidates.addAll(PlaceLists.beforeKind(view.text));
        candidates.addAll(OtherForms.namesBefore(text, pairs, view));
        candidates.addAll(OtherForms.acronymNames(text, pairs, view));
        candidates.addAll(OtherForms.spelledOutAcronyms(text, pairs, view));
        candidates.addAll(OtherForms.namesBeforeRole(text, pairs, view));

        if (speakersAhead != null) {
            speakersAhead(tokens, candidates, view.text);
        }
        for (Candidate place : shared.rules().placesAfterPrepositions(view.text, tokens)) {
            if (!overlapsAny(candidates, place.start(), place.end())) { // the last resort: nothing else was found in its words
                candidates.add(OtherForms.inOtherLanguage(place, text, pairs, view, this::namesKnown));
            }
        }
        for (Candidate body : shared.rules().acronymsInProse(view.text, tokens)) {
            // an acronym that is a bracket's whole content belongs to the name before it, if any ("[KAN]"),
            // and is a name of its own after words in lower case ("the international force [UNFICYP]")
            int[] src = view.toSource(body.start(), body.end());
            if (!overlapsAny(candidates, body.start(), body.end()) && (!aloneInBrackets(text, src)
                    || NameRules.lowerCaseWordBefore(text, text.charAt(src[0]) == '[' ? src[0] : src[0] - 1))) {
                candidates.add(body);
            }
        }
        for (Candidate body : shared.rules().bodiesLedBy(view.text, tokens)) {
            Candidate cut = OtherForms.cutAtBracket(body, pairs, view); // "the Sangkum [Sangkum Reastr Niyum]"
            if (!overlapsAny(candidates, cut.start(), cut.end())) { // a last resort, as the acronyms
                candidates.add(cut);
            }
        }
        NameRules.readOnIntoPlaces(candidates, view.text);
        // "Pak Seong-cheol [Pak Song Chol]" is one mention: widen first, so the inner form loses to it
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.replaceAll(c -> OtherForms.cutEndingInBracket(c, text, pairs, view));
        candidates.removeIf(java.util.Objects::isNull);
        if (candidates.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < candidates.size(); i++) {
            candidates.set(i, withInitials(candidates.get(i), view.text));
            Candidate cut = OtherForms.inLastBracket(OtherForms.cutBefore(candidates.get(i), text, pairs, view), text,
                    pairs, view, this::knownAsIs);
            candidates.set(i, OtherForms.takenIn(cut, text, pairs, view, this::namesKnown, this::knownAsIs,
                    shared::sameListed));
        }
        List<Candidate> chosen = Choice.among(candidates, view.text);
        return linked(chosen, view, tokens);
    }

    /** A person's name found by its surname, with the initials before it: "Yu. Tsedenbal", not "Tsedenbal". */
    private static Candidate withInitials(Candidate c, String text) {
        int from = c.type() == EntityType.PERSON ? Initials.before(text, c.start()) : c.start();
        return from == c.start() ? c : new Candidate(from, c.end(), c.type(),
                collapse(text.substring(from, c.start()) + c.name()), c.entry(), c.registerForm());
    }

    /**
     * A signatory's line that has the shape of a name is a person: the one its surname names if the
     * document named them before ("J. Menéndez" after "Comrade Menéndez"), else a person of its own
     * ("Kolář"). A line that names anything else keeps what {@link #find} found there.
     */
    @Override
    public List<Span> findInSignature(String text, BlockPairs pairs) {
        List<Span> found = find(text, pairs);
        TextView view = new TextView(text, pairs, this::namesKnown);
        // "Reuter [Signature]": the name is what comes before a bracket, the given names a translator
        // supplied before it included ("[Ion] Covaci"), or after a bracket that opens the line ("[Signature] Covaci")
        List<BracketPair> all = pairs.all();
        int from = 0;
        int next = 0;
        if (!all.isEmpty() && all.get(0).open() == pairs.start()) {
            next = 1;
            if (!suppliedGivenNames(text, all.get(0))) {
                from = view.viewOffset(all.get(0).close());
                while (from < view.text.length() && view.text.charAt(from) == ' ') {
                    from++;
                }
            }
        }
        String line = view.text.substring(from, all.size() <= next ? view.text.length() : view.viewOffset(all.get(next).open()));
        Candidate signatory = shared.rules().signatory(line, new Tokens(line, shared.vocabulary()));
        if (signatory == null) {
            return found;
        }
        if (from > 0) {
            signatory = new Candidate(signatory.start() + from, signatory.end() + from, signatory.type(), signatory.name(),
                    signatory.entry());
        }
        if (found.isEmpty()) {
            return linked(List.of(signatory), view, new Tokens(view.text, shared.vocabulary()));
        }
        int[] src = view.toSource(signatory.start(), signatory.end());
        RegisterEntry person = linked.get(found.get(0));
        for (Span s : found) {
            if (src[0] < 0 || person.type() != EntityType.PERSON || linked.get(s) != person || s.start() < src[0]
                    || s.end() > src[1]) {
                return found;
            }
        }
        if (!sameGivenNames(signatory.name(), person)) {
            // "Jawaharlal Nehru" signs after "B. K. Nehru" was named: another Nehru
            found.forEach(linked::remove);
            return linked(List.of(signatory), view, new Tokens(view.text, shared.vocabulary()));
        }
        found.forEach(linked::remove);
        return List.of(link(person, src[0], src[1]));
    }

    /** Whether bracket {@code p} holds one or two capitalised words that can be given names: "[Ion]", not "[Signature]". */
    private static boolean suppliedGivenNames(String text, BracketPair p) {
        String content = text.substring(p.contentStart(), p.contentEnd());
        String[] words = content.split(" ");
        if (words.length > 2 || BracketClassifier.namesADevice(content)) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c)
                    || c == '.' || c == '-') || NameRules.neverAName(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a signatory's words fit the person ({@link Initials#fit}: "J. Menéndez" for "Jorge
     * Menéndez"). A person known by the surname alone ("Comrade Menéndez") fits any given names.
     */
    private static boolean sameGivenNames(String signatory, RegisterEntry person) {
        return person.names().stream().noneMatch(n -> n.indexOf(' ') > 0) || Initials.fit(signatory, person.names());
    }

    /** The chosen candidates of a block linked to their entries, as spans of the source; persons' surnames remembered. */
    private List<Span> linked(List<Candidate> chosen, TextView view, Tokens tokens) {
        Register register = shared.register();
        List<Span> out = new ArrayList<>();
        int newPersonsEnd = Integer.MAX_VALUE;
        for (Candidate full : chosen) {
            String asRead = view.text.substring(full.start(), full.end());
            if (register.hasRejections() && (shared.isRejected(full.name()) || shared.isRejected(asRead))) {
                continue;
            }
            int[] src = view.toSource(full.start(), full.end());
            if (src[0] < 0) {
                continue;
            }
            // "Minister Kim" after "Kim Jae-bong" in the same paragraph is that person
            RegisterEntry entry = full.entry() == null && full.type() == EntityType.PERSON
                    ? surnames.get(collapse(full.name())) : null;
            if (entry == null && full.entry() == null && full.type() == EntityType.PERSON && !persons.isEmpty()) {
                entry = endOfAFullName(collapse(full.name())); // "President Ben Bella" after "Ahmed Ben Bella"
            }
            if (entry == null && full.entry() == null && full.type() == EntityType.ORG && namedBefore.size() > 0) {
                // "the SdP" after "Sudeten German Party [SdP]" in the same block
                RegisterEntry body = namedBefore.get(collapse(full.name()));
                entry = body != null && body.type() == EntityType.ORG ? body : null;
            }
            if (entry == null || entry == AMBIGUOUS) {
                entry = entryFor(full, asRead);
            }
            if (entry.type() == EntityType.ORG && !bodyHeads.isEmpty()) {
                // "the Political Bureau" after "Political Bureau of the Central Committee of ...": that body
                RegisterEntry body = bodyHeads.get(collapse(asRead));
                if (body != null && body != AMBIGUOUS) {
                    entry = body;
                }
            }
            if (entry.type() == EntityType.ORG) {
                rememberHead(collapse(asRead), entry);
            }
            if (full.entry() == null && entry.type() != EntityType.PERSON && entriesSeen.add(entry.id())) {
                rememberForLater(entry, full);
            }
            if (entry.type() == EntityType.PERSON && remembered.add(entry.id())) {
                rememberSurnames(entry);
                persons.add(entry);
                newPersonsEnd = Math.min(newPersonsEnd, full.end());
            }
            out.add(link(entry, src[0], src[1]));
        }
        if (newPersonsEnd != Integer.MAX_VALUE) {
            surnamesLaterInBlock(tokens, view, chosen, newPersonsEnd, out);
        }
        return out;
    }

    private Span link(RegisterEntry entry, int start, int end) {
        Span span = Span.whole(entry.type().nameElement(), start, end, Span.Priority.NAME).attr("ref", "#" + entry.id());
        linked.put(span, entry);
        return span;
    }

    /** "Mr. Wiśniewski [Zbigniew]. Wiśniewski demanded ...": a surname after the full name in the same paragraph. */
    private void surnamesLaterInBlock(Tokens tokens, TextView view, List<Candidate> chosen, int from, List<Span> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.start(i) < from || !tokens.capitalised(i)) {
                continue;
            }
            RegisterEntry person = tokens.lookUp(surnames, i);
            if (person == null || person == AMBIGUOUS || overlapsAny(chosen, tokens.start(i), tokens.end(i))) {
                continue;
            }
            int last = formEnd(tokens, i, person);
            if (last > i && overlapsAny(chosen, tokens.start(i), tokens.end(last))) {
                last = i;
            }
            int first = initialsBefore(view.text, tokens, i);
            if (first < i && overlapsAny(chosen, tokens.start(first), tokens.end(i))) {
                first = i;
            }
            int[] src = view.toSource(tokens.start(first), tokens.end(last));
            if (src[0] >= 0) {
                out.add(link(person, src[0], src[1]));
            }
            i = last;
        }
    }

    /** The first of the initials just before token i ("N. S. Khrushchev", "Yu. Tsedenbal"), else i. */
    private static int initialsBefore(String text, Tokens tokens, int i) {
        int from = Initials.before(text, tokens.start(i));
        int first = i;
        while (first > 0 && tokens.start(first - 1) >= from) {
            first--;
        }
        return first;
    }

    /**
     * The last token of the longest of the person's forms spelt from token i ("Pham Van Dong" again,
     * whose middle word is no surname), else i: one mention, not one per surname word.
     */
    private static int formEnd(Tokens tokens, int i, RegisterEntry person) {
        int last = i;
        for (String form : person.names()) {
            last = Math.max(last, tokens.spells(i, form));
        }
        return last;
    }

    private static boolean overlapsAny(List<Candidate> chosen, int start, int end) {
        for (Candidate c : chosen) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }

    private RegisterEntry entryFor(Candidate c, String mainText) {
        if (c.entry() != null) {
            return c.entry();
        }
        String name = collapse(c.name());
        if (mainText.equals(c.name())) {
            return shared.entryFor(c.type(), name, null); // no other form read with it: the usual case
        }
        String all = collapse(mainText);
        String other = !all.equals(name) && all.startsWith(name) && all.length() > name.length() + 1
                ? all.substring(name.length()).strip() : null; // the bracketed other form
        if (other == null && all.endsWith(" " + name) && NameForms.isAcronym(all.substring(0, all.length() - name.length() - 1))) {
            other = all.substring(0, all.length() - name.length() - 1); // "DRA [Democratic Republic of Afghanistan]"
        }
        if (other != null && NameForms.isAcronym(other) && !NameForms.acronymBefore(other, name, name.length())
                && NameRules.ofABody(name)) {
            other = null; // "Central Committee of the Polish United Workers' Party [PZPR]": the party's acronym
        }
        if (other != null && NameForms.completes(name, other)) {
            return shared.entryFor(c.type(), other, name); // "Khuhro [Muhammad Ayub Khuhro]": the full name first
        }
        return shared.entryFor(c.type(), name, other);
    }

    /** Whitespace runs as single spaces (names may run over a line break). */
    static String collapse(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c != '\n' && c != '\t' && c != '\r' && !(c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ');
        }
        return plain ? s.strip() : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * The reference of the place {@code name} names as a whole, for the header, where the register or
     * the known names have it, or null: the place a closer's dateline names, read for the header before
     * the closer's names are found. Its entry goes to the standOff whether or not the text links it.
     */
    public String placeRef(String name) {
        if (shared.register().hasRejections() && shared.isRejected(name)) {
            return null;
        }
        Tokens tokens = new Tokens(name, shared.vocabulary());
        RegisterEntry[] found = {null};
        shared.registered().find(tokens, (start, end, phrase, entry) -> {
            if (start == 0 && end == name.length() && entry.type() == EntityType.PLACE) {
                found[0] = entry;
            }
        });
        if (found[0] == null) {
            shared.known().find(tokens, (start, end, phrase, type) -> {
                if (start == 0 && end == name.length() && type == EntityType.PLACE) {
                    found[0] = shared.entryFor(type, name, null);
                }
            });
        }
        if (found[0] == null) {
            return null;
        }
        refer(found[0]);
        return "#" + found[0].id();
    }

    /** Files an entry the document refers to for its standOff, and a new one for the run's register. */
    private void refer(RegisterEntry entry) {
        RegisterEntry before = referenced.get(entry.id());
        boolean first = before == null;
        if (first || before != entry) {
            // "Tan Şu-min" and "Tan Şu-min [Tang Shuming]" are one entry: the standOff lists both forms
            referenced.put(entry.id(), first ? entry : before.withNamesOf(entry));
            if (entry.unreviewed()) {
                shared.run().add(entry);
                if (contribution != null) {
                    contribution.added(entry);
                }
            }
        }
    }

    @Override
    public void kept(List<Span> spans, SourceText source) {
        for (Span s : spans) {
            RegisterEntry entry = linked.remove(s);
            if (entry == null) {
                continue;
            }
            refer(entry);
            boolean recorded = entry.unreviewed() || shared.run().recordsAll();
            boolean mayKeep = recorded && shared.run().mayKeep(entry.id(), fileName);
            if (mayKeep || (recorded && contribution != null)) {
                // the contribution keeps every such mention: a later build may keep one this run only counts
                SourcePosition at = source.positionOf(s.start());
                Mention m = new Mention(fileName, at.line(), at.column(), entry.id(),
                        collapse(source.text().substring(s.start(), s.end())));
                if (contribution != null) {
                    contribution.mentioned(m);
                }
                shared.run().offer(m);
            } else {
                shared.run().count(entry.id());
                if (contribution != null) {
                    contribution.counted(entry.id());
                }
            }
        }
        linked.clear();
    }

    /**
     * The one person named before whose name, of more words, ends with {@code name} of two words or
     * more ("Ben Bella" of "Ahmed Ben Bella"); null if none or several.
     */
    private RegisterEntry endOfAFullName(String name) {
        if (name.indexOf(' ') < 0) {
            return null; // one word: the surnames' business
        }
        String tail = " " + name;
        RegisterEntry found = null;
        for (RegisterEntry p : persons) {
            for (String form : p.names()) {
                if (form.endsWith(tail)) {
                    if (found != null && found != p) {
                        return null;
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /** Files the head of a body's name that says what the body is of, of two words or more. */
    private void rememberHead(String name, RegisterEntry body) {
        int of = name.indexOf(" of ");
        if (of < 0 || name.lastIndexOf(' ', of - 1) < 0) {
            return;
        }
        String head = name.substring(0, of);
        RegisterEntry other = bodyHeads.putIfAbsent(head, body);
        if (other != null && other != body && !other.id().equals(body.id())) {
            bodyHeads.put(head, AMBIGUOUS);
        }
    }

    /** Files a person's {@link NameRecognizer#surnameWords} so that they link to it later in the document. */
    private void rememberSurnames(RegisterEntry person) {
        for (String w : shared.surnameWords(person)) {
            RegisterEntry other = surnames.get(w);
            if (other == null) {
                surnames.put(w, person);
            } else if (!other.id().equals(person.id())) {
                surnames.put(w, AMBIGUOUS); // two persons share it: it names neither
            }
        }
    }

    private static final RegisterEntry AMBIGUOUS = new RegisterEntry("", EntityType.PERSON, List.of(""), null);

    /** The standOff with the entries this document refers to, sorted by id; null if none. */
    public StandOffMarkup standOff() {
        if (referenced.isEmpty()) {
            return null;
        }
        List<RegisterEntry> entries = new ArrayList<>(referenced.values());
        entries.sort(Comparator.comparing(RegisterEntry::id));
        Map<String, List<WrittenElement>> lists = new java.util.LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            List<WrittenElement> list = new ArrayList<>();
            for (RegisterEntry e : entries) {
                if (e.type() == type) {
                    list.add(shared.written(e));
                }
            }
            if (!list.isEmpty()) {
                lists.put(type.listElement(), list);
            }
        }
        return new StandOffMarkup(lists);
    }
}
