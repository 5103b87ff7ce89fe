package org.edition.names;

/** The three kinds of named entity, with their TEI element names and id prefixes. */
public enum EntityType {
    PERSON("persName", "person", "listPerson", "pers-"),
    PLACE("placeName", "place", "listPlace", "pl-"),
    ORG("orgName", "org", "listOrg", "org-");

    private final String nameElement;
    private final String entryElement;
    private final String listElement;
    private final String idPrefix;

    EntityType(String nameElement, String entryElement, String listElement, String idPrefix) {
        this.nameElement = nameElement;
        this.entryElement = entryElement;
        this.listElement = listElement;
        this.idPrefix = idPrefix;
    }

    public String nameElement() {
        return nameElement;
    }

    public String entryElement() {
        return entryElement;
    }

    public String listElement() {
        return listElement;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public static EntityType ofEntryElement(String name) {
        for (EntityType t : values()) {
            if (t.entryElement.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
