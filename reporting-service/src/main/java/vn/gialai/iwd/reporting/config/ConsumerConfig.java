package vn.gialai.iwd.reporting.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "iwd.consumer")
public interface ConsumerConfig {

    String groupId();

    Topics topics();

    interface Topics {
        String person();

        String unit();

        String task();
    }
}
