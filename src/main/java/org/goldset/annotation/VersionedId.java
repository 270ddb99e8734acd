package org.goldset.annotation;

/** An annotation id with the version the analyst saw, for optimistic locking. */
public record VersionedId(long id, long version) {
}
