package vn.gialai.iwd.gateway.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.client.PublicAnswers;
import vn.gialai.iwd.gateway.client.PublicFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the public pages from the public API's answers only, so a page never shows more than
 * the public may read. Pages are kept for a short while (cache public-pages), which also spares
 * reporting one set of reads per visitor.
 */
@ApplicationScoped
public class PublicPageService {

    /** Indicators shown with their targets; the others are listed as figures. */
    static final List<String> HEADLINES = List.of("COLLEGE_PLUS_COUNT", "UNIVERSITY_PLUS_SHARE",
            "CIVIL_SERVANT_STANDARD_SHARE");
    /** The breakdowns the plan asks to follow (DESIGN §4), in the order the dashboard shows them. */
    static final List<String> CHARTED = List.of("sector", "unit", "stateApparatus", "gender", "ethnicGroup",
            "ageBand", "qualification");
    static final List<String> TASK_STATUSES = List.of("DONE", "IN_PROGRESS", "NOT_STARTED", "OVERDUE",
            "WAITING_TRIGGER");
    static final int FIRST_REPORT_YEAR = 2024;
    /** The trend runs from the first reported year to the last target year of the Resolution. */
    static final int TREND_TO = 2045;
    static final List<Integer> TREND_TICKS = List.of(FIRST_REPORT_YEAR, 2030, TREND_TO);
    static final List<String> CONTRIBUTION_LEVELS = List.of("UNIT", "PROVINCIAL", "NATIONAL", "INTERNATIONAL");
    private static final Set<String> SHARES = Set.of("UNIVERSITY_PLUS_SHARE", "CIVIL_SERVANT_STANDARD_SHARE");
    private static final String WITHHELD = "—";

    private final PublicFigures figures;

    PublicPageService(PublicFigures figures) {
        this.figures = figures;
    }

    @CacheResult(cacheName = "public-pages")
    public PublicPages.Dashboard dashboard(Language language) {
        Formats formats = new Formats(language);
        Labels labels = new Labels(language);
        PublicAnswers.Indicators indicators = figures.indicators();
        List<PublicPages.Chart> charts = CHARTED.stream()
                .map(by -> chart(by, figures.breakdown(by), formats, labels)).toList();
        List<PublicPages.ReportLink> reports = new ArrayList<>();
        for (int year = Year.now(Formats.PROVINCE).getValue(); year >= FIRST_REPORT_YEAR; year--) {
            if (figures.annualReport(year, null).isPresent()) {
                reports.add(new PublicPages.ReportLink(year, "/annual/" + year + (language == Language.EN ? "?lang=en" : "")));
            }
        }
        List<PublicPages.TrendChart> trend = trend(figures.trend(FIRST_REPORT_YEAR, TREND_TO), indicators, formats, labels);
        PublicPages.ContributionTables contributions = contributions(figures.contributions("type"),
                figures.contributions("type,level"), formats, labels);
        return new PublicPages.Dashboard(PublicPages.PageLinks.of(language, "/", ""), updated(indicators, formats),
                headlines(indicators, formats, labels), otherFigures(indicators, formats, labels), trend, charts,
                contributions, plan(figures.planProgress(), formats, labels), reports);
    }

    /** @return empty when the year (or the revision asked for) has not been published */
    @CacheResult(cacheName = "public-pages")
    public Optional<PublicPages.AnnualReport> annualReport(int year, Integer revision, Language language) {
        Formats formats = new Formats(language);
        Labels labels = new Labels(language);
        return figures.annualReport(year, revision).map(report -> {
            List<PublicPages.Chart> charts = report.breakdowns().entrySet().stream()
                    .sorted(Comparator.comparingInt(entry -> chartOrder(entry.getKey())))
                    .map(entry -> chart(entry.getKey(), entry.getValue(), formats, labels)).toList();
            String query = revision == null ? "" : "revision=" + revision;
            return new PublicPages.AnnualReport(PublicPages.PageLinks.of(language, "/annual/" + year, query), report.year(), report.revision(),
                    formats.dateTime(report.publishedAt()), formats.date(report.asOf()),
                    headlines(report.indicators(), formats, labels), otherFigures(report.indicators(), formats, labels),
                    charts, report.contributions() == null ? null : contributions(report.contributions(), null, formats, labels));
        });
    }

