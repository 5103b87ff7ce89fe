package org.edition.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edition.encode.StandOffMarkup;
import org.edition.encode.WrittenElement;

/**
 * What all documents of a run share for finding names: the register's name forms, the lists of
 * known places and organizations (country names from the JDK's locale data among them), and the
 * rules. Built once; immutable and thread-safe. {@link #forDocument} makes the per-document part.
 */
public final class NameRecognizer {
    /** The entries' elements as written, by entry (a record: an entry whose names grow is written again). */
    private final Map<RegisterEntry, WrittenElement> written = new java.util.concurrent.ConcurrentHashMap<>();
    private final Register register;
    private final PhraseMatcher<RegisterEntry> registered;
    private final PhraseMatcher<EntityType> known;
    private final Vocabulary vocabulary;
    private final NameRules rules;
    private final RunRegister run;

    public NameRecognizer(Register register) {
        this.register = register;
        Map<String, RegisterEntry> names = new HashMap<>();
        for (RegisterEntry e : register.entries()) {
            for (String n : e.names()) {
                names.putIfAbsent(n, e); // a form shared by two entries links to the first; `register` reports it
            }
        }

        Map<String, EntityType> lists = new HashMap<>();
        for (String country : Locale.getISOCountries()) {
            String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && name.matches("[\\p{L} .'-]+")) {
                lists.put(name, EntityType.PLACE);
            }
        }
        Map<String, String> places = read("/names/places.txt");
        Map<String, String> organizations = read("/names/organizations.txt");
        places.keySet().forEach(n -> lists.put(n, EntityType.PLACE));
        organizations.keySet().forEach(n -> lists.put(n, EntityType.ORG));
        this.preferredForms = Map.of(EntityType.PLACE, places, EntityType.ORG, organizations);
        List<String> words = new java.util.ArrayList<>(NameRules.words());
        words.addAll(PhraseMatcher.firstWords(names.keySet()));
        words.addAll(PhraseMatcher.firstWords(lists.keySet()));
        this.vocabulary = new Vocabulary(words);
        this.registered = new PhraseMatcher<>(names, vocabulary);
        this.known = new PhraseMatcher<>(lists, vocabulary, type -> type == EntityType.ORG);
        this.rules = new NameRules(vocabulary);
        this.run = new RunRegister(register);
    }

    /** The same names recur in every document: each is linked to its entry once per run. */
    private final Map<Found, RegisterEntry> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The entry for a name found by rule: the register's entry of that type with that name or id,
     * else the entry Edition proposes (the same name gives the same entry).
     */
    RegisterEntry entryFor(EntityType type, String name, String otherForm) {
        Found key = new Found(type, name, otherForm);
        RegisterEntry known = resolved.get(key);
        return known != null ? known : resolved.computeIfAbsent(key, k -> resolve(type, name, otherForm));
    }

    private record Found(EntityType type, String name, String otherForm) {
    }

    /**
     * The words a person's entry may be mentioned by alone ("Belyaev" after "Comrade Nikolai
     * Belyaev"): both ends of each form of the full name, or a one-word form as it is. Worked out
     * once per entry in a run.
     */
    List<String> surnameWords(RegisterEntry person) {
        List<String> known = surnameWords.get(person);
        return known != null ? known : surnameWords.computeIfAbsent(person, NameRecognizer::endWords);
    }

    private final Map<RegisterEntry, List<String>> surnameWords = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> endWords(RegisterEntry person) {
        List<String> out = new java.util.ArrayList<>();
        for (String form : person.names()) {
            String[] words = form.split(" ");
            // "Muhammad Ayub Khuhro", the full form of "Khuhro": its first word is a given name
            boolean givenFirst = words.length > 1
                    && person.names().stream().anyMatch(other -> NameForms.completes(other, form));
            // "Luis Echeverría Álvarez", later "Echeverría": of three words, the middle one may be the
            // surname a Spanish name is called by (a short one is more often a middle name: "Pham Van Dong")
            String[] ends = givenFirst ? new String[] {words[words.length - 1]}
                    : words.length == 3 && words[1].length() >= 4 ? new String[] {words[0], words[1], words[2]}
                    : new String[] {words[0], words[words.length - 1]};
            for (String w : ends) {
                if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")) {
                    out.add(w);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether the lists give {@code a} and {@code b} as forms of one place or body: "Guangzhou" and "Canton". */
    boolean sameListed(String a, String b) {
        for (Map<String, String> listed : preferredForms.values()) {
            String preferred = listed.get(a);
            if (preferred != null) {
                return preferred.equals(listed.get(b));
            }
        }
        return false;
    }

    private RegisterEntry resolve(EntityType type, String name, String otherForm) {
        // "Peking" is a form of Beijing: the entry is made under the form the lists name first; and
        // "Hai Phong [Haiphong]", a form of a place the lists know given in brackets, is that place
        Map<String, String> listed = preferredForms.getOrDefault(type, Map.of());
        String preferred = listed.getOrDefault(name, otherForm == null ? name : listed.getOrDefault(otherForm, name));
        for (String form : preferred.equals(name) ? List.of(name) : List.of(name, preferred)) {
            for (RegisterEntry e : register.byName(form)) {
                if (e.type() == type) {
                    return e;
                }
            }
        }
        String id = type.idPrefix() + NameForms.slug(preferred);
        RegisterEntry known = register.byId(id);
        if (known != null) {
            return known;
        }
        List<String> names = new java.util.ArrayList<>(List.of(preferred));
        for (String form : new String[] {name, otherForm}) {
            if (form != null && !names.contains(form)) {
                names.add(form);
            }
        }
        return new RegisterEntry(id, type, List.copyOf(names), null);
    }

    /** Rejected names by the name as found: the same forms recur in every document. */
    private final Map<String, Boolean> rejected = new java.util.concurrent.ConcurrentHashMap<>();

    boolean isRejected(String name) {
        Boolean known = rejected.get(name);
        return known != null ? known : rejected.computeIfAbsent(name, register::isRejected);
    }

    public Register register() {
        return register;
    }

    /** The names found in this run that the register does not know, and every mention. */
    public RunRegister run() {
        return run;
    }

    /** An entry's element as each document's standOff copies it, written once per run. */
    WrittenElement written(RegisterEntry entry) {
        return written.computeIfAbsent(entry, e -> WrittenElement.of(RegisterElements.of(e), StandOffMarkup.ENTRY_DEPTH));
    }

    private volatile boolean keepContributions;

    /** Each document records what it adds to the run's register ({@link DocumentNames#contribution}), for a later build to replay. */
    public void keepContributions() {
        keepContributions = true;
    }

    boolean keepsContributions() {
        return keepContributions;
    }

    public DocumentNames forDocument(String fileName) {
        return new DocumentNames(this, fileName);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    PhraseMatcher<RegisterEntry> registered() {
        return registered;
    }

    PhraseMatcher<EntityType> known() {
        return known;
    }

    NameRules rules() {
        return rules;
    }

    /** Each form of the known places and bodies, by type, to the form their entry is made under. */
    private final Map<EntityType, Map<String, String>> preferredForms;

    /** A list of names, one place or body a line with its forms separated by '|': each form to the first. */
    private static Map<String, String> read(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = NameRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    String[] forms = l.split("\\s*\\|\\s*");
                    for (String form : forms) {
                        out.putIfAbsent(form, forms[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
