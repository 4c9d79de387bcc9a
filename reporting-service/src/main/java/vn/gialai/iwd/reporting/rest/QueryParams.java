package vn.gialai.iwd.reporting.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import vn.gialai.iwd.reporting.domain.ContributionGrouping;
import vn.gialai.iwd.reporting.domain.Dimension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the reports' query parameters, refusing what it does not understand rather than ignoring it. */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "Expected a date like 2026-12-31.");
        }
    }

    /** A whole number, {@code absent} when the parameter is not given. */
    static Integer integer(String name, String value, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "Expected a whole number.");
        }
    }

    /** A day (2026-12-31) or an instant with offset (2026-12-31T08:00:00Z). */
    static String knownAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                OffsetDateTime.parse(value);
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("knownAt", "Expected a date like 2026-12-31 or an instant like 2026-12-31T08:00:00Z.");
        }
    }

    /** "type" alone or "type," and one of level, year, sector, unit: the grouping after the type, or null. */
    static ContributionGrouping contributionsBy(String value) {
        String[] names = value == null || value.isBlank() ? new String[]{"type"} : value.split(",", -1);
        if (!names[0].trim().equals("type") || names.length > 2) {
            throw new InvalidParameterException("by", "Expected type, or type and one of level, year, sector, unit "
                    + "(e.g. by=type,level).");
        }
        if (names.length == 1) {
            return null;
        }
        String second = names[1].trim();
        return ContributionGrouping.byApiName(second).orElseThrow(() -> new InvalidParameterException("by", "Unknown grouping " + second
                        + "; expected level, year, sector or unit."));
    }

    /** A year from {@code first} to {@code last}, {@code absent} when not given. */
    static int year(String name, String value, int absent, int first, int last) {
        int year = integer(name, value, absent);
        if (year < first || year > last) {
            throw new InvalidParameterException(name, "Expected a year from " + first + " to " + last + ".");
        }
        return year;
    }

    /** One or two distinct dimensions, comma-separated. */
    static List<Dimension> by(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException("by", "Name one or two dimensions, e.g. by=sector or by=unit,sector.");
        }
        List<Dimension> dimensions = new ArrayList<>();
        // -1: "sector," and "," name an empty dimension (refused), rather than fewer dimensions than written.
        for (String name : value.split(",", -1)) {
            Dimension dimension = Dimension.byApiName(name.trim())
                    .orElseThrow(() -> new InvalidParameterException("by", "Unknown dimension " + name.trim() + "."));
            if (dimensions.contains(dimension)) {
                throw new InvalidParameterException("by", "Dimension " + name.trim() + " is named twice.");
            }
            dimensions.add(dimension);
        }
        if (dimensions.size() > 2) {
            throw new InvalidParameterException("by", "At most two dimensions.");
        }
        return dimensions;
    }

    /** Every parameter that is not in {@code known} must be a non-unit dimension: it filters the rows. */
    static Map<Dimension, String> filters(MultivaluedMap<String, String> parameters, Set<String> known) {
        Map<Dimension, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (known.contains(name)) {
                return;
            }
            Dimension dimension = Dimension.byApiName(name)
                    .filter(candidate -> candidate != Dimension.UNIT)
                    .orElseThrow(() -> new InvalidParameterException(name, "Unknown parameter; filters name a dimension other than unit."));
            if (values.size() != 1) {
                throw new InvalidParameterException(name, "Give one value.");
            }
            filters.put(dimension, values.get(0));
        });
        return filters;
    }

    /** units=current (default) carries units to today's successors; units=recorded keeps the codes as reported. */
    static boolean currentUnits(String value) {
        if (value == null || value.equals("current")) {
            return true;
        }
        if (value.equals("recorded")) {
            return false;
        }
        throw new InvalidParameterException("units", "Expected current or recorded.");
    }
}
