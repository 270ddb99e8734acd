package org.goldset.format.brat;

import java.util.List;

/**
 * What Goldset's brat export and import agree on beyond brat's own grammar: the attribute names and
 * values in {@code .ann} files, and the prefix of the notes that carry Goldset's details as JSON.
 */
public final class BratConventions {

    public static final String STATUS_ATTRIBUTE = "Status";
    public static final String MODALITY_ATTRIBUTE = "Modality";
    public static final List<String> MODALITIES = org.goldset.schema.EventAttribute.MODALITIES;
    public static final String NOTE_TYPE = "AnnotatorNotes";
    /** A note whose text starts with this is Goldset's: the rest is a JSON object. */
    public static final String NOTE_PREFIX = "goldset ";
    public static final String CONFIGURATION_FILE = "annotation.conf";

    private BratConventions() {
    }

    /** brat's text field is one line: line breaks and tabs inside a span are written as spaces. */
    public static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
