package vn.gialai.iwd.reporting.repository;

import vn.gialai.iwd.reporting.domain.Cell;
import vn.gialai.iwd.reporting.domain.Scope;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL relation every count is taken over: cell columns plus a {@code weight}. Now, it is the
 * maintained cell tables (cost grows with the number of distinct cells, not persons); for a past day
 * or past knowledge, it is rebuilt from person_state or person_version with weight 1 per person or record.
 * Indicators and breakdowns run the same SQL over either, so both paths count by the same rules.
 */
public final class Population {

    /** A relation and its bind parameters. */
    public record Source(String sql, List<Object> params) {
    }

    private static final String MEMBERSHIPS =
            "jsonb_to_recordset(p.units) as m(\"unitCode\" text, \"from\" date, \"to\" date)";
    private static final String IN_EFFECT = "m.\"from\" <= ? and (m.\"to\" is null or m.\"to\" > ?)";

    private Population() {
    }

    /** One row per counted person (or cell of persons). */
    public static Source persons(Scope scope) {
        if (scope.maintained()) {
            return new Source("select " + Cell.COLUMNS + ", weight from person_cell", List.of());
        }
        List<Object> params = new ArrayList<>();
        String versions = versions(scope, params);
        params.add(scope.effectiveAsOf());
        params.add(scope.effectiveAsOf());
        return new Source("select " + Cell.COLUMNS + ", 1::bigint as weight from " + versions
                + " p where exists (select 1 from " + MEMBERSHIPS + " where " + IN_EFFECT + ")", params);
    }

    /** One row per counted record (or cell of records), with its {@code unit_code}. */
    public static Source records(Scope scope) {
        if (scope.maintained()) {
            return new Source("select unit_code, " + Cell.COLUMNS + ", weight from unit_cell", List.of());
        }
        List<Object> params = new ArrayList<>();
        String versions = versions(scope, params);
        params.add(scope.effectiveAsOf());
        params.add(scope.effectiveAsOf());
        return new Source("select m.\"unitCode\" as unit_code, " + Cell.COLUMNS + ", 1::bigint as weight from "
                + versions + " p cross join lateral " + MEMBERSHIPS + " where " + IN_EFFECT, params);
    }

    /**
     * Whole person rows (person_state's columns) of the counted persons, with {@code unit_codes}: the
     * units whose records count. Now means registry's active records; otherwise those in effect on asOf.
     */
    public static Source personRows(Scope scope) {
        List<Object> params = new ArrayList<>();
        String versions = versions(scope, params);
        String inEffect = "m.\"to\" is null";
        if (!scope.maintained()) {
            inEffect = IN_EFFECT;
            params.add(scope.effectiveAsOf());
            params.add(scope.effectiveAsOf());
        }
        return new Source("select p.*, u.unit_codes from " + versions + " p cross join lateral (select"
                + " array_agg(distinct m.\"unitCode\" order by m.\"unitCode\") as unit_codes from " + MEMBERSHIPS
                + " where " + inEffect + ") u where u.unit_codes is not null" + (scope.maintained() ? " and not p.removed" : "")
                + " order by p.person_id", params);
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
