package vn.gialai.iwd.reporting.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disclosure rule's audit on hand-made tables (threshold 5). */
class LinkedTablesTest {

    @Test
    void aLoneSmallCellTakesTheSmallestOtherCellWithIt() {
        // 3 is small; the total minus 20 and 7 would give it back, so 7 (the smallest other) goes too.
        LinkedTables problem = oneWay(new long[]{20, 3, 7});
        assertTrue(problem.protect(true));
        assertEquals(List.of(false, true, true), hidden(problem));
    }

    @Test
    void anIndicatorPublishedExactlyIsAFixedMarginTheTableIsProtectedAgainst() {
        // Kinh 20, minority 8 (published as an indicator), unknown 2. Hiding minority as the complement
        // would not help: the indicator gives it, and unknown = total − Kinh − minority. Kinh goes instead.
        LinkedTables problem = oneWay(new long[]{20, 8, 2});
        problem.fixed(LinkedTables.count(new int[]{1}));
        assertTrue(problem.protect(true));
        assertEquals(List.of(true, false, true), hidden(problem));
    }

    @Test
    void anIndicatorWhoseComplementIsSmallIsWithheldWhenNoCellCanProtectIt() {
        // Women 13 and men 3: men = total − women, whatever the table withholds; the indicator goes.
        LinkedTables problem = oneWay(new long[]{13, 3});
        LinkedTables.Row women = problem.add(new LinkedTables.Row("indicator", "WOMEN_COUNT", List.of(), new int[]{0}, 13, 0, true));
        assertTrue(problem.protect(true));
        assertEquals(List.of(true, true), hidden(problem).subList(0, 2));
        assertTrue(women.countHidden);
    }

    @Test
    void aTwoWayTableIsProtectedAgainstItsMarginsAndMayNotRevealAWithheldMargin() {
        //          F    M   | rows published
        //   X     10    2   | 12
        //   Y      8   12   | 20      columns published: F 18, M 14
        LinkedTables problem = new LinkedTables(5);
        long[] counts = {10, 2, 8, 12};
        String[][] keys = {{"X", "F"}, {"X", "M"}, {"Y", "F"}, {"Y", "M"}};
        for (int cell = 0; cell < 4; cell++) {
            problem.add(new LinkedTables.Row("unit,gender", keys[cell][0] + "|" + keys[cell][1],
                    List.of("unit=" + keys[cell][0], "gender=" + keys[cell][1]), new int[]{cell}, counts[cell], 0, false));
        }
        problem.shared(LinkedTables.count(new int[]{0, 1}), true);
        problem.shared(LinkedTables.count(new int[]{2, 3}), true);
        problem.shared(LinkedTables.count(new int[]{0, 2}), true);
        problem.shared(LinkedTables.count(new int[]{1, 3}), true);
        problem.shared(LinkedTables.universityPlus(new int[]{0, 1, 2, 3}), true);
        assertTrue(problem.protect(true));
        // The 2×2 rectangle: every cell withheld, no one determined by the four margins.
        assertEquals(List.of(true, true, true, true), hidden(problem));
    }

    @Test
    void universityFiguresAreWithheldWhenTheyOrTheRestAreSmall() {
        // A: 20 of 22 hold a degree, the 2 without one would be singled out; B's figure goes as A's complement.
        LinkedTables problem = new LinkedTables(5);
        LinkedTables.Row a = problem.add(new LinkedTables.Row("sector", "A", List.of("sector"), new int[]{0}, 22, 20, false));
        LinkedTables.Row b = problem.add(new LinkedTables.Row("sector", "B", List.of("sector"), new int[]{1}, 38, 30, false));
        problem.shared(LinkedTables.count(new int[]{0, 1}), true);
        problem.shared(LinkedTables.universityPlus(new int[]{0, 1}), true);
        assertTrue(problem.protect(true));
        assertEquals(List.of(false, false), List.of(a.countHidden, b.countHidden));
        assertEquals(List.of(true, true), List.of(a.universityHidden, b.universityHidden));
    }

    @Test
    void aWithheldValueThatThePublishedOnesDetermineIsPublished() {
        // 3 takes 7 with it, but 7 is published elsewhere: 20 has to go instead, and 7, known anyway, is shown.
        LinkedTables problem = oneWay(new long[]{20, 3, 7});
        problem.fixed(LinkedTables.count(new int[]{2}));
        assertTrue(problem.protect(true));
        assertEquals(List.of(true, true, false), hidden(problem));
    }

    /** A one-way table whose total and university total are published. */
    private static LinkedTables oneWay(long[] counts) {
        LinkedTables problem = new LinkedTables(5);
        for (int cell = 0; cell < counts.length; cell++) {
            problem.add(new LinkedTables.Row("t", "k" + cell, List.of("t"), new int[]{cell}, counts[cell], 0, false));
        }
        int[] all = IntStream.range(0, counts.length).toArray();
        problem.shared(LinkedTables.count(all), true);
        problem.shared(LinkedTables.universityPlus(all), true);
        return problem;
    }

    private static List<Boolean> hidden(LinkedTables problem) {
        return problem.rows().stream().filter(row -> !row.indicator).map(row -> row.countHidden).toList();
    }
}
