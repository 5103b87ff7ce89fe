/**
 * The static edition site ({@code output/site/}): the Java side gathers the inputs (a summary of
 * every document, the register, the files to download) and decides which files exist and where;
 * the pages themselves come from the stylesheets of {@code xslt/site/}. Also the small local
 * server of {@code edition serve}.
 */
package org.edition.site;
