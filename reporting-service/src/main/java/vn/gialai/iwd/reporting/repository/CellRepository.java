package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Cell;
import vn.gialai.iwd.reporting.domain.Dimension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The maintained aggregates: person_cell (persons counted now, per cell), unit_cell (records counted
 * now, per unit and cell), person_total (the indicator counts now, per birth year) and dimension_total
 * (one-way breakdowns now, per dimension and key). Deltas of one
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

    private static final String ADD_TO_DIMENSION_TOTAL = "insert into dimension_total (dimension, key, persons,"
            + " university_plus) select dimension, key, weight, case when " + IndicatorCounts.UNIVERSITY_PLUS
            + " then weight else 0 end from (select ?::varchar as dimension, ?::varchar as key,"
            + " ?::varchar as qualification, ?::bigint as weight) delta on conflict (dimension, key) do update set"
            + " persons = dimension_total.persons + excluded.persons,"
            + " university_plus = dimension_total.university_plus + excluded.university_plus";

    /** The dimensions counted in dimension_total: those stored in a cell column (not the unit, not age bands). */
    private static final List<Dimension> TOTALLED_DIMENSIONS = Arrays.stream(Dimension.values())
            .filter(dimension -> dimension != Dimension.UNIT && dimension.column() != null).toList();

    private static final List<String> CELL_COLUMNS = List.of(Cell.COLUMNS.split(", "));

    /**
     * A person delta as one dimension_total row sees it. The qualification is kept apart so that the
     * university-plus condition is evaluated in SQL, by the same rule as every other count.
     */
    private record DimensionDelta(String dimension, String key, String qualification) {

        static final Comparator<DimensionDelta> ROW_ORDER = Comparator.comparing(DimensionDelta::dimension)
                .thenComparing(DimensionDelta::key)
                .thenComparing(DimensionDelta::qualification, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

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
        addToDimensionTotal(deltas.persons);
    }

    /**
     * Keys are those of {@link Dimension#keyExpression} (the text of the value, UNKNOWN for none).
     * Summed in row order, so every transaction locks dimension_total rows in the same order.
     */
    private void addToDimensionTotal(Map<String, Deltas.Delta> deltas) {
        Map<DimensionDelta, Long> summed = new TreeMap<>(DimensionDelta.ROW_ORDER);
        deltas.values().forEach(delta -> {
            List<Object> values = delta.cell().values();
            for (Dimension dimension : TOTALLED_DIMENSIONS) {
                Object value = values.get(CELL_COLUMNS.indexOf(dimension.column()));
                summed.merge(new DimensionDelta(dimension.apiName(), Objects.toString(value, Dimension.UNKNOWN),
                        delta.cell().qualification()), delta.weight(), Long::sum);
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        summed.forEach((row, weight) -> {
            if (weight != 0) {
                rows.add(Arrays.asList(row.dimension(), row.key(), row.qualification(), weight));
            }
        });
        jdbc.batch(ADD_TO_DIMENSION_TOTAL, rows);
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
