package vn.gialai.iwd.reporting.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Every published ratio is rounded once, at the end, to 4 decimals half-even (docs/indicators.md). */
final class Shares {

    static final int SCALE = 4;

    private Shares() {
    }

    /** numerator / denominator rounded for publication; null when there is nothing to divide by. */
    static BigDecimal of(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN);
    }

    /** Unrounded enough for comparisons and further arithmetic. */
    static BigDecimal exact(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
