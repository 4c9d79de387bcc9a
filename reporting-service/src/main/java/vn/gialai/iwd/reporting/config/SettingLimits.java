package vn.gialai.iwd.reporting.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The least values of the settings that would make the service unsafe or useless, checked by the first
 * start-up observer (before the event consumer starts): a value below its least stops the start, naming the
 * property, and the process exits. Bean Validation constraints
 * on {@link ReportingConfig} would do the same, but they make Quarkus build a validator for the whole
 * configuration first, which was a fifth of this service's start-up (docs/PERFORMANCE.md, 2026-12-04).
 */
@ApplicationScoped
public class SettingLimits {

    void checkAtStart(@Observes @Priority(1) StartupEvent start, ReportingConfig config) {
        check(config);
    }

    static void check(ReportingConfig config) {
        atLeast("iwd.reporting.suppression-threshold", config.suppressionThreshold(), 3);
        atLeast("iwd.reporting.max-concurrent-exports", config.maxConcurrentExports(), 1);
    }

    private static void atLeast(String property, long value, long least) {
        if (value < least) {
            throw new IllegalStateException(property + " is " + value + "; the service does not start below " + least);
        }
    }
}
