package vn.gialai.iwd.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "iwd.reporting")
public interface ReportingConfig {

    /** The province's time zone: it decides which day "today", asOf and knownAt days are. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** A target not yet achieved is ON_TRACK while the annual growth it still needs is at most this. */
    @WithDefault("0.05")
    BigDecimal onTrackMaxAnnualGrowth();

    /**
     * Public values counting 1 to this − 1 persons are withheld, and nothing published lets them be computed
     * (docs/indicators.md §5). Below 3 the service does not start: a threshold of 2 would publish single persons'
     * complements, and statistical offices use 3 as the least ({@link SettingLimits}).
     */
    @WithDefault("5")
    int suppressionThreshold();

    /** HMAC-SHA256 key of the export pseudonyms; changing it changes every pseudonym. */
    String pseudonymKey();

    /**
     * How often each replica checks whether another replica applied events: the longest a cached answer
     * can lag behind another replica's change (its own changes are seen as they commit). Quarkus's scheduler
     * runs nothing more often than once a second, so 1s is also the least.
     */
    @WithDefault("1s")
    Duration dataVersionCheckInterval();

    /** Person exports streaming at once (at least 1); the next is refused with 429 until one ends. */
    @WithDefault("2")
    int maxConcurrentExports();

    /** How long browsers and caches in front of the portal may reuse a public answer. */
    @WithDefault("5s")
    Duration publicMaxAge();
}
