package vn.gialai.iwd.reporting.config;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingLimitsTest {

    @Test
    void aSuppressionThresholdBelowThreeStopsTheStartNamingTheProperty() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SettingLimits.check(config(2, 2)));
        assertEquals("iwd.reporting.suppression-threshold is 2; the service does not start below 3", refused.getMessage());
        assertDoesNotThrow(() -> SettingLimits.check(config(3, 2)));
    }

    @Test
    void noConcurrentExportStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SettingLimits.check(config(5, 0)));
        assertEquals("iwd.reporting.max-concurrent-exports is 0; the service does not start below 1", refused.getMessage());
        assertDoesNotThrow(() -> SettingLimits.check(config(5, 1)));
    }

    private static ReportingConfig config(int suppressionThreshold, int maxConcurrentExports) {
        return (ReportingConfig) Proxy.newProxyInstance(ReportingConfig.class.getClassLoader(),
                new Class<?>[]{ReportingConfig.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "suppressionThreshold" -> suppressionThreshold;
                    case "maxConcurrentExports" -> maxConcurrentExports;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
