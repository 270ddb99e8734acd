package org.goldset.base;

import java.time.Instant;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores instants as ISO-8601 UTC text: SQLite has no timestamp type, and text sorts correctly,
 * reads well in the sqlite3 shell and survives a move to PostgreSQL.
 */
@Converter
public class InstantText implements AttributeConverter<Instant, String> {

    @Override
    public String convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public Instant convertToEntityAttribute(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
