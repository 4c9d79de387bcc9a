package vn.gialai.iwd.registry.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/**
 * Query parameters read by hand, so that a bad value is a 400 naming the parameter: JAX-RS would
 * answer 404 for a value it cannot convert, and read any word but "true" as false.
 */
final class QueryValues {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private QueryValues() {
    }

    /** Items per page: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    static int limit(String value) {
        if (absent(value)) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("limit", "INVALID_FORMAT", "Expected a whole number from 1 to " + MAX_LIMIT + ".");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "OUT_OF_RANGE", "Give a number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    static boolean flag(String name, String value) {
        if (absent(value)) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, "INVALID_TYPE", "Expected true or false.");
        };
    }

    static UUID uuid(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "INVALID_FORMAT", "Expected a UUID.");
        }
    }

    static LocalDate date(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "INVALID_DATE", "Expected a date such as 2026-01-31.");
        }
    }

    static OffsetDateTime instant(String name, String value) {
        if (absent(value)) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "INVALID_FORMAT",
                    "Expected an instant with offset such as 2026-01-31T00:00:00Z.");
        }
        // PostgreSQL holds no instant before 4713 BC; none of this register's is before year 1 or after 9999.
        if (instant.getYear() < 1 || instant.getYear() > 9999) {
            throw new InvalidParameterException(name, "OUT_OF_RANGE", "Expected an instant between the years 1 and 9999.");
        }
        return instant;
    }

    static <E extends Enum<E>> E code(String name, String value, Class<E> codes, E absent) {
        if (absent(value)) {
            return absent;
        }
        try {
            return Enum.valueOf(codes, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "UNKNOWN_CODE", "Expected one of "
                    + java.util.Arrays.toString(codes.getEnumConstants()) + ".");
        }
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
