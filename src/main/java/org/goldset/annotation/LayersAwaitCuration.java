package org.goldset.annotation;

/**
 * Published, inside the transaction that decided it, when as many analysts as a document needs (two
 * or more) have finished their layers: curation builds the document's gold from them (decision 019).
 * Published again when one more analyst finishes a document already in curation.
 */
public record LayersAwaitCuration(long documentId) {
}
