/** TEI vocabulary shared by the encoder and the tests. */
package org.edition.tei;
