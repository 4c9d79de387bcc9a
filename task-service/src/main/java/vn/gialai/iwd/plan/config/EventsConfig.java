package vn.gialai.iwd.plan.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "iwd.events")
public interface EventsConfig {

    /** CloudEvents {@code source} attribute of everything this service publishes. */
    String source();

    Topics topics();

    /** How many outbox rows one relay pass publishes at most. */
    int relayBatchSize();

    Duration relayInterval();

    interface Topics {
        String task();
    }
}
