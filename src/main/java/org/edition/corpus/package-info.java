/** Generated corpora for the benchmark and the property tests. */
package org.edition.corpus;
