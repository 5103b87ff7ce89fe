/** Diagnostics: positions in input files and the messages reported about them. */
package org.edition.diag;
