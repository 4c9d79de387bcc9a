package vn.gialai.iwd.plan;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Replaces the service's clock in tests: "today" is whatever day a test sets, so report dates and
 * statuses are fixed; without a set day it is the real time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant fixed;

    public void setToday(LocalDate day) {
        fixed = day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    public void useRealTime() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads its clock in its own zone");
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day != null ? day : Instant.now();
    }
}
