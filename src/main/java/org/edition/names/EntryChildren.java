package org.edition.names;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which TEI elements may stand directly inside a register entry ({@code person}, {@code place},
 * {@code org}), as TEI P5 4.9 allows them. An editor's entry is copied into every document that
 * names it, so a misspelt or misplaced element would make each of them invalid TEI; the register
 * reader refuses it first. A test derives the same lists from {@code tei_all.rng}. Stateless.
 */
final class EntryChildren {
    private EntryChildren() {
    }

    private static final Map<EntityType, Set<String>> ALLOWED = Map.of(
            EntityType.PERSON, Set.of(("ab addSpan affiliation age alt altGrp anchor app bibl biblFull biblStruct birth cb "
                    + "certainty damageSpan death delSpan education ellipsis event fLib faith figure floruit fs fvLib fw gap "
                    + "gb gender idno incident index interp interpGrp join joinGrp kinesic langKnowledge lb link linkGrp "
                    + "listBibl listEvent listTranspose metamark milestone msDesc name nationality notatedMusic note noteGrp "
                    + "occupation p pause pb persName persPronouns persona precision ptr residence respons sex shift "
                    + "socecStatus space span spanGrp state substJoin timeline trait vocal witDetail writing").split(" ")),
            EntityType.PLACE, Set.of(("ab bibl biblFull biblStruct bloc climate country desc district event geogName head "
                    + "idno label link linkGrp listBibl listEvent listPlace location msDesc name note noteGrp p place "
                    + "placeName population ptr region settlement state terrain trait").split(" ")),
            EntityType.ORG, Set.of(("ab addName anchor bibl biblFull biblStruct bloc cb climate country desc district "
                    + "event eventName forename fw gb genName geogFeat geogName head idno label lang lb link linkGrp "
                    + "listBibl listEvent listOrg listPerson listPlace location milestone msDesc name nameLink note "
                    + "noteGrp objectName offset org orgName p pb persName persPronouns person personGrp place placeName "
                    + "population ptr region roleName rs settlement state surname terrain trait").split(" ")));

    static Set<String> allowed(EntityType type) {
        return ALLOWED.get(type);
    }

    static boolean allows(EntityType type, String localName) {
        return ALLOWED.get(type).contains(localName);
    }

    /** The allowed element spelt like {@code localName} but for case ("persname": "persName"), or null. */
    static String meant(EntityType type, String localName) {
        String lower = localName.toLowerCase(Locale.ROOT);
        for (String name : ALLOWED.get(type)) {
            if (name.toLowerCase(Locale.ROOT).equals(lower)) {
                return name;
            }
        }
        return null;
    }
}
