package org.goldset.annotation;

/** Who proposed an annotation: a machine engine, an analyst, or an imported file. */
public enum OriginKind {
    ENGINE, MANUAL, IMPORTED
}
