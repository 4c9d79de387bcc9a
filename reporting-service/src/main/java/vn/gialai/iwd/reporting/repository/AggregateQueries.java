package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Counts over a {@link Population}: the province's totals and grouped breakdown rows. */
@ApplicationScoped
public class AggregateQueries {

    public record Totals(long persons, long universityPlus, long civilServants, long civilServantsMeetingStandard,
                         long women, long ethnicMinorities, long young, long retired, long outsideState,
                         long doctorates, long professors, long associateProfessors) {
    }

    /** One breakdown cell: keys in the order of the requested dimensions. */
    public record Group(List<String> keys, long count, long universityPlus) {
    }

    private static final int MAX_CACHED_ANSWERS = 1_000;

    private final Jdbc jdbc;
    private final ConsumerStateRepository consumerState;
    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    private volatile String cachedVersion = "";

    AggregateQueries(Jdbc jdbc, ConsumerStateRepository consumerState) {
        this.jdbc = jdbc;
        this.consumerState = consumerState;
    }

    /**
     * "Now" answers (maintained scope) are reused until the data version changes, so repeated reads
     * between two applied polls cost one small query whatever the number of persons. Other scopes
     * (asOf, knownAt) are computed each time.
     */
    @SuppressWarnings("unchecked")
    private <T> T reuse(Scope scope, String question, Supplier<T> compute) {
        if (!scope.maintained()) {
            return compute.get();
        }
        String version = consumerState.dataVersion();
        if (!version.equals(cachedVersion) || answers.size() > MAX_CACHED_ANSWERS) {
            answers.clear();
            cachedVersion = version;
        }
        return (T) answers.computeIfAbsent(scope.today() + "|" + question, key -> compute.get());
    }

    /** Young means aged 35 or less in the asOf year. */
    public Totals totals(Scope scope) {
        return reuse(scope, "totals", () -> computeTotals(scope));
    }

    /**
     * Now, the totals are summed from person_total (one row per birth year), so their cost does not grow
     * with the number of persons or cells; otherwise they are counted over the rebuilt population.
     */
    private Totals computeTotals(Scope scope) {
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
        return reuse(scope, "groups|" + by + "|" + new TreeMap<>(filters), () -> computeGroups(scope, by, filters));
    }

    private List<Group> computeGroups(Scope scope, List<Dimension> by, Map<Dimension, String> filters) {
        if (scope.maintained() && by.size() == 1 && filters.isEmpty() && by.get(0) != Dimension.UNIT) {
            return oneWayTotals(scope, by.get(0));
        }
        Population.Source source = by.contains(Dimension.UNIT) ? Population.records(scope) : Population.persons(scope);
        int year = scope.effectiveAsOf().getYear();
        String keys = IntStream.range(0, by.size())
                .mapToObj(i -> by.get(i).keyExpression(year) + " as k" + i).collect(Collectors.joining(", "));
        String groupBy = IntStream.rangeClosed(1, by.size()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(source.params());
        String sql = "select " + keys + ", sum(weight), " + count(IndicatorCounts.UNIVERSITY_PLUS) + " from (" + source.sql() + ") s"
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
     * An unfiltered breakdown by one person dimension, now: read from dimension_total, or for age bands
     * from person_total's birth years, so its cost does not grow with the number of persons or cells.
     * Rows that dropped to zero persons are kept in those tables and left out here, as a scan would.
     */
    private List<Group> oneWayTotals(Scope scope, Dimension dimension) {
        String sql;
        List<Object> params;
        if (dimension == Dimension.AGE_BAND) {
            sql = "select " + dimension.keyExpression(scope.effectiveAsOf().getYear()) + " as k0, sum(persons),"
                    + " sum(university_plus) from person_total where persons <> 0 group by 1 order by 1";
            params = List.of();
        } else {
            sql = "select key, persons, university_plus from dimension_total where dimension = ? and persons <> 0"
                    + " order by key";
            params = List.of(dimension.apiName());
        }
        return jdbc.query(sql, params, row -> new Group(List.of(row.getString(1)), row.getLong(2), row.getLong(3)));
    }

    /** Distinct persons matching the filters: every breakdown states it beside its rows. */
    public long distinctPersons(Scope scope, Map<Dimension, String> filters) {
        return reuse(scope, "distinct|" + new TreeMap<>(filters), () -> computeDistinctPersons(scope, filters));
    }

    private long computeDistinctPersons(Scope scope, Map<Dimension, String> filters) {
        // Unfiltered, the distinct persons are the persons the maintained totals already count.
        if (scope.maintained() && filters.isEmpty()) {
            return computeTotals(scope).persons();
        }
        Population.Source source = Population.persons(scope);
        List<Object> params = new ArrayList<>(source.params());
        String sql = "select " + count("true") + " from (" + source.sql() + ") s"
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
