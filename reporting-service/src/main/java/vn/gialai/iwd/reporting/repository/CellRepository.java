package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The maintained aggregates: person_cell (persons counted now, per cell), unit_cell (records counted
 * now, per unit and cell) and person_total (the indicator counts now, per birth year). Deltas of one
 * transaction are summed first and written in key order, so that concurrent replicas lock rows in the
 * same order and cannot deadlock.
 */
@ApplicationScoped
public class CellRepository {

    private static final String PLACEHOLDERS = "?, ".repeat(Cell.COLUMN_COUNT);

    /**
     * A person delta's cell (in the order of {@link Cell#values()}) and weight as one row typed like the
     * cell tables, for the count conditions to read.
     */
    private static final String DELTA_ROW = "select ?::integer as birth_year, ?::varchar as gender,"
            + " ?::varchar as ethnic_group, ?::varchar as qualification, ?::varchar as academic_title,"
            + " ?::varchar as field_of_study, ?::varchar as sector, ?::varchar as employment,"
            + " ?::varchar as state_apparatus, ?::boolean as meets_standard, ?::boolean as trained_abroad,"
            + " ?::boolean as lives_abroad, ?::boolean as foreign_national, ?::bigint as weight";

    private static final String ADD_TO_PERSON_TOTAL = "insert into person_total (birth_year, "
            + IndicatorCounts.ALL.stream().map(IndicatorCounts.Count::column).collect(Collectors.joining(", "))
            + ") select birth_year, "
            + IndicatorCounts.ALL.stream().map(count -> "case when " + count.condition() + " then weight else 0 end")
                    .collect(Collectors.joining(", "))
            + " from (" + DELTA_ROW + ") delta on conflict (birth_year) do update set "
            + IndicatorCounts.ALL.stream().map(count -> count.column() + " = person_total." + count.column()
                    + " + excluded." + count.column()).collect(Collectors.joining(", "));

    private final Jdbc jdbc;

    CellRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Net changes to the aggregates, keyed by cell key; a null unit means person_cell. */
    public static final class Deltas {

        private record Delta(String unitCode, Cell cell, long weight) {
        }

        private final Map<String, Delta> persons = new TreeMap<>();
        private final Map<String, Delta> units = new TreeMap<>();

        public void add(Cell cell, List<String> unitCodes, long sign) {
            persons.merge(cell.key(), new Delta(null, cell, sign), Deltas::sum);
            for (String unitCode : unitCodes) {
                units.merge(unitCode + "#" + cell.key(), new Delta(unitCode, cell, sign), Deltas::sum);
            }
        }

        private static Delta sum(Delta a, Delta b) {
            return new Delta(a.unitCode, a.cell, a.weight + b.weight);
        }
    }

    public void apply(Deltas deltas) {
        write("person_cell", "", deltas.persons);
        write("unit_cell", "unit_code, ", deltas.units);
        addToPersonTotal(deltas.persons);
    }

    /**
     * Cell keys begin with the birth year, so key order visits each person_total row in one run and
     * every transaction locks those rows in the same order. Rows reaching zero are kept: there is one
     * per birth year ever seen, and keeping them spares a delete racing a concurrent insert.
     */
    private void addToPersonTotal(Map<String, Deltas.Delta> deltas) {
        List<List<Object>> rows = new ArrayList<>();
        deltas.values().forEach(delta -> {
            if (delta.weight() != 0) {
                List<Object> row = new ArrayList<>(delta.cell().values());
                row.add(delta.weight());
                rows.add(row);
            }
        });
        jdbc.batch(ADD_TO_PERSON_TOTAL, rows);
    }

    private void write(String table, String unitColumn, Map<String, Deltas.Delta> deltas) {
        List<List<Object>> upserts = new ArrayList<>();
        List<List<Object>> emptied = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            if (delta.weight() == 0) {
                return;
            }
            List<Object> row = new ArrayList<>();
            row.add(key);
            if (delta.unitCode() != null) {
                row.add(delta.unitCode());
            }
            row.addAll(delta.cell().values());
            row.add(delta.weight());
            upserts.add(row);
            if (delta.weight() < 0) {
                emptied.add(List.of(key));
            }
        });
        String questionMarks = "?, " + (unitColumn.isEmpty() ? "" : "?, ") + PLACEHOLDERS + "?";
        jdbc.batch("insert into " + table + " (cell_key, " + unitColumn + Cell.COLUMNS + ", weight) values ("
                + questionMarks + ") on conflict (cell_key) do update set weight = " + table + ".weight + excluded.weight",
                upserts);
        // Cells nobody falls into any more are dropped, so reads never pass over empty rows.
        jdbc.batch("delete from " + table + " where cell_key = ? and weight = 0", emptied);
    }
}
