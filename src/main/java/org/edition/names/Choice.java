package org.edition.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a block's overlapping candidates become mentions: register forms first, then longer
 * before shorter; a name may sit inside an organization's only as {@link #within} allows. Stateless.
 */
final class Choice {
    private Choice() {
    }

    private static final Comparator<Candidate> PREFERENCE = (a, b) -> a.registerForm() != b.registerForm()
            ? (a.registerForm() ? -1 : 1)
            : a.length() != b.length() ? Integer.compare(b.length(), a.length()) : Integer.compare(a.start(), b.start());

    /**
     * Register forms first, then longer before shorter ("Ambassador Qiao [Xiaoguang]" again, not
     * its surname alone); a place or another organization may sit inside an organization ("Embassy
     * in [North] Korea", "United Nations General Assembly"). Sorts {@code candidates} in place.
     */
    static List<Candidate> among(List<Candidate> candidates, String text) {
        candidates.removeIf(c -> qualified(c, candidates, text) || shadowedSurname(c, candidates));
        candidates.sort(PREFERENCE);
        List<Candidate> chosen = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean ok = true;
            for (Candidate o : chosen) {
                if (!c.overlaps(o)) {
                    continue;
                }
                if (!(o.contains(c) ? within(c, o, text) : c.contains(o) && within(o, c, text))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /**
     * Whether a register's form of an organization is, in the text, the name of another state's
     * body: a rule found it with whose body it is before it ("[North Korean] Ministry of Foreign
     * Affairs", where the register's "Ministry of Foreign Affairs" is the PRC's). Then the longer
     * name wins, as a new entry to review, instead of a silent link to the wrong body.
     */
    private static boolean qualified(Candidate form, List<Candidate> candidates, String text) {
        if (!form.registerForm() || form.type() != EntityType.ORG) {
            return false;
        }
        if (headOf(form, text)) {
            // "Central Committee of the Polish United Workers' Party", where the register's "Central
            // Committee" is the Chinese party's: the body it is of makes it another body
            for (Candidate c : candidates) {
                if (!c.registerForm() && c.type() == EntityType.ORG && c.start() == form.start() && c.end() > form.end()) {
                    return true;
                }
            }
        }
        int qualifier = NameRules.qualifierBefore(text, form.start());
        if (qualifier == form.start()) {
            return false;
        }
        for (Candidate c : candidates) {
            if (!c.registerForm() && c.type() == EntityType.ORG && c.end() == form.end()
                    && c.start() < form.start() && c.start() >= qualifier) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a register's one-word form of a person is the first word of a longer person's name
     * found by rule, or inside it: "Pak" of Pak Song-chol in "Pak Chang-ok [Pak Ch'ang-ok]" is
     * another Pak, whom the register does not know yet.
     */
    private static boolean shadowedSurname(Candidate form, List<Candidate> candidates) {
        if (!form.registerForm() || form.type() != EntityType.PERSON || form.name().indexOf(' ') >= 0) {
            return false;
        }
        for (Candidate c : candidates) {
            if (!c.registerForm() && c.type() == EntityType.PERSON && c.contains(form) && c.length() > form.length()
                    && c.name().indexOf(' ') > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether " of" follows the name: it is the head of a longer one, what it is of still to come. */
    private static boolean headOf(Candidate c, String text) {
        return text.startsWith(" of ", c.end());
    }

    /**
     * Whether the outer name is the inner one with one more kind word after its own: "Higher Party"
     * in "Higher Party School" is no body of its own, only the school's kind.
     */
    private static boolean kindAfterKind(Candidate inner, Candidate outer, String text) {
        String rest = text.substring(inner.end(), outer.end());
        int lastSpace = inner.name().lastIndexOf(' ');
        return rest.startsWith(" ") && rest.indexOf(' ', 1) < 0 && NameRules.isOrgHead(rest.substring(1))
                && NameRules.isOrgHead(inner.name().substring(lastSpace + 1));
    }

    /**
     * Whether a name may sit inside a longer organization's: a place anywhere in it, an organization
     * at its start (unless "of" follows it there) or after its "of" or a kind word before a name ("United Nations General Assembly", "Central Committee of the
     * League of Communists"), but not as its last words otherwise: "General Assembly" in "United
     * Nations General Assembly" is that body itself, named shorter.
     */
    private static boolean within(Candidate inner, Candidate outer, String text) {
        if (outer.type() != EntityType.ORG || inner.type() == EntityType.PERSON || outer.length() <= inner.length()) {
            return false;
        }
        if (inner.name().equals(outer.name()) || inner.start() == outer.start()
                && text.substring(inner.end(), outer.end()).strip().equals(outer.name())) {
            return false; // "SED [Socialist Unity Party of Germany]": the body named once, with its other form
        }
        if (inner.type() == EntityType.PLACE) {
            return true;
        }
        if (inner.end() < outer.end()) {
            // "Central Committee" in "Central Committee of the League of Communists" is that body named shorter
            return !(inner.start() == outer.start() && (headOf(inner, text) || kindAfterKind(inner, outer, text)));
        }
        String before = text.substring(outer.start(), inner.start());
        // "CPSU" in "CC CPSU": the party named after the kind word that heads its committee
        return before.endsWith(" of ") || before.endsWith(" of the ") || NameRules.isHeadBefore(before.strip());
    }
}
