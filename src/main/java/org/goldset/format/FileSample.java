package org.goldset.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.goldset.base.Json;
import tools.jackson.databind.JsonNode;

/**
 * What formats look at to claim a file: its name, whether it is a folder, its first bytes and, for
 * JSON lines, its first object. Read once per file, lazily, whatever the number of formats.
 */
public final class FileSample {

    private static final int HEAD_BYTES = 512;

    private final Path path;
    private final String lowerName;
    private final boolean folder;
    private final Set<String> knownExtensions;
    private byte[] head;
    private Optional<JsonNode> firstJsonLine;

    private FileSample(Path path, Set<String> knownExtensions) {
        this.path = path;
        this.lowerName = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        this.folder = Files.isDirectory(path);
        this.knownExtensions = knownExtensions;
    }

    static FileSample of(Path path, Set<String> knownExtensions) {
        return new FileSample(path, knownExtensions);
    }

    public boolean isFolder() {
        return folder;
    }

    public boolean hasExtension(String... extensions) {
        for (String extension : extensions) {
            if (!folder && lowerName.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }

    /** A file whose name says nothing (no extension any readable format claims): only its content can. */
    public boolean nameSaysNothing() {
        return !folder && knownExtensions.stream().noneMatch(this::hasExtension);
    }

    /** Named as JSON lines, or named for nothing and starting with a JSON object. */
    public boolean mayBeJsonLines() {
        return hasExtension("jsonl", "ndjson") || (nameSaysNothing() && firstVisibleCharacter() == '{');
    }

    /** Whether this is a folder directly holding a file with this extension. */
    public boolean folderHolds(String extension) {
        if (!folder) {
            return false;
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith("." + extension));
        } catch (IOException e) {
            return false;
        }
    }

    public boolean startsWithZipSignature() {
        byte[] bytes = head();
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The first character that is not white space (after a UTF-8 byte-order mark), or 0 for none. */
    public char firstVisibleCharacter() {
        byte[] bytes = head();
        int at = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < bytes.length && Character.isWhitespace(bytes[at])) {
            at++;
        }
        return at == bytes.length ? 0 : (char) bytes[at];
    }

    /** The first non-blank line as JSON, empty when it is missing or is not JSON. */
    public Optional<JsonNode> firstJsonLine() {
        if (firstJsonLine == null) {
            firstJsonLine = readFirstJsonLine();
        }
        return firstJsonLine;
    }

    private Optional<JsonNode> readFirstJsonLine() {
        if (folder) {
            return Optional.empty();
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && line.isBlank()) {
                // skip leading blank lines
            }
            return line == null ? Optional.empty()
                    : Optional.ofNullable(Json.MAPPER.readTree(line.strip().replaceFirst("^\uFEFF", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] head() {
        if (head == null) {
            head = readHead();
        }
        return head;
    }

    private byte[] readHead() {
        if (folder) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
