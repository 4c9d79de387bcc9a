package vn.gialai.iwd.reporting.domain;

import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/** The indicators and how each is taken from the totals (definitions: docs/indicators.md). */
public enum IndicatorCode {
    COLLEGE_PLUS_COUNT(Totals::persons, null, null),
    UNIVERSITY_PLUS_SHARE(Totals::universityPlus, Totals::persons, null),
    CIVIL_SERVANT_STANDARD_SHARE(Totals::civilServantsMeetingStandard, Totals::civilServants, null),
    WOMEN_COUNT(Totals::women, null, new Cells(Dimension.GENDER, Set.of("F"))),
    ETHNIC_MINORITY_COUNT(Totals::ethnicMinorities, null, new Cells(Dimension.ETHNIC_GROUP, Set.of("MINORITY"))),
    YOUNG_COUNT(Totals::young, null, new Cells(Dimension.AGE_BAND, Set.of("0-30", "31-35"))),
    RETIRED_COUNT(Totals::retired, null, new Cells(Dimension.STATE_APPARATUS, Set.of("RETIRED"))),
    OUTSIDE_STATE_COUNT(Totals::outsideState, null, new Cells(Dimension.STATE_APPARATUS, Set.of("OUTSIDE"))),
    DOCTORATE_COUNT(Totals::doctorates, null, new Cells(Dimension.QUALIFICATION, Set.of("DOCTORATE"))),
    PROFESSOR_COUNT(Totals::professors, null, new Cells(Dimension.ACADEMIC_TITLE, Set.of("PROFESSOR"))),
    ASSOCIATE_PROFESSOR_COUNT(Totals::associateProfessors, null,
            new Cells(Dimension.ACADEMIC_TITLE, Set.of("ASSOCIATE_PROFESSOR")));

    /**
     * The rows of a one-way breakdown whose persons an indicator counts: published together, the
     * indicator and the breakdown are one set of linked figures (docs/indicators.md §5).
     */
    public record Cells(Dimension dimension, Set<String> keys) {
    }

    private final ToLongFunction<Totals> numerator;
    private final ToLongFunction<Totals> denominator;
    private final Cells cells;

    IndicatorCode(ToLongFunction<Totals> numerator, ToLongFunction<Totals> denominator, Cells cells) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.cells = cells;
    }

    /** The breakdown rows this count equals; empty for the headline indicators (the total and the two shares). */
    public Optional<Cells> cells() {
        return Optional.ofNullable(cells);
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
