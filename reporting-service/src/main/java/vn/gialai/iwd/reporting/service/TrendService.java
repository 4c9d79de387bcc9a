package vn.gialai.iwd.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
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
 * now (shares are capped at 1). Without two observed years the projection stays flat.
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

    public record Point(@Schema(required = true) int year, @Schema(required = true, nullable = true) BigDecimal value, @Schema(required = true) boolean projected) {
    }

    private final AggregateQueries aggregates;
    private final Today today;
    private final AnswerCache answers;

    TrendService(AggregateQueries aggregates, Today today, AnswerCache answers) {
        this.answers = answers;
        this.aggregates = aggregates;
        this.today = today;
    }

    public Trend trend(int from, int to) {
        if (from < 2000 || to > 2100 || from > to) {
            throw ProblemException.unprocessable("Expected 2000 ≤ from ≤ to ≤ 2100.");
        }
        LocalDate now = today.date();
        return answers.reuse("trend|" + from + "|" + to + "|" + now, () -> compute(from, to, now));
    }

    private Trend compute(int from, int to, LocalDate now) {
        List<Totals> observed = new ArrayList<>();
        for (int year = from; year <= Math.min(to, now.getYear()); year++) {
            Scope scope = year == now.getYear() ? Scope.now(now) : new Scope(LocalDate.of(year, 12, 31), null, null, now);
            observed.add(aggregates.totals(scope));
        }
        List<Series> series = new ArrayList<>();
        for (IndicatorCode code : TRENDED) {
            series.add(series(code, from, to, observed));
        }
        return new Trend(from, to, series);
    }

    private static Series series(IndicatorCode code, int from, int to, List<Totals> observed) {
        List<Point> points = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < observed.size(); i++) {
            BigDecimal value = value(code, observed.get(i));
            values.add(value);
            points.add(new Point(from + i, value, false));
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
                points.add(new Point(year, null, true));
                continue;
            }
            double projected = last.doubleValue() * Math.pow(1 + growth, year - (from + observed.size() - 1));
            points.add(new Point(year, code.isShare() ? Shares.round(BigDecimal.valueOf(Math.min(1, projected)))
                    : BigDecimal.valueOf(Math.round(projected)), true));
        }
        return new Series(code.name(), Shares.round(BigDecimal.valueOf(growth)), points);
    }

    private static BigDecimal value(IndicatorCode code, Totals totals) {
        return code.isShare() ? Shares.of(code.numerator(totals), code.denominator(totals))
                : BigDecimal.valueOf(code.numerator(totals));
    }
}
