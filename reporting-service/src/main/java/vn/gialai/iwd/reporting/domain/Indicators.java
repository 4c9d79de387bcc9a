package vn.gialai.iwd.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** GET /indicators: each indicator's value and its progress towards the plan's targets. */
public record Indicators(@Schema(required = true) LocalDate asOf,
                         @Schema(required = true, nullable = true, description = "The knownAt asked for; null: now") String knownAt,
                         @Schema(required = true, nullable = true, description = "Time of the newest event counted") OffsetDateTime lastEventAt,
                         @Schema(required = true) List<Value> indicators) {

    /**
     * {@code value} is a count or a share (4 decimals); shares also give numerator and denominator.
     * {@code suppressed} appears only in public answers, where small numbers are withheld.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(@Schema(required = true, examples = "UNIVERSITY_PLUS_SHARE") String code,
                        @Schema(description = "A count, or a share with 4 decimals; absent when suppressed") Number value,
                        @Schema(description = "Shares: persons counted in the share") Long numerator,
                        @Schema(description = "Shares: persons the share is of") Long denominator,
                        @Schema(description = "Progress towards each target of this indicator") List<TargetProgress> targets,
                        @Schema(description = "Public answers only: true when the value is withheld") Boolean suppressed) {
    }

    /** Progress towards one target; requiredAnnualGrowth is null once achieved or when the year has passed. */
    public record TargetProgress(@Schema(required = true) int year, @Schema(required = true) BigDecimal value,
                                 @Schema(required = true, nullable = true, description = "Share of the target reached; null while the indicator has no value") BigDecimal progress,
                                 @Schema(required = true, nullable = true, description = "Growth a year needed to reach the target; null once achieved or past") BigDecimal requiredAnnualGrowth,
                                 @Schema(required = true) Status status) {
    }

    public enum Status { ON_TRACK, AT_RISK, ACHIEVED }
}
