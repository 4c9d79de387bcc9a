package vn.gialai.iwd.reporting.service;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Target;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Progress towards the plan's targets (docs/indicators.md §3): progress = value / target,
 * requiredAnnualGrowth = (target / value)^(1 / (target year − asOf year)) − 1, both 4 decimals half-even;
 * ACHIEVED once value ≥ target, ON_TRACK while the growth needed is at most 5 %/year, else AT_RISK (also
 * once the target year has come, or with a value of 0). Targets are the seeded ones: 136,000 college-plus
 * and 77 % university-plus by 2030, 146,000 and 80 % by 2045. Expected figures were computed apart, with
 * Python's decimal module.
 */
class IndicatorProgressTest {

    private static IndicatorService service(String onTrackMaxAnnualGrowth) {
        return new IndicatorService(null, null, null, config(new BigDecimal(onTrackMaxAnnualGrowth)), null);
    }

    private final IndicatorService indicators = service("0.05");

    /**
     * The settings the rule reads, as a proxy: an anonymous class implementing the config interface would
     * carry its validation annotations, which Quarkus refuses in any class of the test class path.
     */
    static ReportingConfig config(BigDecimal onTrackMax) {
        return (ReportingConfig) Proxy.newProxyInstance(ReportingConfig.class.getClassLoader(),
                new Class<?>[]{ReportingConfig.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "zone" -> ZoneId.of("Asia/Ho_Chi_Minh");
                    case "onTrackMaxAnnualGrowth" -> onTrackMax;
                    case "suppressionThreshold" -> 5;
                    case "pseudonymKey" -> "test";
                    case "dataVersionCheckInterval" -> Duration.ofSeconds(1);
                    case "maxConcurrentExports" -> 2;
                    case "publicMaxAge" -> Duration.ofSeconds(5);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Target target(String indicator, int year, String value) {
        Target target = new Target();
        target.indicator = indicator;
        target.year = year;
        target.value = new BigDecimal(value);
        target.source = "Kế hoạch 2024";
        return target;
    }

    private static final Target COUNT_2030 = target("COLLEGE_PLUS_COUNT", 2030, "136000");
    private static final Target COUNT_2045 = target("COLLEGE_PLUS_COUNT", 2045, "146000");
    private static final Target SHARE_2030 = target("UNIVERSITY_PLUS_SHARE", 2030, "0.77");
    private static final Target SHARE_2045 = target("UNIVERSITY_PLUS_SHARE", 2045, "0.80");
    private static final Target STANDARD_2030 = target("CIVIL_SERVANT_STANDARD_SHARE", 2030, "1.00");

    private Indicators.TargetProgress progress(String value, Target target, int asOfYear) {
        return indicators.progress(value == null ? null : new BigDecimal(value), target, asOfYear);
    }

    private static void assertProgress(Indicators.TargetProgress actual, int year, String value, String progress,
                                       String requiredAnnualGrowth, Indicators.Status status) {
        assertEquals(year, actual.year());
        assertEquals(0, new BigDecimal(value).compareTo(actual.value()), "target value " + actual.value());
        assertEquals(progress, actual.progress() == null ? null : actual.progress().toPlainString(), "progress");
        assertEquals(requiredAnnualGrowth,
                actual.requiredAnnualGrowth() == null ? null : actual.requiredAnnualGrowth().toPlainString(),
                "requiredAnnualGrowth");
        assertEquals(status, actual.status());
    }

    @Test
    void aCountBelowTargetNeedingLessThanFivePercentAYearIsOnTrack() {
        // 120,000 in 2026: 136,000 / 120,000 = 1.1333 over 4 years → 3.18 %/year
        assertProgress(progress("120000", COUNT_2030, 2026), 2030, "136000", "0.8824", "0.0318", Indicators.Status.ON_TRACK);
        // towards 146,000 by 2045, 19 years: 1.04 %/year
        assertProgress(progress("120000", COUNT_2045, 2026), 2045, "146000", "0.8219", "0.0104", Indicators.Status.ON_TRACK);
    }

    @Test
    void aCountNeedingMoreThanFivePercentAYearIsAtRisk() {
        // 100,000 in 2026: 1.36 over 4 years → 7.99 %/year
        assertProgress(progress("100000", COUNT_2030, 2026), 2030, "136000", "0.7353", "0.0799", Indicators.Status.AT_RISK);
    }

    @Test
    void theOnTrackLimitIsConfigurable() {
        assertEquals(Indicators.Status.ON_TRACK,
                service("0.08").progress(new BigDecimal("100000"), COUNT_2030, 2026).status());
        assertEquals(Indicators.Status.AT_RISK,
                service("0.03").progress(new BigDecimal("120000"), COUNT_2030, 2026).status());
    }

    @Test
    void sharesAreComparedWithTheirTargets() {
        // 70 % towards 77 % by 2030 from 2026: (1.1)^(1/4) − 1 = 2.41 %/year
        assertProgress(progress("0.7", SHARE_2030, 2026), 2030, "0.77", "0.9091", "0.0241", Indicators.Status.ON_TRACK);
        // 70 % towards 80 % by 2045: 0.71 %/year
        assertProgress(progress("0.7", SHARE_2045, 2026), 2045, "0.8", "0.8750", "0.0071", Indicators.Status.ON_TRACK);
        // the civil-service standard: 75 % towards 100 % in 4 years needs 7.46 %/year
        assertEquals(Indicators.Status.AT_RISK, progress("0.75", STANDARD_2030, 2026).status());
    }

    @Test
    void reachingTheTargetIsAchievedWithNoGrowthNeeded() {
        assertProgress(progress("136000", COUNT_2030, 2026), 2030, "136000", "1.0000", null, Indicators.Status.ACHIEVED);
        assertProgress(progress("140000", COUNT_2030, 2026), 2030, "136000", "1.0294", null, Indicators.Status.ACHIEVED);
        assertProgress(progress("0.77", SHARE_2030, 2026), 2030, "0.77", "1.0000", null, Indicators.Status.ACHIEVED);
        // achieved also after the target year
        assertProgress(progress("150000", COUNT_2030, 2032), 2030, "136000", "1.1029", null, Indicators.Status.ACHIEVED);
    }

    @Test
    void oneShortOfTheTargetIsNotAchievedEvenWhenProgressRoundsToOne() {
        // 135,999 / 136,000 = 0.999993 shows as 1.0000, but comparisons use the unrounded value
        assertProgress(progress("135999", COUNT_2030, 2029), 2030, "136000", "1.0000", "0.0000", Indicators.Status.ON_TRACK);
        assertProgress(progress("135999", COUNT_2030, 2030), 2030, "136000", "1.0000", null, Indicators.Status.AT_RISK);
        assertEquals(Indicators.Status.AT_RISK, progress("0.7699", SHARE_2030, 2030).status());
    }

    @Test
    void inTheTargetYearOrAfterItAMissedTargetIsAtRiskWithoutGrowth() {
        assertProgress(progress("130000", COUNT_2030, 2030), 2030, "136000", "0.9559", null, Indicators.Status.AT_RISK);
        assertProgress(progress("130000", COUNT_2030, 2031), 2030, "136000", "0.9559", null, Indicators.Status.AT_RISK);
        // the year before: one year of 4.62 % is still on track
        assertProgress(progress("130000", COUNT_2030, 2029), 2030, "136000", "0.9559", "0.0462", Indicators.Status.ON_TRACK);
    }

    @Test
    void aValueOfZeroIsAtRiskAndNoValueHasNoProgress() {
        assertProgress(progress("0", COUNT_2030, 2026), 2030, "136000", "0.0000", null, Indicators.Status.AT_RISK);
        // a share whose denominator is 0 (no civil servant yet) has no value
        Indicators.TargetProgress none = progress(null, STANDARD_2030, 2026);
        assertNull(none.progress());
        assertNull(none.requiredAnnualGrowth());
        assertEquals(Indicators.Status.AT_RISK, none.status());
        assertEquals(0, BigDecimal.ONE.compareTo(none.value()));
    }

    @Test
    void needingExactlyTheLimitIsOnTrack() {
        Target target = target("COLLEGE_PLUS_COUNT", 2030, "105000");
        assertProgress(progress("100000", target, 2029), 2030, "105000", "0.9524", "0.0500", Indicators.Status.ON_TRACK);
        Target twoYears = target("COLLEGE_PLUS_COUNT", 2030, "110250");
        assertProgress(progress("100000", twoYears, 2028), 2030, "110250", "0.9070", "0.0500", Indicators.Status.ON_TRACK);
    }
}
