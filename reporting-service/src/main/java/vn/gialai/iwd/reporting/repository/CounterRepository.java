package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The counters maintained with the person events: person_total (the indicator counts now, per birth
 * year), pair_total (persons now, per pair of cell columns and their values) and unit_total (records
 * now, per unit, cell column and value). Deltas of one transaction are summed first and written in key
 * order, one statement per table, so that concurrent replicas lock rows in the same order and cannot
 * deadlock.
 */
@ApplicationScoped
public class CounterRepository {

    /** A cell's columns and a weight (persons or records moving in, or out when negative). */
    private static final List<String> CELL_DELTA_TYPES = Stream.concat(Cell.SQL_TYPES.stream(), Stream.of("bigint")).toList();

    private static final String ADD_TO_PERSON_TOTAL = "insert into person_total (birth_year, "
            + IndicatorCounts.ALL.stream().map(IndicatorCounts.Count::column).collect(Collectors.joining(", "))
            + ") select birth_year, "
            + IndicatorCounts.ALL.stream().map(count -> "sum(case when " + count.condition() + " then weight else 0 end)")
                    .collect(Collectors.joining(", "))
            + " from " + Jdbc.unnest(CELL_DELTA_TYPES) + " as delta (" + Cell.COLUMNS + ", weight)"
            + " group by birth_year order by birth_year on conflict (birth_year) do update set "
            + IndicatorCounts.ALL.stream().map(count -> count.column() + " = person_total." + count.column()
                    + " + excluded." + count.column()).collect(Collectors.joining(", "));

    private static final Comparator<String> VALUE_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Jdbc jdbc;

    CounterRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Net changes: persons per cell and records per unit and cell, moving in (+) or out (−). */
    public static final class Deltas {

        private record UnitCell(String unitCode, Cell cell) {
        }

        private final Map<Cell, Long> persons = new HashMap<>();
        private final Map<UnitCell, Long> records = new HashMap<>();

        public void add(Cell cell, List<String> unitCodes, long sign) {
            persons.merge(cell, sign, Long::sum);
            for (String unitCode : unitCodes) {
                records.merge(new UnitCell(unitCode, cell), sign, Long::sum);
            }
        }

        /** A person who moved out of a cell and back in within one transaction changes nothing. */
        private List<Delta> persons() {
            return persons.entrySet().stream().filter(change -> change.getValue() != 0)
                    .map(change -> new Delta(null, change.getKey(), change.getValue())).toList();
        }

        private List<Delta> records() {
            return records.entrySet().stream().filter(change -> change.getValue() != 0)
                    .map(change -> new Delta(change.getKey().unitCode(), change.getKey().cell(), change.getValue())).toList();
        }
    }

    /** One cell's change, for a unit's records or (without a unit) for persons. */
    private record Delta(String unitCode, Cell cell, long weight) {
    }

    /**
     * A counter row's key columns, compared column by column with an unknown value (null) first. Every
     * person event adds to 78 pair keys, so the key is an array with its hash kept, not a list.
     */
    private record Key(String[] values, int hash) implements Comparable<Key> {