    private static String updated(PublicAnswers.Indicators indicators, Formats formats) {
        return indicators.lastEventAt() != null ? formats.dateTime(indicators.lastEventAt()) : formats.date(indicators.asOf());
    }

    private static List<PublicPages.Headline> headlines(PublicAnswers.Indicators indicators, Formats formats, Labels labels) {
        List<PublicPages.Headline> headlines = new ArrayList<>();
        for (String code : HEADLINES) {
            indicators.indicators().stream().filter(indicator -> indicator.code().equals(code)).findFirst()
                    .ifPresent(indicator -> headlines.add(headline(indicator, formats, labels)));
        }
        return headlines;
    }

    private static PublicPages.Headline headline(PublicAnswers.Indicator indicator, Formats formats, Labels labels) {
        boolean share = SHARES.contains(indicator.code());
        String basis = share && !indicator.withheld() && indicator.numerator() != null && indicator.denominator() != null
                ? formats.count(indicator.numerator()) + " / " + formats.count(indicator.denominator()) : null;
        List<PublicPages.TargetLine> targets = indicator.targets() == null ? List.of() : indicator.targets().stream()
                .map(target -> targetLine(target, share, formats, labels)).toList();
        return new PublicPages.Headline(indicator.code(), labels.of("indicator." + indicator.code()),
                value(indicator, share, formats), basis, targets);
    }

