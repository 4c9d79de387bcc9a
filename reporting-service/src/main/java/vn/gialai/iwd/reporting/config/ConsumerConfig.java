package vn.gialai.iwd.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "iwd.consumer")
public interface ConsumerConfig {

    String groupId();

    /** Records applied per transaction at most: larger polls mean fewer, bigger transactions (faster replays). */
    @WithDefault("5000")
    int maxPollRecords();

    /**
     * How long the broker waits for a replica that stopped answering before its partitions go to the others
     * (Kafka's default, 45 s, leaves the figures of a killed replica's partitions behind for that long).
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    Topics topics();

    interface Topics {
        String person();

        String unit();

        String task();
    }
}
