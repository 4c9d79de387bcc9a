package vn.gialai.iwd.reporting;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.service.Suppression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The public suppression rule on hand-made tables (threshold 5). */
class SuppressionTest {

    @Test
    void aLoneSmallCellInAOneWayTableTakesTheSmallestOtherCellWithIt() {
        // 3 is small; total − 20 − 7 would give it back, so 7 (the smallest other) is hidden too.
        Breakdown published = Suppression.apply(oneWay(Map.of("A", 20L, "B", 3L, "C", 7L)), 5);
        assertEquals(List.of(false, true, true), suppressed(published));
        assertEquals(30L, published.distinctTotal());
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        Breakdown published = Suppression.apply(oneWay(Map.of("A", 20L, "B", 3L, "C", 4L)), 5);
        assertEquals(List.of(false, true, true), suppressed(published));
    }

    @Test
    void complementsSpreadAcrossRowsAndColumnsOfATwoWayTable() {
        //          F    M
        //   X     10    2   ← 2 is small. Column M and row X then hold one hidden cell each: Y|M and X|F go;
        //   Y      8   12   ← that leaves row Y (Y|M) and column F (X|F) with one each: Y|F goes too.
        Breakdown table = twoWay(new String[][]{{"X", "F", "10"}, {"X", "M", "2"}, {"Y", "F", "8"}, {"Y", "M", "12"}});
        assertEquals(List.of(true, true, true, true), suppressed(Suppression.apply(table, 5)));
    }

    @Test
    void aTwoWayTableWithSeveralSmallCellsPerLineNeedsNoComplement() {
        //          F    M
        //   X     3    4
        //   Y     9   11   X|F and X|M hide each other in row X; columns F and M each have one hidden:
        //                  so Y|F and Y|M are hidden as well.
        Breakdown table = twoWay(new String[][]{{"X", "F", "3"}, {"X", "M", "4"}, {"Y", "F", "9"}, {"Y", "M", "11"}});
        assertEquals(List.of(true, true, true, true), suppressed(Suppression.apply(table, 5)));
        //          F    M    O
        //   X     3    4    9
        //   Y     9   11   10   columns F and M have one hidden each → Y|F and Y|M hidden;
        //                       row Y now has two hidden, row X two: O survives.
        Breakdown wider = twoWay(new String[][]{{"X", "F", "3"}, {"X", "M", "4"}, {"X", "O", "9"},
                {"Y", "F", "9"}, {"Y", "M", "11"}, {"Y", "O", "10"}});
        assertEquals(List.of(true, true, false, true, true, false), suppressed(Suppression.apply(wider, 5)));
    }

    @Test
    void universityFiguresAreHiddenWhenTheyOrTheirComplementAreSmall() {
        // A: 20 of 22 hold a degree — the 2 without one would be singled out.
        Breakdown table = new Breakdown(List.of("sector"), null, null, 60L, List.of(
                row(Map.of("sector", "A"), 22, 20), row(Map.of("sector", "B"), 38, 30)));
        Breakdown published = Suppression.apply(table, 5);
        assertEquals(List.of(false, false), suppressed(published));
        assertEquals(22L, published.rows().get(0).count());
        assertEquals(null, published.rows().get(0).universityPlus());
        // B's figure is hidden as A's complement: 20 + 30 = the published total of degree holders.
        assertEquals(null, published.rows().get(1).universityPlus());
    }

    private static Breakdown oneWay(Map<String, Long> counts) {
        List<Breakdown.Row> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> rows.add(row(Map.of("sector", entry.getKey()), entry.getValue(), 0)));
        return new Breakdown(List.of("sector"), null, null,
                counts.values().stream().mapToLong(Long::longValue).sum(), rows);
    }

    private static Breakdown twoWay(String[][] cells) {
        List<Breakdown.Row> rows = new ArrayList<>();
        long total = 0;
        for (String[] cell : cells) {
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put("unit", cell[0]);
            keys.put("gender", cell[1]);
            rows.add(row(keys, Long.parseLong(cell[2]), 0));
            total += Long.parseLong(cell[2]);
        }
        return new Breakdown(List.of("unit", "gender"), null, null, total, rows);
    }

    private static Breakdown.Row row(Map<String, String> keys, long count, long universityPlus) {
        return new Breakdown.Row(String.join("|", keys.values()), keys, "", count, universityPlus, null, false);
    }

    private static List<Boolean> suppressed(Breakdown breakdown) {
        return breakdown.rows().stream().map(Breakdown.Row::suppressed).toList();
    }
}
