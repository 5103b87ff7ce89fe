package org.edition.site;

/**
 * What the site says about the edition as a whole, from {@code edition.yaml}: its title (key
 * {@code edition}), description, publisher, and the address where it is published ({@code url},
 * for absolute citation addresses; may be null). {@code generator} names the software and version.
 * {@code documentsPerPage}: how many documents a list of them shows on one page (the home page, the
 * chronology, the mentions on an entry's page); more go on further pages (documents-2.html,
 * chronology-2.html, persons/<id>~2.html ...), so that no page, and no step of the build, grows
 * with the edition.
 */
public record SiteSettings(String title, String description, String publisher, String url, String generator,
        int documentsPerPage) {
    public static final int DOCUMENTS_PER_PAGE = 500;

    public SiteSettings {
        if (documentsPerPage < 1) {
            throw new IllegalArgumentException("documents per page must be at least 1: " + documentsPerPage);
        }
    }

    public SiteSettings(String title, String description, String publisher, String url, String generator) {
        this(title, description, publisher, url, generator, DOCUMENTS_PER_PAGE);
    }
}
