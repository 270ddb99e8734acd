package org.goldset.corpus;

/**
 * Where a document is: imported, being annotated, waiting for a curator to settle its analysts'
 * differences (two or more analysts finished it), or finished (its gold is made).
 */
public enum DocumentStatus {
    NEW, IN_REVIEW, CURATING, DONE
}
