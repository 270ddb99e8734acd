package org.goldset.importing;

/** A file that is refused as a whole; {@code line} is 0 when no single line is at fault. */
class ImportFileException extends RuntimeException {

    private final int line;

    ImportFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
