package vn.gialai.iwd.reporting.domain;

import java.util.function.ToLongFunction;

/** The indicators and how each is taken from the totals (definitions: docs/indicators.md). */
public enum IndicatorCode {
    COLLEGE_PLUS_COUNT(Totals::persons, null),
    UNIVERSITY_PLUS_SHARE(Totals::universityPlus, Totals::persons),
    CIVIL_SERVANT_STANDARD_SHARE(Totals::civilServantsMeetingStandard, Totals::civilServants),
    WOMEN_COUNT(Totals::women, null),
    ETHNIC_MINORITY_COUNT(Totals::ethnicMinorities, null),
    YOUNG_COUNT(Totals::young, null),
    RETIRED_COUNT(Totals::retired, null),
    OUTSIDE_STATE_COUNT(Totals::outsideState, null),
    DOCTORATE_COUNT(Totals::doctorates, null),
    PROFESSOR_COUNT(Totals::professors, null),
    ASSOCIATE_PROFESSOR_COUNT(Totals::associateProfessors, null);

    private final ToLongFunction<Totals> numerator;
    private final ToLongFunction<Totals> denominator;

    IndicatorCode(ToLongFunction<Totals> numerator, ToLongFunction<Totals> denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public boolean isShare() {
        return denominator != null;
    }

    public long numerator(Totals totals) {
        return numerator.applyAsLong(totals);
    }

    public long denominator(Totals totals) {
        return denominator.applyAsLong(totals);
    }
}
