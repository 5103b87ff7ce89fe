/** RELAX NG validation of TEI, with schemas compiled once per run. */
package org.edition.validate;
