package org.goldset.corpus;

/** Published after an import run that added documents, so that suggestions can follow. */
public record CorpusImported(int documents) {
}
