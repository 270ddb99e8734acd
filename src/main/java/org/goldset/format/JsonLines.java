package org.goldset.format;

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
     * flat however long the file is. A line longer than {@code maxLineBytes} stops the reading: the
     * file is refused, naming that line, before the line fills memory.
     */
    public static void forEachLine(Path file, int maxLineBytes, LineHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
            int lineNumber = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i - start);
                        checkLength(line, lineNumber + 1, maxLineBytes);
                        handle(line, ++lineNumber, handler);
                        start = i + 1;
                    }
                }
                line.write(buffer, start, read - start);
                checkLength(line, lineNumber + 1, maxLineBytes);
            }
            if (line.size() > 0) {
                handle(line, ++lineNumber, handler);
            }
        }
    }

    private static void checkLength(ByteArrayOutputStream line, int lineNumber, int maxLineBytes) {
        if (line.size() > maxLineBytes) {
            throw new ImportFileException(lineNumber, "the line is longer than " + String.format("%,d", maxLineBytes)
                    + " bytes (goldset.limits.line-characters); the file was not read further");
        }
    }

    private static void handle(ByteArrayOutputStream lineBytes, int lineNumber, LineHandler handler) {
        String line = decodeLine(lineBytes.toByteArray(), lineNumber);
        lineBytes.reset();
        if (!line.isBlank()) {
            handler.handle(line, lineNumber);
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
