package vn.gialai.iwd.reporting.repository;

import vn.gialai.iwd.reporting.domain.Cell;
import vn.gialai.iwd.reporting.domain.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SQL relation every count is taken over: cell columns plus a {@code weight} and its
 * {@code university_plus} part. Now, it is the maintained counters when they hold every column a
 * question names (cost bounded by those columns' values); otherwise it is rebuilt from person_state (or,
 * for past knowledge, person_version) with weight 1 per person or record, a cost that grows with the
 * persons and that {@link AggregateQueries} pays once per data version. Indicators and breakdowns run
 * the same SQL over each, so every path counts by the same rules.
 */
public final class Population {

    /** A relation and its bind parameters. */
    public record Source(String sql, List<Object> params) {
    }

    private static final String MEMBERSHIPS =
            "jsonb_to_recordset(p.units) as m(\"unitCode\" text, \"from\" date, \"to\" date)";
    private static final String IN_EFFECT = "m.\"from\" <= ? and (m.\"to\" is null or m.\"to\" > ?)";

    private static final String UNIVERSITY_PLUS_WEIGHT = ", case when " + IndicatorCounts.UNIVERSITY_PLUS
            + " then weight else 0 end as university_plus";

    /** Two-valued columns: paired with a lone column, they add the fewest rows to read. */
    private static final List<String> NARROW_COLUMNS = List.of("foreign_national", "lives_abroad");

    private Population() {
    }

    /**
     * Now, the counters holding every named cell column, if any do: unit_total for a unit and at most
     * one column, pair_total for at most two columns. Other columns of the relation are absent.
     *
     * @param byUnit  whether the rows are records per unit
     * @param columns the distinct cell columns the question groups or filters by
     */
    public static Optional<Source> counters(boolean byUnit, List<String> columns) {
        if (byUnit) {
            if (columns.size() > 1) {
                return Optional.empty();
            }
            // Each column's rows partition a unit's records, so without a named column any one sums them.
            String column = columns.isEmpty() ? NARROW_COLUMNS.get(0) : columns.get(0);
            return Optional.of(new Source("select unit_code, " + typed("value", column) + ", records as weight,"
                    + " university_plus from unit_total where column_name = ? and records <> 0", List.of(column)));
        }
        if (columns.size() > 2) {
            return Optional.empty();
        }
        List<String> pair = new ArrayList<>(columns);
        for (String narrow : NARROW_COLUMNS) {
            if (pair.size() < 2 && !pair.contains(narrow)) {
                pair.add(narrow);
            }
        }
        pair.sort(Comparator.comparingInt(Cell.COLUMN_NAMES::indexOf));
        return Optional.of(new Source("select " + typed("value_a", pair.get(0)) + ", " + typed("value_b", pair.get(1))
                + ", persons as weight, university_plus from pair_total where column_a = ? and column_b = ?"
                + " and persons <> 0", List.copyOf(pair)));
    }

    /** A counter's text value as the cell column it holds, so that the cells' key expressions apply. */
    private static String typed(String value, String column) {
        return value + "::" + Cell.SQL_TYPES.get(Cell.COLUMN_NAMES.indexOf(column)) + " as " + column;
    }

    /** One row per counted person. */
    public static Source persons(Scope scope) {
        List<Object> params = new ArrayList<>();
        String versions = versions(scope, params);
        String inEffect = inEffect(scope, params);
        return new Source("select *" + UNIVERSITY_PLUS_WEIGHT + " from (select " + Cell.COLUMNS
                + ", 1::bigint as weight from " + versions + " p where exists (select 1 from " + MEMBERSHIPS
                + " where " + inEffect + ")) counted", params);
    }

    /** One row per counted record, with its {@code unit_code}. */
    public static Source records(Scope scope) {
        List<Object> params = new ArrayList<>();
        String versions = versions(scope, params);
        String inEffect = inEffect(scope, params);
        return new Source("select *" + UNIVERSITY_PLUS_WEIGHT + " from (select m.\"unitCode\" as unit_code, "
                + Cell.COLUMNS + ", 1::bigint as weight from " + versions + " p cross join lateral " + MEMBERSHIPS
                + " where " + inEffect + ") counted", params);
    }

    /**
     * Whole person rows (person_state's columns) of the counted persons, with {@code unit_codes}: the
     * units whose records count.
     */
    public static Source personRows(Scope scope) {
        List<Object> params = new ArrayList<>();
        String versions = versions(scope, params);
        String inEffect = inEffect(scope, params);
        return new Source("select p.*, u.unit_codes from " + versions + " p cross join lateral (select"
                + " array_agg(distinct m.\"unitCode\" order by m.\"unitCode\") as unit_codes from " + MEMBERSHIPS
                + " where " + inEffect + ") u where u.unit_codes is not null order by p.person_id", params);
    }

    /** Which records count: now, registry's active records; otherwise those in effect on asOf. */
    private static String inEffect(Scope scope, List<Object> params) {
        if (scope.maintained()) {
            return "m.\"to\" is null and not p.removed";
        }
        params.add(scope.effectiveAsOf());
        params.add(scope.effectiveAsOf());
        return IN_EFFECT;
    }

    /** Each person's newest version, or the newest one known before {@code knownBefore}. */
    private static String versions(Scope scope, List<Object> params) {
        if (scope.knownBefore() == null) {
            return "person_state";
        }
        params.add(scope.knownBefore());
        return "(select distinct on (person_id) * from person_version where known_from < ?"
                + " order by person_id, version desc)";
    }
}
