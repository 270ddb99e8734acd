package org.goldset.format;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file one line at a time, for the formats with one document per line. */
public final class JsonLines {

    private JsonLines() {
    }

    /**
     * Streams the non-blank lines with their 1-based numbers. Each line's bytes are decoded on their
     * own, so a byte that is not UTF-8 is reported on the line where it really is, and memory stays
     * flat however long the file is.
     */
    public static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
            int lineNumber = 0;
            int next;
            boolean more = true;
            while (more) {
                next = in.read();
                if (next != '\n' && next != -1) {
                    lineBytes.write(next);
                    continue;
                }
                more = next != -1;
                lineNumber++;
                if (lineBytes.size() > 0 || more) {
                    String line = decodeLine(lineBytes.toByteArray(), lineNumber);
                    if (!line.isBlank()) {
                        handler.handle(line, lineNumber);
                    }
                }
                lineBytes.reset();
            }
        }
    }

    private static String decodeLine(byte[] bytes, int lineNumber) {
        try {
            String line = StrictUtf8.decode(bytes);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (ImportFileException e) {
            throw new ImportFileException(lineNumber, e.getMessage());
        }
    }

    @FunctionalInterface
    public interface LineHandler {
        void handle(String line, int lineNumber);
    }
}
