package vn.gialai.iwd.reporting.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disclosure audit's linear algebra (docs/indicators.md §5 rule 2): whether a withheld value is a linear
 * combination of the published ones, exactly. Values are sums of unknowns, given by their indices.
 */
class SpanTest {

    @Test
    void aSumAndAllButOnePartGiveTheLastPart() {
        // total = a + b + c published with a and b: c = total − a − b
        Span span = new Span();
        assertTrue(span.add(new int[]{0, 1, 2}));
        assertTrue(span.add(new int[]{0}));
        assertFalse(span.contains(new int[]{2}), "the total and a alone do not give c");
        assertTrue(span.contains(new int[]{1, 2}), "but they give b + c");
        assertTrue(span.add(new int[]{1}));
        assertTrue(span.contains(new int[]{2}));
        assertEquals(3, span.rank());
    }

    @Test
    void aValueAlreadyDeterminedAddsNothing() {
        Span span = new Span();
        span.add(new int[]{0, 1});
        span.add(new int[]{1});
        assertFalse(span.add(new int[]{0}), "a = (a + b) − b");
        assertEquals(2, span.rank());
        assertTrue(span.contains(new int[]{}), "the empty sum, zero, is always known");
    }

    @Test
    void theFourMarginsOfATwoByTwoTableDetermineNoCell() {
        //   a b | a+b
        //   c d | c+d     columns a+c, b+d: one relation among the four margins, rank 3
        Span span = new Span();
        span.add(new int[]{0, 1});
        span.add(new int[]{2, 3});
        span.add(new int[]{0, 2});
        assertFalse(span.add(new int[]{1, 3}), "b + d = (a+b) + (c+d) − (a+c)");
        assertEquals(3, span.rank());
        for (int cell = 0; cell < 4; cell++) {
            assertFalse(span.contains(new int[]{cell}), "cell " + cell);
        }
        assertTrue(span.contains(new int[]{0, 1, 2, 3}), "the grand total");
        // one published cell then gives all four
        span.add(new int[]{3});
        for (int cell = 0; cell < 4; cell++) {
            assertTrue(span.contains(new int[]{cell}), "cell " + cell);
        }
    }

    @Test
    void differencesCountNotJustSums() {
        // a + b and a + c published: b − c is known, b is not; b + c is not
        Span span = new Span();
        span.add(new int[]{0, 1});
        span.add(new int[]{0, 2});
        assertFalse(span.contains(new int[]{1}));
        assertFalse(span.contains(new int[]{1, 2}));
        // 2a + b + c = (a + b) + (a + c): a repeated index is a coefficient of 2
        assertTrue(span.contains(new int[]{0, 0, 1, 2}));
        assertFalse(span.contains(new int[]{0, 1, 2}));
    }

    @Test
    void aCopyGrowsOnItsOwn() {
        Span span = new Span();
        span.add(new int[]{0, 1});
        Span copy = new Span(span);
        copy.add(new int[]{0});
        assertEquals(1, span.rank());
        assertEquals(2, copy.rank());
        assertFalse(span.contains(new int[]{1}));
        assertTrue(copy.contains(new int[]{1}));
    }

    @Test
    void aLongChainIsSolvedExactly() {
        // x0 + x1, x1 + x2, …, x98 + x99 and x99: each xi follows, with alternating signs all the way back
        Span span = new Span();
        for (int i = 0; i < 99; i++) {
            span.add(new int[]{i, i + 1});
        }
        assertFalse(span.contains(new int[]{0}));
        span.add(new int[]{99});
        assertEquals(100, span.rank());
        assertTrue(span.contains(new int[]{0}));
        assertTrue(span.contains(new int[]{50}));
    }
}
