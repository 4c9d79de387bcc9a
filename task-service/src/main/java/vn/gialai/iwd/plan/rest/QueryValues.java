package vn.gialai.iwd.plan.rest;

import vn.gialai.iwd.plan.service.InvalidFieldsException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
final class QueryValues {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private QueryValues() {
    }

    static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldsException(name, "INVALID_FORMAT", "Expected a date such as 2025-01-31.");
        }
        // yearly tasks owe one report per year up to the day asked about: bound the work a request can cause
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new InvalidFieldsException(name, "OUT_OF_RANGE", "Give a date between 2000 and 2100.");
        }
        return day;
    }

    static int year(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldsException(name, "REQUIRED", "Give a year such as 2025.");
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below like a year out of range
        }
        throw new InvalidFieldsException(name, "OUT_OF_RANGE", "Give a year between 2000 and 2100.");
    }

    /** Items per page: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldsException("limit", "INVALID_FORMAT", "Expected a whole number from 1 to " + MAX_LIMIT + ".");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldsException("limit", "OUT_OF_RANGE", "Give a number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }
}
