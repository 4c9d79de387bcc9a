package vn.gialai.iwd.reporting.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disclosure rule's threshold (docs/indicators.md §5: values counting 1 to k − 1 persons are sensitive,
 * k = 5 by default, configurable down to 3), the headline rule shared by every public answer, and the
 * rounding of published shares (§2: 4 decimals, half-even, null for a denominator of 0).
 */
class DisclosureThresholdTest {

    @Test
    void aHeadlineCountIsWithheldFromOneToFourPersons() {
        assertTrue(PublicFigures.headlineShown(0, null, 5), "0 is not a person: nobody is singled out");
        for (long small = 1; small <= 4; small++) {
            assertFalse(PublicFigures.headlineShown(small, null, 5), small + " persons");
        }
        assertTrue(PublicFigures.headlineShown(5, null, 5));
        assertTrue(PublicFigures.headlineShown(136_000, null, 5));
    }

    @Test
    void aHeadlineShareIsWithheldWhenItsComplementIsSmall() {
        // 100 university-plus of 104: the 4 without a degree would be singled out
        assertFalse(PublicFigures.headlineShown(100, 104L, 5));
        assertTrue(PublicFigures.headlineShown(100, 105L, 5));
        assertTrue(PublicFigures.headlineShown(100, 100L, 5), "everyone: the complement is 0");
        // no civil servant meets the standard out of 3: the 3 who do not are few
        assertFalse(PublicFigures.headlineShown(0, 3L, 5));
        assertTrue(PublicFigures.headlineShown(0, 0L, 5), "an empty share tells nothing");
        assertFalse(PublicFigures.headlineShown(4, 40L, 5), "the numerator itself is small");
    }

    @Test
    void theThresholdIsConfigurable() {
        assertTrue(PublicFigures.headlineShown(3, null, 3));
        assertFalse(PublicFigures.headlineShown(2, null, 3));
        assertFalse(PublicFigures.headlineShown(9, null, 10));
        assertFalse(PublicFigures.headlineShown(100, 109L, 10));
        assertTrue(PublicFigures.headlineShown(100, 110L, 10));
        assertTrue(new LinkedTables(3).small(2));
        assertFalse(new LinkedTables(3).small(3));
        assertFalse(new LinkedTables(5).small(0));
        assertTrue(new LinkedTables(5).small(4));
        assertFalse(new LinkedTables(5).small(5));
    }

    @Test
    void aCellOfFiveIsShownAndOfFourIsWithheldWithItsComplement() {
        assertEquals(List.of(false, false, false), hidden(oneWay(5, 20, 5, 7)));
        assertEquals(List.of(false, true, true), hidden(oneWay(5, 20, 4, 7)));
        assertEquals(List.of(false, true, true), hidden(oneWay(5, 20, 1, 7)));
        // an empty row is no person: shown as 0
        assertEquals(List.of(false, false, false), hidden(oneWay(5, 20, 0, 7)));
    }

    @Test
    void withAThresholdOfThreeAThreeIsShown() {
        assertEquals(List.of(false, false, false), hidden(oneWay(3, 20, 3, 7)));
        assertEquals(List.of(false, true, true), hidden(oneWay(3, 20, 2, 7)));
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        // 3 and 4 are both withheld; the line's sum 7 can be computed, neither cell can (§5 trade-offs)
        assertEquals(List.of(false, true, true, false), hidden(oneWay(5, 20, 3, 4, 9)));
    }

    @Test
    void theComplementIsTheSmallestOtherCellOfTheLine() {
        assertEquals(List.of(true, true, false, false), hidden(oneWay(5, 6, 2, 50, 9)));
        // ties go to the first key
        assertEquals(List.of(true, false, true, false), hidden(oneWay(5, 8, 30, 2, 8)));
    }

    @Test
    void aTableOfOneSmallRowAloneIsWithheldWhenItsTotalIsPublished() {
        // a single row equals the published total: withholding it cannot hide it, the problem cannot be solved here
        LinkedTables problem = oneWay(5, 3);
        assertFalse(problem.protect(true));
    }

    @Test
    void sharesAreRoundedOnceToFourDecimalsHalfEven() {
        assertEquals(new BigDecimal("0.3333"), Shares.of(1, 3));
        assertEquals(new BigDecimal("0.6667"), Shares.of(2, 3));
        assertEquals(new BigDecimal("0.7700"), Shares.of(77, 100));
        // ties go to the even last digit: 0.00005 → 0.0000, 0.00015 → 0.0002, 0.00025 → 0.0002
        assertEquals(new BigDecimal("0.0000"), Shares.of(1, 20_000));
        assertEquals(new BigDecimal("0.0002"), Shares.of(3, 20_000));
        assertEquals(new BigDecimal("0.0002"), Shares.of(5, 20_000));
        assertEquals(new BigDecimal("1.0000"), Shares.of(7, 7));
        assertNull(Shares.of(0, 0));
        assertEquals(new BigDecimal("0.0000"), Shares.of(0, 12));
        // 104,720 of 136,000 is exactly the 2030 target of 0.77
        assertEquals(new BigDecimal("0.7700"), Shares.of(104_720, 136_000));
    }

    /** A one-way table whose total and university total are published, each row one base cell. */
    private static LinkedTables oneWay(int threshold, long... counts) {
        LinkedTables problem = new LinkedTables(threshold);
        for (int cell = 0; cell < counts.length; cell++) {
            problem.add(new LinkedTables.Row("t", "k" + cell, List.of("t"), new int[]{cell}, counts[cell], 0, false));
        }
        int[] all = IntStream.range(0, counts.length).toArray();
        problem.shared(LinkedTables.count(all), true);
        problem.shared(LinkedTables.universityPlus(all), true);
        return problem;
    }

    private static List<Boolean> hidden(LinkedTables problem) {
        assertTrue(problem.protect(true));
        return problem.rows().stream().map(row -> row.countHidden).toList();
    }
}
