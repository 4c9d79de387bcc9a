package vn.gialai.iwd.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.domain.IndicatorCode;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.domain.Totals;
import vn.gialai.iwd.reporting.repository.AggregateQueries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /trend: year-end values of the headline indicators up to now, then a projection to the target
 * years that continues the compound annual growth observed between the first year with persons and
 * now (shares are capped at 1). Without two observed years the projection stays flat. The public
 * version (for the portal) withholds a year's value as the public indicators would, and projects from
 * published values only.
 */
@ApplicationScoped
public class TrendService {

    static final List<IndicatorCode> TRENDED = List.of(IndicatorCode.COLLEGE_PLUS_COUNT,
            IndicatorCode.UNIVERSITY_PLUS_SHARE, IndicatorCode.CIVIL_SERVANT_STANDARD_SHARE);

    public record Trend(@Schema(required = true) int from, @Schema(required = true) int to, @Schema(required = true) List<Series> series) {
    }

    public record Series(@Schema(required = true) String code,
                         @Schema(required = true, nullable = true, description = "Observed growth a year; null without two years of data") BigDecimal annualGrowth,
                         @Schema(required = true) List<Point> points) {
    }

    public record Point(@Schema(required = true) int year, @Schema(required = true, nullable = true) BigDecimal value, @Schema(required = true) boolean projected,
                        @Schema(description = "Public (portal) answers only: true when the year's value is withheld")
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean suppressed) {
    }

    private final AggregateQueries aggregates;
    private final Today today;
    private final AnswerCache answers;
    private final ReportingConfig config;

    TrendService(AggregateQueries aggregates, Today today, AnswerCache answers, ReportingConfig config) {
        this.answers = answers;
        this.aggregates = aggregates;
        this.today = today;
        this.config = config;
    }

    /**
     * @param open the public version: a year's value is withheld by the headline rule of the public
     *             indicators ({@link PublicFigures#headlineShown}), and projections use published values only
     */
    public Trend trend(int from, int to, boolean open) {
        if (from < 2000 || to > 2100 || from > to) {
            throw ProblemException.unprocessable("Expected 2000 ≤ from ≤ to ≤ 2100.");
        }
        LocalDate now = today.date();
        return answers.reuse("trend|" + from + "|" + to + "|" + now + "|" + open, () -> compute(from, to, now, open));
    }

    private Trend compute(int from, int to, LocalDate now, boolean open) {
        List<Totals> observed = new ArrayList<>();
        for (int year = from; year <= Math.min(to, now.getYear()); year++) {
            Scope scope = year == now.getYear() ? Scope.now(now) : new Scope(LocalDate.of(year, 12, 31), null, null, now);
            observed.add(aggregates.totals(scope));
        }
        List<Series> series = new ArrayList<>();
        for (IndicatorCode code : TRENDED) {
            series.add(series(code, from, to, observed, open ? config.suppressionThreshold() : 0));
        }
        return new Trend(from, to, series);
    }

    /** @param threshold the public threshold, or 0 for the exact series */
    private static Series series(IndicatorCode code, int from, int to, List<Totals> observed, int threshold) {
        List<Point> points = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < observed.size(); i++) {
            Totals totals = observed.get(i);
            boolean shown = PublicFigures.headlineShown(code.numerator(totals),
                    code.isShare() ? code.denominator(totals) : null, threshold);
            BigDecimal value = shown ? value(code, totals) : null;
            values.add(value);
            points.add(new Point(from + i, value, false, threshold == 0 ? null : !shown));
        }
        int firstWithValue = 0;
        while (firstWithValue < values.size() && (values.get(firstWithValue) == null || values.get(firstWithValue).signum() == 0)) {
            firstWithValue++;
        }
        BigDecimal last = values.isEmpty() ? null : values.get(values.size() - 1);
        int span = values.size() - 1 - firstWithValue;
        double growth = span > 0 && last != null && last.signum() > 0
                ? Math.pow(last.doubleValue() / values.get(firstWithValue).doubleValue(), 1.0 / span) - 1 : 0;
        for (int year = from + observed.size(); year <= to; year++) {
            if (last == null) {
                points.add(new Point(year, null, true, null));
                continue;
            }
            double projected = last.doubleValue() * Math.pow(1 + growth, year - (from + observed.size() - 1));
            points.add(new Point(year, code.isShare() ? Shares.round(BigDecimal.valueOf(Math.min(1, projected)))
                    : BigDecimal.valueOf(Math.round(projected)), true, null));
        }
        return new Series(code.name(), Shares.round(BigDecimal.valueOf(growth)), points);
    }

    private static BigDecimal value(IndicatorCode code, Totals totals) {
        return code.isShare() ? Shares.of(code.numerator(totals), code.denominator(totals))
                : BigDecimal.valueOf(code.numerator(totals));
    }
}
