package org.edition.site;

/**
 * What the site says about the edition as a whole, from {@code edition.yaml}: its title (key
 * {@code edition}), description, publisher, and the address where it is published ({@code url},
 * for absolute citation addresses; may be null). {@code generator} names the software and version.
 */
public record SiteSettings(String title, String description, String publisher, String url, String generator) {
}
