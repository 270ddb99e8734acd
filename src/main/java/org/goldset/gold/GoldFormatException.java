package org.goldset.gold;

/** A JSONL line that cannot be imported; the message says what is wrong and where. */
public class GoldFormatException extends RuntimeException {

    private final int lineNumber;

    public GoldFormatException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
