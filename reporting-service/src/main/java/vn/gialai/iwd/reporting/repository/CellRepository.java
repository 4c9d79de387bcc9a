package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The maintained aggregates: person_cell (persons counted now, per cell) and unit_cell (records counted
 * now, per unit and cell). Deltas of one transaction are summed first and written in key order, so
 * that concurrent replicas lock rows in the same order and cannot deadlock.
 */
@ApplicationScoped
public class CellRepository {

    private static final String PLACEHOLDERS = "?, ".repeat(Cell.COLUMN_COUNT);

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