        static Key of(String... values) {
            return new Key(values, Arrays.hashCode(values));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public int compareTo(Key other) {
            for (int i = 0; i < values.length; i++) {
                int order = VALUE_ORDER.compare(values[i], other.values[i]);
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }
    }

    public void apply(Deltas deltas) {
        List<Delta> persons = deltas.persons();
        addToPersonTotal(persons);
        addToPairTotal(persons);
        addToUnitTotal(deltas.records());
    }

    /**
     * Every pair of cell columns (in cell order) with the pair's values: a breakdown by two dimensions,
     * or by one with a filter on another, reads the rows of one column pair.
     */
    private void addToPairTotal(List<Delta> deltas) {
        Map<Key, long[]> summed = new HashMap<>();
        deltas.forEach(delta -> {
            String[] values = texts(delta.cell());
            boolean universityPlus = IndicatorCounts.universityPlus(delta.cell().qualification());
            for (int a = 0; a < values.length; a++) {
                for (int b = a + 1; b < values.length; b++) {
                    count(summed, Key.of(Cell.COLUMN_NAMES.get(a), values[a], Cell.COLUMN_NAMES.get(b), values[b]),
                            delta.weight(), universityPlus);
                }
            }
        });
        addCounts("pair_total", List.of("column_a", "value_a", "column_b", "value_b"), "persons", summed);
    }

    /** Every cell column's value per unit: a unit breakdown by one dimension, or filtered by one, reads one column's rows. */
    private void addToUnitTotal(List<Delta> deltas) {
        Map<Key, long[]> summed = new HashMap<>();
        deltas.forEach(delta -> {
            String[] values = texts(delta.cell());
            boolean universityPlus = IndicatorCounts.universityPlus(delta.cell().qualification());
            for (int column = 0; column < values.length; column++) {
                count(summed, Key.of(delta.unitCode(), Cell.COLUMN_NAMES.get(column), values[column]), delta.weight(),
                        universityPlus);
            }
        });
        addCounts("unit_total", List.of("unit_code", "column_name", "value"), "records", summed);
    }

    /** A cell's values as the counters store them: their SQL text, null for unknown. */
    private static String[] texts(Cell cell) {
        List<Object> values = cell.values();
        String[] texts = new String[values.size()];
        for (int i = 0; i < texts.length; i++) {
            Object value = values.get(i);
            texts[i] = value == null ? null : value.toString();
        }
        return texts;
    }

    private static void count(Map<Key, long[]> summed, Key key, long weight, boolean universityPlus) {
        long[] counts = summed.computeIfAbsent(key, k -> new long[2]);
        counts[0] += weight;
        if (universityPlus) {
            counts[1] += weight;
        }
    }

    /**
     * Adds the summed counts in one statement (the keys and counts travel as arrays), in key order.
     * Rows reaching zero are kept, as in person_total, and reads skip them.
     */
    private void addCounts(String table, List<String> keyColumns, String countColumn, Map<Key, long[]> summed) {
        List<Map.Entry<Key, long[]>> rows = summed.entrySet().stream()
                .filter(row -> row.getValue()[0] != 0 || row.getValue()[1] != 0)
                .sorted(Map.Entry.comparingByKey()).toList();
        if (rows.isEmpty()) {
            return;
        }
        List<List<Object>> values = rows.stream().map(row -> {
            List<Object> value = new ArrayList<>(Arrays.asList((Object[]) row.getKey().values()));
            value.add(row.getValue()[0]);
            value.add(row.getValue()[1]);
            return value;
        }).toList();
        List<String> types = new ArrayList<>(Collections.nCopies(keyColumns.size(), "varchar"));
        types.addAll(List.of("bigint", "bigint"));
        String keys = String.join(", ", keyColumns);
        jdbc.update("insert into " + table + " (" + keys + ", " + countColumn + ", university_plus) select * from "
                + Jdbc.unnest(types) + " on conflict (" + keys + ") do update set " + countColumn + " = " + table + "."
                + countColumn + " + excluded." + countColumn + ", university_plus = " + table
                + ".university_plus + excluded.university_plus", Jdbc.columnsOf(values, types));
    }

    /**
     * Summed per birth year in the statement, which visits the rows in birth-year order, so every
     * transaction locks them in the same order. Rows reaching zero are kept: there is one per birth year
     * ever seen, and keeping them spares a delete racing a concurrent insert.
     */
    private void addToPersonTotal(List<Delta> deltas) {
        List<List<Object>> rows = new ArrayList<>();
        deltas.forEach(delta -> {
            List<Object> row = new ArrayList<>(delta.cell().values());
            row.add(delta.weight());
            rows.add(row);
        });
        if (!rows.isEmpty()) {
            jdbc.update(ADD_TO_PERSON_TOTAL, Jdbc.columnsOf(rows, CELL_DELTA_TYPES));
        }
    }

}
