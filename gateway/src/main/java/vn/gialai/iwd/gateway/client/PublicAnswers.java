package vn.gialai.iwd.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The public API's answers as the pages read them. A tolerant reader: fields the pages do not use
 * are ignored, so reporting can add fields without breaking the pages.
 */
public final class PublicAnswers {

    private PublicAnswers() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicators(LocalDate asOf, OffsetDateTime lastEventAt, List<Indicator> indicators) {
    }

    /** A count (value) or a share (value with numerator and denominator); value is null when withheld. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, BigDecimal value, Long numerator, Long denominator,
                            List<TargetProgress> targets, Boolean suppressed) {

        public boolean withheld() {
            return value == null || Boolean.TRUE.equals(suppressed);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TargetProgress(int year, BigDecimal value, BigDecimal progress, BigDecimal requiredAnnualGrowth,
                                 String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breakdown(List<String> by, LocalDate asOf, Long distinctTotal, List<Row> rows) {
    }

    /** {@code universityPlusSuppressed}: the count is shown but its university-plus part is withheld. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String key, Map<String, String> keys, String label, Long count, Long universityPlus,
                      BigDecimal universityPlusShare, boolean suppressed, Boolean universityPlusSuppressed) {

        public boolean universityPlusWithheld() {
            return suppressed || Boolean.TRUE.equals(universityPlusSuppressed);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanProgress(long tasks, List<GroupStatus> byGroupAndStatus, List<AgencyCompliance> agencies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GroupStatus(String group, String status, long tasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgencyCompliance(String agency, long submitted, long missing, long pending) {
    }

    /** {@code contributions} is null in reports published before contributions were reported. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnnualReport(int year, int revision, OffsetDateTime publishedAt, LocalDate asOf,
                               Indicators indicators, Map<String, Breakdown> breakdowns, Contributions contributions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trend(int from, int to, List<Series> series) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Series(String code, BigDecimal annualGrowth, List<Point> points) {
    }

    /** A year's value: observed, or projected; null (and suppressed) when withheld. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(int year, BigDecimal value, boolean projected, Boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contributions(List<String> by, int from, int to, ContributionFigure total, List<ContributionRow> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContributionFigure(Long contributions, Long contributors, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContributionRow(String key, Map<String, String> keys, String label, Long contributions,
                                  Long contributors, boolean suppressed) {
    }
}
