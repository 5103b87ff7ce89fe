/** Helpers for Edition's own use; not API, may change without notice. */
package org.edition.internal;
