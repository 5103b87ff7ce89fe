/** Running conversions: the library entry point, batches on all cores, safe output files. */
package org.edition.pipeline;
