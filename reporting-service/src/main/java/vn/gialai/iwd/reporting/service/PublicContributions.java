package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.domain.ContributionGrouping;
import vn.gialai.iwd.reporting.domain.Contributions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The public contributions report (docs/indicators.md §5): all years, by type alone or with one more grouping.
 * A row made by 1 to threshold − 1 persons is withheld, and so is whatever would give it back: the one-way
 * table by type is protected against the total, each two-way table against the types' totals as published
 * (and may not tell more about them), with the same audit as the persons' tables ({@link LinkedTables}).
 * Contributions add up within a type, so they are the audited values; the distinct contributors of a row
 * are shown or withheld with it.
 */
@ApplicationScoped
public class PublicContributions {

    private final ContributionService exact;
    private final ReportingConfig config;
    private final Today today;
    private final AnswerCache answers;
    private final Labels labels;

    PublicContributions(ContributionService exact, ReportingConfig config, Today today, AnswerCache answers, Labels labels) {
        this.exact = exact;
        this.labels = labels;
        this.config = config;
        this.today = today;
        this.answers = answers;
    }

    public Contributions report(ContributionGrouping grouping) {
        return answers.reuse("public-contributions|" + grouping, () -> {
            Contributions byType = exact.report(null, ContributionService.FIRST_YEAR, today.date().getYear());
            Set<String> typesShown = typesShown(byType);
            if (grouping == null) {
                return withheld(byType, typesShown, totalShown(byType));
            }
            Contributions table = exact.report(grouping, ContributionService.FIRST_YEAR, today.date().getYear());
            return withheld(table, rowsShown(table, byType, typesShown), totalShown(byType));
        });
    }

    /**
     * One year's contributions by type for the public annual report: the rows of the public report by type
     * and year, so the report publishes nothing that table withholds; its total only when every row is shown.
     */
    public Contributions ofYear(int year) {
        Contributions byYear = report(ContributionGrouping.YEAR);
        List<Contributions.Row> rows = byYear.rows().stream().filter(row -> String.valueOf(year).equals(row.keys().get("year")))
                .map(row -> new Contributions.Row(row.keys().get("type"), Map.of("type", row.keys().get("type")),
                        labels.label("type", row.keys().get("type")), row.contributions(), row.contributors(), row.suppressed())).toList();
        Contributions exactYear = exact.report(null, year, year);
        boolean totalShown = rows.stream().noneMatch(Contributions.Row::suppressed) && !small(exactYear.total().contributors());
        return new Contributions(List.of("type"), year, year, byYear.asOf(),
                totalShown ? exactYear.total() : new Contributions.Figure(null, null, true), rows);
    }

    private boolean totalShown(Contributions byType) {
        return !small(byType.total().contributors());
    }

    private Set<String> typesShown(Contributions byType) {
        return answers.reuse("public-contributions-types", () -> {
            LinkedTables problem = new LinkedTables(config.suppressionThreshold());
            List<LinkedTables.Row> rows = rows(problem, byType, row -> List.of("types"));
            if (totalShown(byType)) {
                problem.fixed(LinkedTables.count(IntStream.range(0, rows.size()).toArray()));
            } else {
                rows.forEach(LinkedTables.Row::hide);
            }
            return shown(problem, rows);
        });
    }

    private Set<String> rowsShown(Contributions table, Contributions byType, Set<String> typesShown) {
        LinkedTables problem = new LinkedTables(config.suppressionThreshold());
        List<LinkedTables.Row> rows = rows(problem, table, row -> List.of("type=" + row.keys().get("type")));
        Map<String, List<Integer>> cellsOfType = new HashMap<>();
        for (int cell = 0; cell < table.rows().size(); cell++) {
            cellsOfType.computeIfAbsent(table.rows().get(cell).keys().get("type"), type -> new ArrayList<>()).add(cell);
        }
        byType.rows().forEach(type -> problem.shared(LinkedTables.count(cellsOfType.getOrDefault(type.key(), List.of())
                .stream().mapToInt(Integer::intValue).toArray()), typesShown.contains(type.key())));
        problem.shared(LinkedTables.count(IntStream.range(0, rows.size()).toArray()), totalShown(byType));
        if (!totalShown(byType)) {
            rows.forEach(LinkedTables.Row::hide);
        }
        return shown(problem, rows);
    }

    /** One audit row per report row over its own base cell; rows made by few persons are withheld and must stay so. */
    private List<LinkedTables.Row> rows(LinkedTables problem, Contributions report,
                                        java.util.function.Function<Contributions.Row, List<String>> lines) {
        List<LinkedTables.Row> rows = new ArrayList<>();
        for (int cell = 0; cell < report.rows().size(); cell++) {
            Contributions.Row row = report.rows().get(cell);
            LinkedTables.Row audited = problem.add(new LinkedTables.Row("contributions", row.key(), lines.apply(row),
                    new int[]{cell}, row.contributions(), 0, false));
            // Contributions have no university part: only their count is published or withheld.
            audited.universityHidden = true;
            if (small(row.contributors())) {
                audited.hide();
                problem.mustStayHidden(LinkedTables.count(audited.cells));
            }
            rows.add(audited);
        }
        return rows;
    }

    private static Set<String> shown(LinkedTables problem, List<LinkedTables.Row> rows) {
        if (!problem.protect(true)) {
            return Set.of();
        }
        Set<String> shown = new HashSet<>();
        rows.stream().filter(row -> !row.countHidden).forEach(row -> shown.add(row.key));
        return shown;
    }

    private static Contributions withheld(Contributions report, Set<String> shown, boolean totalShown) {
        List<Contributions.Row> rows = report.rows().stream().map(row -> shown.contains(row.key()) ? row
                : new Contributions.Row(row.key(), row.keys(), row.label(), null, null, true)).toList();
        Contributions.Figure total = totalShown ? report.total() : new Contributions.Figure(null, null, true);
        return new Contributions(report.by(), report.from(), report.to(), report.asOf(), total, rows);
    }

    private boolean small(long persons) {
        return persons > 0 && persons < config.suppressionThreshold();
    }
}
