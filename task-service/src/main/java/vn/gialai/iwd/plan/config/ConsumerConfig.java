package vn.gialai.iwd.plan.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "iwd.consumer")
public interface ConsumerConfig {

    /** Kafka consumer group of task-service: it keeps its own offsets on registry's topics. */
    String groupId();

    Topics topics();

    interface Topics {
        String unit();
    }
}
