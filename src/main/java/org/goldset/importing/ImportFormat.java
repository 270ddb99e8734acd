package org.goldset.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.goldset.base.Json;

/** The formats Goldset imports, by the stable name used on the command line. */
public enum ImportFormat {
    TEXT("txt"), JSONL("jsonl"), BRAT("brat"), DOCCANO("doccano"), LABELSTUDIO("labelstudio"), SPACY("spacy");

    private static final JsonMapper JSON = Json.MAPPER;

    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ImportFormat> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(wanted)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ImportFormat::id).toList();
    }

    /**
     * The format of a file by its extension: {@code .txt}, {@code .zip} (brat), {@code .json}
     * (Label Studio), and for {@code .jsonl} by the first line's fields (spaCy has {@code spans},
     * doccano {@code relations} or {@code start_offset}, Goldset neither). A folder holding
     * {@code .ann} files is brat. Any other name is read by its content (see sniffContent). Empty
     * when the file is of no known kind.
     */
    static Optional<ImportFormat> detect(Path path) {
        if (Files.isDirectory(path)) {
            return isBratFolder(path) ? Optional.of(BRAT) : Optional.empty();
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".zip")) {
            return Optional.of(BRAT);
        }
        if (name.endsWith(".json")) {
            return Optional.of(LABELSTUDIO);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(sniffJsonLines(path));
        }
        return sniffContent(path);
    }

    /**
     * The format by the file's first bytes, for names that say nothing (a brat export saved as
     * {@code corpus.brat}, a download without extension): a zip is brat, a JSON array Label Studio,
     * a JSON object per line one of the JSONL formats.
     */
    private static Optional<ImportFormat> sniffContent(Path file) {
        byte[] head = new byte[512];
        int read;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Optional.of(BRAT);
        }
        int at = read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < read && Character.isWhitespace(head[at])) {
            at++;
        }
        if (at == read) {
            return Optional.empty();
        }
        return switch (head[at]) {
            case '[' -> Optional.of(LABELSTUDIO);
            case '{' -> Optional.of(sniffJsonLines(file));
            default -> Optional.empty();
        };
    }

    /** Whether a file in a folder is one to read when this format was asked for. */
    boolean readsFilesNamedLike(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return switch (this) {
            case TEXT -> name.endsWith(".txt");
            case JSONL, DOCCANO, SPACY -> name.endsWith(".jsonl") || name.endsWith(".ndjson");
            case LABELSTUDIO -> name.endsWith(".json");
            case BRAT -> name.endsWith(".zip");
        };
    }

    static boolean isBratFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".ann"));
        } catch (IOException e) {
            return false;
        }
    }

    private static ImportFormat sniffJsonLines(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && line.isBlank()) {
                // skip leading blank lines
            }
            if (line == null) {
                return JSONL;
            }
            JsonNode first = JSON.readTree(line.strip().replaceFirst("^\uFEFF", ""));
            if (first.has("spans") || first.has("tokens")) {
                return SPACY;
            }
            JsonNode entities = first.get("entities");
            boolean doccanoEntities = entities != null && entities.isArray() && !entities.isEmpty()
                    && entities.get(0).has("start_offset");
            return doccanoEntities || first.has("relations") || (first.has("label") && first.get("label").isArray())
                    ? DOCCANO : JSONL;
        } catch (IOException | RuntimeException e) {
            return JSONL; // the JSONL import then names the line and the problem
        }
    }
}
