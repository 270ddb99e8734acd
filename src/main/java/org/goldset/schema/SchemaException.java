package org.goldset.schema;

/** A schema file that cannot be used; the message names the file and the offending entry. */
public class SchemaException extends RuntimeException {

    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
