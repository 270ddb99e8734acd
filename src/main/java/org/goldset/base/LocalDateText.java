package org.goldset.base;

import java.time.LocalDate;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores dates as ISO-8601 text (yyyy-MM-dd); see {@link InstantText} for why text. */
@Converter
public class LocalDateText implements AttributeConverter<LocalDate, String> {

    @Override
    public String convertToDatabaseColumn(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public LocalDate convertToEntityAttribute(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
