package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.domain.Totals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Counts over a {@link Population}: the province's totals and grouped breakdown rows (reused by {@code AnswerCache}). */
@ApplicationScoped
public class AggregateQueries {

    /** One breakdown cell: keys in the order of the requested dimensions. */
    public record Group(List<String> keys, long count, long universityPlus) {
    }

    private final Jdbc jdbc;

    AggregateQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Young means aged 35 or less in the asOf year. Now, the totals are summed from person_total (one row
     * per birth year), so their cost does not grow with the number of persons; otherwise they are counted
     * over the rebuilt population.
     */
    public Totals totals(Scope scope) {
        String young = IndicatorCounts.young(scope.effectiveAsOf().getYear());
        Population.Source source;
        String counts;
        if (scope.maintained()) {
            source = new Population.Source("select * from person_total", List.of());
            counts = IndicatorCounts.ALL.stream()
                    .map(count -> "coalesce(sum(" + count.column() + "), 0) as " + count.column())
                    .collect(Collectors.joining(", "))
                    + ", coalesce(sum(persons) filter (where " + young + "), 0) as young";
        } else {
            source = Population.persons(scope);
            counts = IndicatorCounts.ALL.stream()
                    .map(count -> count(count.condition()) + " as " + count.column())
                    .collect(Collectors.joining(", "))
                    + ", " + count(young) + " as young";
        }
        String sql = "select " + counts + " from (" + source.sql() + ") s";
        return jdbc.query(sql, source.params(), row -> new Totals(row.getLong("persons"), row.getLong("university_plus"),
                row.getLong("civil_servants"), row.getLong("civil_servants_meeting_standard"), row.getLong("women"),
                row.getLong("ethnic_minorities"), row.getLong("young"), row.getLong("retired"),
                row.getLong("outside_state"), row.getLong("doctorates"), row.getLong("professors"),
                row.getLong("associate_professors"))).get(0);
    }

    /** Rows grouped by {@code by}; a unit in {@code by} switches the population to records. */
    public List<Group> groups(Scope scope, List<Dimension> by, Map<Dimension, String> filters) {
        Population.Source source = population(scope, by, filters);
        int year = scope.effectiveAsOf().getYear();
        String keys = IntStream.range(0, by.size())
                .mapToObj(i -> by.get(i).keyExpression(year) + " as k" + i).collect(Collectors.joining(", "));
        String groupBy = IntStream.rangeClosed(1, by.size()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(source.params());
        String sql = "select " + keys + ", sum(weight), sum(university_plus) from (" + source.sql() + ") s"
                + where(filters, year, params) + " group by " + groupBy + " order by " + groupBy;
        return jdbc.query(sql, params, row -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= by.size(); i++) {
                values.add(row.getString(i));
            }
            return new Group(values, row.getLong(by.size() + 1), row.getLong(by.size() + 2));
        });
    }

    /**
     * What to count over: now, the counters when they hold every dimension grouped or filtered by, so
     * that the cost is bounded by those dimensions' values; else persons, or records when a unit is
     * grouped by.
     */
    private static Population.Source population(Scope scope, List<Dimension> by, Map<Dimension, String> filters) {
        boolean byUnit = by.contains(Dimension.UNIT);
        if (scope.maintained()) {
            List<String> columns = Stream.concat(by.stream(), filters.keySet().stream())
                    .filter(dimension -> dimension != Dimension.UNIT).map(Dimension::column).distinct().toList();
            Optional<Population.Source> counters = Population.counters(byUnit, columns);
            if (counters.isPresent()) {
                return counters.get();
            }
        }
        return byUnit ? Population.records(scope) : Population.persons(scope);
    }

    /** Distinct persons matching the filters: every breakdown states it beside its rows. */
    public long distinctPersons(Scope scope, Map<Dimension, String> filters) {
        // Unfiltered, the distinct persons are the persons the maintained totals already count.
        if (scope.maintained() && filters.isEmpty()) {
            return totals(scope).persons();
        }
        Population.Source source = population(scope, List.of(), filters);
        List<Object> params = new ArrayList<>(source.params());
        String sql = "select coalesce(sum(weight), 0) from (" + source.sql() + ") s"
                + where(filters, scope.effectiveAsOf().getYear(), params);
        return jdbc.query(sql, params, row -> row.getLong(1)).get(0);
    }

    private static String where(Map<Dimension, String> filters, int year, List<Object> params) {
        if (filters.isEmpty()) {
            return "";
        }
        return filters.entrySet().stream().map(filter -> {
            params.add(filter.getValue());
            return filter.getKey().keyExpression(year) + " = ?";
        }).collect(Collectors.joining(" and ", " where ", ""));
    }

    private static String count(String condition) {
        return "coalesce(sum(weight) filter (where " + condition + "), 0)";
    }
}
