package vn.gialai.iwd.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.ZoneId;

@ConfigMapping(prefix = "iwd.reporting")
public interface ReportingConfig {

    /** The province's time zone: it decides which day "today", asOf and knownAt days are. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** A target not yet achieved is ON_TRACK while the annual growth it still needs is at most this. */
    @WithDefault("0.05")
    BigDecimal onTrackMaxAnnualGrowth();

    /** Public cells (and public counts) below this are suppressed. */
    @WithDefault("5")
    int suppressionThreshold();

    /** HMAC-SHA256 key of the export pseudonyms; changing it changes every pseudonym. */
    String pseudonymKey();
}