    private static PublicPages.TargetLine targetLine(PublicAnswers.TargetProgress target, boolean share, Formats formats,
                                                     Labels labels) {
        BigDecimal progress = target.progress();
        int percent = progress == null ? 0 : progress.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).intValue();
        String targetValue = share ? formats.percent(target.value()) : formats.count(target.value().longValue());
        String required = target.requiredAnnualGrowth() == null ? null : formats.percent(target.requiredAnnualGrowth());
        return new PublicPages.TargetLine(target.year(), targetValue, progress == null ? WITHHELD : formats.percent(progress),
                percent, labels.of("target." + target.status()), target.status().toLowerCase(Locale.ROOT), required);
    }

    private static List<PublicPages.Figure> otherFigures(PublicAnswers.Indicators indicators, Formats formats, Labels labels) {
        return indicators.indicators().stream().filter(indicator -> !HEADLINES.contains(indicator.code()))
                .map(indicator -> new PublicPages.Figure(indicator.code(), labels.of("indicator." + indicator.code()),
                        value(indicator, SHARES.contains(indicator.code()), formats)))
                .toList();
    }

    private static PublicPages.Value value(PublicAnswers.Indicator indicator, boolean share, Formats formats) {
        if (indicator.withheld()) {
            return new PublicPages.Value(WITHHELD, true);
        }
        return new PublicPages.Value(share ? formats.percent(indicator.value()) : formats.count(indicator.value().longValue()), false);
    }

    private static PublicPages.Chart chart(String by, PublicAnswers.Breakdown breakdown, Formats formats, Labels labels) {
        long longest = breakdown.rows().stream().map(PublicAnswers.Row::count).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(0);
        List<PublicPages.Bar> bars = breakdown.rows().stream().map(row -> new PublicPages.Bar(row.key(),
                labels.value(by, row.key(), row.label()),
                count(row.count(), formats),
                row.universityPlusShare() == null || row.universityPlusWithheld()
                        ? new PublicPages.Value(WITHHELD, row.universityPlusWithheld())
                        : new PublicPages.Value(formats.percent(row.universityPlusShare()), false),
                length(row.count(), longest))).toList();
        String total = breakdown.distinctTotal() == null ? WITHHELD : formats.count(breakdown.distinctTotal());
        return new PublicPages.Chart(by, labels.of("dimension." + by), total, bars,
                breakdown.rows().stream().anyMatch(PublicAnswers.Row::universityPlusWithheld));
    }

    private static List<PublicPages.TrendChart> trend(PublicAnswers.Trend trend, PublicAnswers.Indicators indicators,
                                                      Formats formats, Labels labels) {
        List<PublicPages.TrendChart> charts = new ArrayList<>();
        for (String code : HEADLINES) {
            trend.series().stream().filter(series -> series.code().equals(code)).findFirst().ifPresent(series -> {
                List<PublicAnswers.TargetProgress> targets = indicators.indicators().stream()
                        .filter(indicator -> indicator.code().equals(code)).findFirst()
                        .map(PublicAnswers.Indicator::targets).filter(Objects::nonNull).orElse(List.of());
                charts.add(trendChart(trend, series, targets, formats, labels));
            });
        }
        return charts;
    }

    private static PublicPages.TrendChart trendChart(PublicAnswers.Trend trend, PublicAnswers.Series series,
                                                     List<PublicAnswers.TargetProgress> targets, Formats formats, Labels labels) {
        boolean share = SHARES.contains(series.code());
        BigDecimal top = share ? BigDecimal.ONE : series.points().stream().map(PublicAnswers.Point::value).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::max).max(targets.stream().map(PublicAnswers.TargetProgress::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::max)).multiply(BigDecimal.valueOf(1.1));
        ChartScale scale = new ChartScale(trend.from(), trend.to(), top.signum() == 0 ? BigDecimal.ONE : top);
        List<PublicAnswers.Point> shown = series.points().stream().filter(point -> point.value() != null).toList();
        List<PublicAnswers.Point> observed = shown.stream().filter(point -> !point.projected()).toList();
        List<PublicAnswers.Point> projected = new ArrayList<>();
        if (!observed.isEmpty()) {
            projected.add(observed.get(observed.size() - 1));
        }
        shown.stream().filter(PublicAnswers.Point::projected).forEach(projected::add);
        List<PublicPages.TargetMark> marks = targets.stream().map(target -> new PublicPages.TargetMark(target.year(),
                scale.x(target.year()), scale.y(target.value()),
                share ? formats.percent(target.value()) : formats.count(target.value().longValue()))).toList();
        Set<Integer> targetYears = targets.stream().map(PublicAnswers.TargetProgress::year).collect(Collectors.toSet());
        List<PublicPages.TrendRow> rows = series.points().stream()
                .filter(point -> !point.projected() || targetYears.contains(point.year()))
                .map(point -> new PublicPages.TrendRow(point.year(), point.value() == null
                        ? new PublicPages.Value(WITHHELD, true)
                        : new PublicPages.Value(share ? formats.percent(point.value()) : formats.count(point.value().longValue()), false),
                        point.projected()))
                .toList();
        List<PublicPages.Tick> ticks = TREND_TICKS.stream().filter(year -> year >= trend.from() && year <= trend.to())
                .map(year -> new PublicPages.Tick(year, scale.x(year))).toList();
        return new PublicPages.TrendChart(series.code(), labels.of("indicator." + series.code()), scale.points(observed),
                scale.points(projected.size() > 1 ? projected : List.of()), marks, ticks, rows,
                series.points().stream().anyMatch(point -> Boolean.TRUE.equals(point.suppressed())));
    }

    /** Years and values to the SVG coordinates of a trend chart, with a margin of 10 on every side. */
    private record ChartScale(int from, int to, BigDecimal top) {

        String x(int year) {
            double width = PublicPages.TrendChart.WIDTH - 20;
            return coordinate(10 + (year - from) * width / Math.max(1, to - from));
        }

        String y(BigDecimal value) {
            double height = PublicPages.TrendChart.HEIGHT - 20;
            return coordinate(PublicPages.TrendChart.HEIGHT - 10 - value.doubleValue() / top.doubleValue() * height);
        }

        String points(List<PublicAnswers.Point> points) {
            return points.stream().map(point -> x(point.year()) + "," + y(point.value()))
                    .collect(Collectors.joining(" "));
        }

        private static String coordinate(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }

    /** By type, and by type and level when {@code byLevel} is given. */
    private static PublicPages.ContributionTables contributions(PublicAnswers.Contributions byType,
                                                                PublicAnswers.Contributions byLevel, Formats formats,
                                                                Labels labels) {
        long longest = byType.rows().stream().map(PublicAnswers.ContributionRow::contributions).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(0);
        Map<String, PublicAnswers.ContributionRow> cells = new LinkedHashMap<>();
        if (byLevel != null) {
            byLevel.rows().forEach(row -> cells.put(row.key(), row));
        }
        List<PublicPages.ContributionLine> lines = byType.rows().stream().map(row -> new PublicPages.ContributionLine(
                row.key(), labels.value("contributionType", row.key(), row.label()), count(row.contributions(), formats),
                count(row.contributors(), formats), length(row.contributions(), longest),
                byLevel == null ? List.of() : CONTRIBUTION_LEVELS.stream().map(level -> {
                    PublicAnswers.ContributionRow cell = cells.get(row.key() + "|" + level);
                    return cell == null ? new PublicPages.Value(formats.count(0), false) : count(cell.contributions(), formats);
                }).toList())).toList();
        boolean anyWithheld = byType.total().suppressed() || byType.rows().stream().anyMatch(PublicAnswers.ContributionRow::suppressed)
                || cells.values().stream().anyMatch(PublicAnswers.ContributionRow::suppressed);
        return new PublicPages.ContributionTables(count(byType.total().contributions(), formats),
                count(byType.total().contributors(), formats),
                byLevel == null ? List.of() : CONTRIBUTION_LEVELS.stream().map(level -> labels.of("contributionLevel." + level)).toList(),
                lines, anyWithheld);
    }

    private static PublicPages.Value count(Long value, Formats formats) {
        return value == null ? new PublicPages.Value(WITHHELD, true) : new PublicPages.Value(formats.count(value), false);
    }

    private static String length(Long count, long longest) {
        if (count == null || longest <= 0) {
            return "0";
        }
        return BigDecimal.valueOf(count * 100.0 / longest).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static PublicPages.Plan plan(PublicAnswers.PlanProgress progress, Formats formats, Labels labels) {
        Map<String, Map<String, Long>> byGroup = new TreeMap<>(Comparator.comparingInt(PublicPageService::romanOrder)
                .thenComparing(Comparator.naturalOrder()));
        progress.byGroupAndStatus().forEach(status -> byGroup.computeIfAbsent(status.group(), group -> new LinkedHashMap<>())
                .merge(status.status(), status.tasks(), Long::sum));
        List<PublicPages.PlanGroup> groups = byGroup.entrySet().stream()
                .map(group -> planGroup(group.getKey(), group.getValue(), formats, labels)).toList();
        List<PublicPages.AgencyLine> agencies = progress.agencies().stream().map(agency -> {
            long due = agency.submitted() + agency.missing();
            String compliance = due == 0 ? WITHHELD
                    : formats.percent(BigDecimal.valueOf(agency.submitted()).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP));
            return new PublicPages.AgencyLine(agency.agency(), formats.count(agency.submitted()),
                    formats.count(agency.missing()), formats.count(agency.pending()), compliance);
        }).toList();
        return new PublicPages.Plan(formats.count(progress.tasks()), groups, agencies);
    }

    private static PublicPages.PlanGroup planGroup(String group, Map<String, Long> byStatus, Formats formats, Labels labels) {
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        List<PublicPages.StatusPart> parts = new ArrayList<>();
        long before = 0;
        for (String status : TASK_STATUSES) {
            long tasks = byStatus.getOrDefault(status, 0L);
            if (tasks > 0) {
                parts.add(new PublicPages.StatusPart(status.toLowerCase(Locale.ROOT), labels.of("taskStatus." + status),
                        formats.count(tasks), length(before, total), length(tasks, total)));
                before += tasks;
            }
        }
        return new PublicPages.PlanGroup(group, labels.of("taskGroup." + group), formats.count(total), parts);
    }

    private static int chartOrder(String dimension) {
        int position = CHARTED.indexOf(dimension);
        return position < 0 ? CHARTED.size() : position;
    }

    private static int romanOrder(String group) {
        return List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X").indexOf(group);
    }
}
