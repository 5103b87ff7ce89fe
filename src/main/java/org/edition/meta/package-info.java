/** Document and edition metadata read from YAML beside the inputs. */
package org.edition.meta;
