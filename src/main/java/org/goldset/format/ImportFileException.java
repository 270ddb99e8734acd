package org.goldset.format;

/** A file that is refused as a whole; {@code line} is 0 when no single line is at fault. */
public class ImportFileException extends RuntimeException {

    private final int line;

    public ImportFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
