package vn.gialai.iwd.gateway.service;

import java.util.List;

/** What the public pages show, every figure already written in the page's language. */
public final class PublicPages {

    private PublicPages() {
    }

    public record Dashboard(PageLinks links, String updated, List<Headline> headlines, List<Figure> figures,
                            List<TrendChart> trend, List<Chart> charts, ContributionTables contributions, Plan plan,
                            List<ReportLink> reports) {
    }

    /** {@code contributions} is null for a report published before contributions were reported. */
    public record AnnualReport(PageLinks links, int year, int revision, String publishedAt, String asOf,
                               List<Headline> headlines, List<Figure> figures, List<Chart> charts,
                               ContributionTables contributions) {
    }

    /** The page's language, and the addresses of the dashboard and of this page in the other language. */
    public record PageLinks(String lang, String home, String otherLanguage) {

        public static PageLinks of(Language language, String path, String query) {
            String en = query.isEmpty() ? "?lang=en" : "?" + query + "&lang=en";
            String vi = query.isEmpty() ? "" : "?" + query;
            return language == Language.EN ? new PageLinks("en", "/?lang=en", path + vi) : new PageLinks("vi", "/", path + en);
        }
    }

    /** An indicator with targets: its value, and progress towards each target year. */
    public record Headline(String code, String title, Value value, String basis, List<TargetLine> targets) {
    }

    public record TargetLine(int year, String target, String progress, int progressPercent, String status,
                             String statusCode, String requiredGrowth) {
    }

    /** One other indicator. */
    public record Figure(String code, String title, Value value) {
    }

    /** A published number, or a withheld one ({@code text} is then the mark for withheld values). */
    public record Value(String text, boolean withheld) {
    }

    /** A breakdown as bars; the same rows are the chart's table, its text equivalent. */
    public record Chart(String id, String title, String total, List<Bar> bars, boolean anyWithheld) {
    }

    /** {@code length} is the bar's length in percent of the longest bar, written for SVG. */
    public record Bar(String key, String label, Value count, Value universityPlusShare, String length) {
    }

    /**
     * An indicator's trend as an SVG line chart: observed years solid, the projection dashed from the last
     * observed year, targets as marks; coordinates in the viewBox 0 0 {@link #WIDTH} {@link #HEIGHT}.
     * {@code rows} (observed years and the target years' projections) are its text equivalent.
     */
    public record TrendChart(String code, String title, String observed, String projected, List<TargetMark> targets,
                             List<Tick> ticks, List<TrendRow> rows, boolean anyWithheld) {
        public static final int WIDTH = 320;
        public static final int HEIGHT = 160;
    }

    public record TargetMark(int year, String x, String y, String label) {
    }

    /** A year on the chart's axis. */
    public record Tick(int year, String x) {
    }

    public record TrendRow(int year, Value value, boolean projected) {
    }

    /**
     * Contributions by type (contributions, distinct contributors, a bar), and by level when {@code levels} is
     * not empty (one value per level, in the order of {@code levels}).
     */
    public record ContributionTables(Value total, Value contributors, List<String> levels, List<ContributionLine> lines,
                                     boolean anyWithheld) {
    }

    public record ContributionLine(String key, String label, Value contributions, Value contributors, String length,
                                   List<Value> byLevel) {
    }

    public record Plan(String tasks, List<PlanGroup> groups, List<AgencyLine> agencies) {
    }

    /** A group of the plan's tasks and how many are in each status (statuses with none left out). */
    public record PlanGroup(String code, String title, String total, List<StatusPart> parts) {
    }

    /** One status's part of a group's stacked bar: {@code start} and {@code length} in percent, for SVG. */
    public record StatusPart(String status, String label, String count, String start, String length) {
    }

    public record AgencyLine(String agency, String submitted, String missing, String pending, String compliance) {
    }

    public record ReportLink(int year, String href) {
    }
}
