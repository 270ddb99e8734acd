package org.goldset.format;

import java.util.List;

/** A format's fixed facts, given once: its id, its one-line description and its file extensions. */
public abstract class AbstractGoldFormat implements GoldFormat {

    private final String id;
    private final String description;
    private final List<String> extensions;

    /** The first extension names exported files. */
    protected AbstractGoldFormat(String id, String description, String... extensions) {
        this.id = id;
        this.description = description;
        this.extensions = List.of(extensions);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }

    @Override
    public String toString() {
        return id;
    }
}
