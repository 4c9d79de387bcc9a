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

    /** BACHELOR or higher: DESIGN §3's "university or higher". */
    private static final String UNIVERSITY_PLUS = "qualification in ('BACHELOR', 'MASTER', 'DOCTORATE')";

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

    private Totals computeTotals(Scope scope) {
        Population.Source persons = Population.persons(scope);
        int bornTooEarlyToBeYoung = scope.effectiveAsOf().getYear() - 36;
        String sql = "select " + String.join(", ",
                count("true"), count(UNIVERSITY_PLUS), count("employment = 'CIVIL_SERVANT'"),
                count("employment = 'CIVIL_SERVANT' and meets_standard"), count("gender = 'F'"),
                count("ethnic_group = 'MINORITY'"), count("birth_year > " + bornTooEarlyToBeYoung), count("state_apparatus = 'RETIRED'"),
                count("state_apparatus = 'OUTSIDE'"), count("qualification = 'DOCTORATE'"),
                count("academic_title = 'PROFESSOR'"), count("academic_title = 'ASSOCIATE_PROFESSOR'"))
                + " from (" + persons.sql() + ") s";
        return jdbc.query(sql, persons.params(), row -> new Totals(row.getLong(1), row.getLong(2), row.getLong(3),
                row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
                row.getLong(10), row.getLong(11), row.getLong(12))).get(0);
    }

    /** Rows grouped by {@code by}; a unit in {@code by} switches the population to records. */
    public List<Group> groups(Scope scope, List<Dimension> by, Map<Dimension, String> filters) {
        return reuse(scope, "groups|" + by + "|" + new TreeMap<>(filters), () -> computeGroups(scope, by, filters));
    }

    private List<Group> computeGroups(Scope scope, List<Dimension> by, Map<Dimension, String> filters) {
        Population.Source source = by.contains(Dimension.UNIT) ? Population.records(scope) : Population.persons(scope);
        int year = scope.effectiveAsOf().getYear();
        String keys = IntStream.range(0, by.size())
                .mapToObj(i -> by.get(i).keyExpression(year) + " as k" + i).collect(Collectors.joining(", "));
        String groupBy = IntStream.rangeClosed(1, by.size()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(source.params());
        String sql = "select " + keys + ", sum(weight), " + count(UNIVERSITY_PLUS) + " from (" + source.sql() + ") s"
                + where(filters, year, params) + " group by " + groupBy + " order by " + groupBy;
        return jdbc.query(sql, params, row -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= by.size(); i++) {
                values.add(row.getString(i));
            }
            return new Group(values, row.getLong(by.size() + 1), row.getLong(by.size() + 2));
        });
    }

    /** Distinct persons matching the filters: every breakdown states it beside its rows. */
    public long distinctPersons(Scope scope, Map<Dimension, String> filters) {
        return reuse(scope, "distinct|" + new TreeMap<>(filters), () -> computeDistinctPersons(scope, filters));
    }

    private long computeDistinctPersons(Scope scope, Map<Dimension, String> filters) {
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
