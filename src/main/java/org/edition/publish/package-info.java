/**
 * The archive package: a BagIt bag of the built edition (TEI, register, project schema, Dublin Core
 * records, validation report), zipped deterministically, and its verification.
 */
package org.edition.publish;
