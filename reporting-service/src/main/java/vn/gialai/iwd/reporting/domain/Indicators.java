package vn.gialai.iwd.reporting.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** GET /indicators: each indicator's value and its progress towards the plan's targets. */
public record Indicators(LocalDate asOf, String knownAt, OffsetDateTime lastEventAt, List<Value> indicators) {

    /**
     * {@code value} is a count or a share (4 decimals); shares also give numerator and denominator.
     * {@code suppressed} appears only in public answers, where small numbers are withheld.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String code, Number value, Long numerator, Long denominator, List<TargetProgress> targets,
                        Boolean suppressed) {
    }

    /** Progress towards one target; requiredAnnualGrowth is null once achieved or when the year has passed. */
    public record TargetProgress(int year, BigDecimal value, BigDecimal progress, BigDecimal requiredAnnualGrowth,
                                 Status status) {
    }

    public enum Status { ON_TRACK, AT_RISK, ACHIEVED }
}
