package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.domain.Scope;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Days are the province's days (Asia/Ho_Chi_Minh by default), whatever the server's time zone. */
@ApplicationScoped
public class Today {

    private final ReportingConfig config;

    Today(ReportingConfig config) {
        this.config = config;
    }

    public LocalDate date() {
        return LocalDate.now(config.zone());
    }

    public Scope now() {
        return Scope.now(date());
    }

    /**
     * asOf is a day; knownAt is a day (meaning: by the end of it) or an exact instant, e.g. the
     * moment an annual report was published.
     */
    public Scope scope(LocalDate asOf, String knownAt) {
        if (knownAt == null) {
            return new Scope(asOf, null, null, date());
        }
        OffsetDateTime knownBefore = knownAt.length() == 10
                ? LocalDate.parse(knownAt).plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime()
                : OffsetDateTime.parse(knownAt).plusNanos(1);
        return new Scope(asOf, knownAt, knownBefore, date());
    }
}
