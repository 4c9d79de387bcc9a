package vn.gialai.iwd.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "iwd.consumer")
public interface ConsumerConfig {

    String groupId();

    /** Records applied per transaction at most: larger polls mean fewer, bigger transactions (faster replays). */
    @WithDefault("5000")
    int maxPollRecords();

    Topics topics();

    interface Topics {
        String person();

        String unit();

        String task();
    }
}
