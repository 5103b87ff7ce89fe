/**
 * Plain text to TEI: decoding ({@link org.edition.encode.SourceDecoder}), blocks and layout
 * ({@link org.edition.encode.BlockParser}, {@link org.edition.encode.DocumentLayout}), inline
 * encoding of brackets, dates, numbers and quotations ({@link org.edition.encode.InlineEncoder}),
 * and the TEI document ({@link org.edition.encode.TeiDocumentBuilder}).
 */
package org.edition.encode;
