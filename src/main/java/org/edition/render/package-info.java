/** Rendering TEI with the XSLT 3.0 stylesheets of xslt/, compiled once per run. */
package org.edition.render;
