package org.goldset.suggestion.engine.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.goldset.schema.AnnotationSchema;
import org.goldset.text.PhraseMatcher;
import org.goldset.text.TextOffsets;

/**
 * A built-in list of names (a resource of lines {@code LABEL<TAB>phrase<TAB>cased|caseless}),
 * checked against the schema when loaded, so a typo stops start-up with its line number. Its
 * version includes a hash of the list, so editing the list refreshes its pending suggestions.
 */
final class NameList {

    private final PhraseMatcher matcher = new PhraseMatcher();
    private final String version;

    NameList(String resource, AnnotationSchema schema, double score) {
        byte[] list = read(resource);
        this.version = "1." + HexFormat.of().formatHex(sha256(list), 0, 4);
        String[] lines = new String(list, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3 || !schema.hasEntityType(fields[0])
                    || !(fields[2].equals("cased") || fields[2].equals("caseless"))) {
                throw new IllegalStateException(resource + " line " + (i + 1)
                        + ": expected LABEL<TAB>phrase<TAB>cased|caseless with a schema label; got: " + line);
            }
            matcher.add(fields[1], fields[0], fields[2].equals("caseless"), score);
        }
    }

    String version() {
        return version;
    }

    List<PhraseMatcher.Match> findAll(TextOffsets text) {
        return matcher.findAll(text);
    }

    private static byte[] read(String resource) {
        try (InputStream in = NameList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the name list " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
