package vn.gialai.iwd.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Whom to count. {@code asOf} (valid time): persons with a record in effect on that day.
 * {@code knownBefore} (transaction time): only what reporting had received with an event time before
 * this instant. With neither, the numbers are "now" and come from the maintained aggregates.
 *
 * @param asOf        the requested day, or null for now
 * @param knownAt     the requested knowledge time as given (a day or an instant), or null for everything
 * @param knownBefore the instant {@code knownAt} stands for: events before it count
 * @param today       today in the province's time zone
 */
public record Scope(LocalDate asOf, String knownAt, OffsetDateTime knownBefore, LocalDate today) {

    public static Scope now(LocalDate today) {
        return new Scope(null, null, null, today);
    }

    public boolean maintained() {
        return asOf == null && knownBefore == null;
    }

    /** The day whose records count: asOf, else the day knownAt falls on, else today. */
    public LocalDate effectiveAsOf() {
        if (asOf != null) {
            return asOf;
        }
        return knownBefore != null ? knownBefore.minusNanos(1).toLocalDate() : today;
    }
}
