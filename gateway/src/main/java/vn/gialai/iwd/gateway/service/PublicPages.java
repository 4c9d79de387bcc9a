package vn.gialai.iwd.gateway.service;

import java.util.List;

/** What the public pages show, every figure already written in the page's language. */
public final class PublicPages {

    private PublicPages() {
    }

    public record Dashboard(PageLinks links, String updated, List<Headline> headlines, List<Figure> figures,
                            List<Chart> charts, Plan plan, List<ReportLink> reports) {
    }

    public record AnnualReport(PageLinks links, int year, int revision, String publishedAt, String asOf,
                               List<Headline> headlines, List<Figure> figures, List<Chart> charts) {
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
