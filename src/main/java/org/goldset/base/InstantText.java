package org.goldset.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores instants as ISO-8601 UTC text: SQLite has no timestamp type, and text sorts correctly,
 * reads well in the sqlite3 shell and survives a move to PostgreSQL. {@link #parse} is the one way
 * back, for JPA and the JDBC readers alike.
 */
@Converter
public class InstantText implements AttributeConverter<Instant, String> {

    private static final int SECONDS_END = "2020-01-07T10:15:30".length();

    @Override
    public String convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public Instant convertToEntityAttribute(String text) {
        return parse(text);
    }

    /**
     * Reads what {@link Instant#toString} wrote ({@code 2020-01-07T10:15:30.123Z}) by counting digits,
     * and anything else ISO-8601 through {@link Instant#parse}. The export reads a timestamp for every
     * annotation; with {@code Instant.parse} alone that was a sixth of its time.
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        return isPlainUtc(text) ? fromDigits(text) : Instant.parse(text);
    }

    /** yyyy-MM-ddTHH:mm:ss, then optionally a dot and 1–9 digits, then Z. */
    private static boolean isPlainUtc(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || length > SECONDS_END + 11 || text.charAt(length - 1) != 'Z'
                || length == SECONDS_END + 2) {
            return false;
        }
        for (int i = 0; i < SECONDS_END; i++) {
            char c = text.charAt(i);
            boolean separator = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!separator) {
                return false;
            }
        }
        if (length > SECONDS_END + 1) {
            if (text.charAt(SECONDS_END) != '.') {
                return false;
            }
            for (int i = SECONDS_END + 1; i < length - 1; i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
        }
        return true;
    }

    private static Instant fromDigits(String text) {
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        int month = number(text, 5, 7);
        int dayOfMonth = number(text, 8, 10);
        if (hour > 23 || minute > 59 || second > 59 || month < 1 || month > 12 || dayOfMonth < 1
                || dayOfMonth > YearMonth.of(number(text, 0, 4), month).lengthOfMonth()) {
            return Instant.parse(text); // refuses it, with a message naming the field
        }
        long day = LocalDate.of(number(text, 0, 4), month, dayOfMonth).toEpochDay();
        int nanos = 0;
        int fractionEnd = text.length() - 1;
        if (fractionEnd > SECONDS_END) {
            nanos = number(text, SECONDS_END + 1, fractionEnd);
            for (int digits = fractionEnd - SECONDS_END - 1; digits < 9; digits++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
