package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The maintained aggregates: person_cell (persons counted now, per cell), unit_cell (records counted
 * now, per unit and cell), person_total (the indicator counts now, per birth year), pair_total
 * (persons now, per pair of cell columns and their values) and unit_total (records now, per unit, cell
 * column and value). Deltas of one transaction are summed first and written in key order, so that
 * concurrent replicas lock rows in the same order and cannot deadlock.
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

    /** Counter keys compared column by column, an unknown value (null) first. */
    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        Comparator<String> values = Comparator.nullsFirst(Comparator.naturalOrder());
        for (int i = 0; i < a.size(); i++) {
            int order = values.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

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
        addToPairTotal(deltas.persons);
        addToUnitTotal(deltas.units);
    }

    /**
     * Every pair of cell columns (in cell order) with the pair's values: a breakdown by two dimensions,
     * or by one with a filter on another, reads the rows of one column pair.
     */
    private void addToPairTotal(Map<String, Deltas.Delta> deltas) {
        Map<List<String>, long[]> summed = new HashMap<>();
        deltas.values().forEach(delta -> {
            List<String> values = texts(delta.cell());
            for (int a = 0; a < values.size(); a++) {
                for (int b = a + 1; b < values.size(); b++) {
                    count(summed, Arrays.asList(Cell.COLUMN_NAMES.get(a), values.get(a), Cell.COLUMN_NAMES.get(b),
                            values.get(b)), delta);
                }
            }
        });
        addCounts("pair_total", List.of("column_a", "value_a", "column_b", "value_b"), "persons", summed);
    }

    /** Every cell column's value per unit: a unit breakdown by one dimension, or filtered by one, reads one column's rows. */
    private void addToUnitTotal(Map<String, Deltas.Delta> deltas) {
        Map<List<String>, long[]> summed = new HashMap<>();
        deltas.values().forEach(delta -> {
            List<String> values = texts(delta.cell());
            for (int column = 0; column < values.size(); column++) {
                count(summed, Arrays.asList(delta.unitCode(), Cell.COLUMN_NAMES.get(column), values.get(column)), delta);
            }
        });
        addCounts("unit_total", List.of("unit_code", "column_name", "value"), "records", summed);
    }

    /** A cell's values as the counters store them: their SQL text, null for unknown. */
    private static List<String> texts(Cell cell) {
        return cell.values().stream().map(value -> value == null ? null : value.toString()).toList();
    }

    private static void count(Map<List<String>, long[]> summed, List<String> key, Deltas.Delta delta) {
        long[] counts = summed.computeIfAbsent(key, k -> new long[2]);
        counts[0] += delta.weight();
        if (IndicatorCounts.universityPlus(delta.cell().qualification())) {
            counts[1] += delta.weight();
        }
    }

    /**
     * Adds the summed counts in one statement (the keys and counts travel as arrays), in key order.
     * Rows reaching zero are kept, as in person_total, and reads skip them.
     */
    private void addCounts(String table, List<String> keyColumns, String countColumn, Map<List<String>, long[]> summed) {
        List<Map.Entry<List<String>, long[]>> rows = summed.entrySet().stream()
                .filter(row -> row.getValue()[0] != 0 || row.getValue()[1] != 0)
                .sorted(Map.Entry.comparingByKey(KEY_ORDER)).toList();
        if (rows.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        for (int column = 0; column < keyColumns.size(); column++) {
            int index = column;
            params.add(rows.stream().map(row -> row.getKey().get(index)).toArray(String[]::new));
        }
        params.add(rows.stream().map(row -> row.getValue()[0]).toArray(Long[]::new));
        params.add(rows.stream().map(row -> row.getValue()[1]).toArray(Long[]::new));
        String keys = String.join(", ", keyColumns);
        jdbc.update("insert into " + table + " (" + keys + ", " + countColumn + ", university_plus) select * from unnest("
                + "?::varchar[], ".repeat(keyColumns.size()) + "?::bigint[], ?::bigint[]) on conflict (" + keys
                + ") do update set " + countColumn + " = " + table + "." + countColumn + " + excluded." + countColumn
                + ", university_plus = " + table + ".university_plus + excluded.university_plus", params);
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
