package vn.gialai.iwd.plan.events;

import io.quarkus.kafka.client.runtime.KafkaRuntimeConfigProducer;
import io.quarkus.runtime.ApplicationConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.Map;

/**
 * The Kafka settings every client of this service is built from: the outbox producer, the event
 * consumer and the admin client of the Kafka health check all take this map. It is Quarkus's own
 * (every {@code kafka.*} property, KafkaRuntimeConfigProducer) without the empty values, so that an
 * unset optional setting (IWD_KAFKA_SASL_MECHANISM, IWD_KAFKA_SSL_TRUSTSTORE_*) leaves Kafka's default
 * instead of an empty string: an empty trust store password or location would stop an SSL client that
 * trusts the JVM's CAs, and an empty PEM trust store password is refused.
 */
@ApplicationScoped
public class KafkaSettings {

    @Produces
    @Singleton
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings(Config config, ApplicationConfig application) {
        return withoutEmptyValues(new KafkaRuntimeConfigProducer().createKafkaRuntimeConfig(config, application));
    }

    static Map<String, Object> withoutEmptyValues(Map<String, Object> settings) {
        Map<String, Object> kept = new HashMap<>(settings);
        kept.values().removeIf(value -> value == null || value.toString().isBlank());
        return kept;
    }
}
