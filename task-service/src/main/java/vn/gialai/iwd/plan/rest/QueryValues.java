package vn.gialai.iwd.plan.rest;

import vn.gialai.iwd.plan.domain.PlanYears;
import vn.gialai.iwd.plan.service.InvalidFieldsException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query parameters read by hand, so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer 404). Parameters that several endpoints share are declared once as {@code @BeanParam}s
 * ({@link PageParams}, {@link DayParam}) that call these.
 */
final class QueryValues {

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
        if (day.getYear() < PlanYears.FIRST || day.getYear() > PlanYears.LAST) {
            throw new InvalidFieldsException(name, "OUT_OF_RANGE",
                    "Give a date between " + PlanYears.FIRST + " and " + PlanYears.LAST + ".");
        }
        return day;
    }

    static int year(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldsException(name, "REQUIRED", "Give a year such as 2025.");
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= PlanYears.FIRST && year <= PlanYears.LAST) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below like a year out of range
        }
        throw new InvalidFieldsException(name, "OUT_OF_RANGE",
                "Give a year between " + PlanYears.FIRST + " and " + PlanYears.LAST + ".");
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
