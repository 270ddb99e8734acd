package org.goldset.suggestion.engine.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.goldset.nlp.DocumentAnalysis;
import org.goldset.schema.AnnotationSchema;
import org.goldset.suggestion.engine.EntitySuggestion;
import org.goldset.suggestion.engine.SuggestionEngine;
import org.goldset.text.PhraseMatcher;
import org.springframework.stereotype.Component;

/**
 * Suggests the entities of a built-in domain list ({@code gazetteer/entities.tsv}): armed groups,
 * agencies, capitals and conflict cities, regions, nationalities and groups, weapons. It fixes what
 * CoreNLP gets wrong in this genre (e.g. "Revolutionary Guards" as an ideology, "Tehran" as a
 * non-political location) and gives WEAPON, which CoreNLP does not know, its common nouns.
 * The version includes a hash of the list, so editing the list refreshes its pending suggestions.
 */
@Component
class GazetteerEngine implements SuggestionEngine {

    static final String ID = "gazetteer";
    static final String RESOURCE = "/gazetteer/entities.tsv";
    private static final double SCORE = 0.9;

    private final PhraseMatcher matcher = new PhraseMatcher();
    private final String version;

    GazetteerEngine(AnnotationSchema schema) {
        byte[] list = readList();
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
                throw new IllegalStateException(RESOURCE + " line " + (i + 1)
                        + ": expected LABEL<TAB>phrase<TAB>cased|caseless with a schema label; got: " + line);
            }
            matcher.add(fields[1], fields[0], fields[2].equals("caseless"), SCORE);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLinguisticAnalysis() {
        return false;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<EntitySuggestion> suggest(DocumentAnalysis analysis) {
        return matcher.findAll(analysis.text()).stream()
                .map(match -> new EntitySuggestion(match.span(), match.label(), match.score()))
                .toList();
    }

    private static byte[] readList() {
        try (InputStream in = GazetteerEngine.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is missing from the build");
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
