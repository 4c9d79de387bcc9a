package vn.gialai.iwd.registry.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class KafkaProducerFactory {

    /**
     * Idempotent producer with acks=all: a retried send is never duplicated or reordered within a
     * partition, so an aggregate's events (one key, one partition) arrive in outbox order.
     */
    @Produces
    @ApplicationScoped
    Producer<String, String> outboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        return new KafkaProducer<>(producerConfig(kafkaConfig));
    }

    /** The broker settings (KafkaSettings: bootstrap servers, security protocol, SASL, trust store) plus the producer's own. */
    static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close();
    }
}
