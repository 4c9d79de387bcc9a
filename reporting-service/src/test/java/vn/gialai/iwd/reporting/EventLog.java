package vn.gialai.iwd.reporting;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Produces events as registry and task-service would, and waits until reporting has committed the
 * offsets past them — which it does only after the transaction that applied them committed.
 */
final class EventLog implements AutoCloseable {

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", TestRunResource.BOOTSTRAP, "acks", "all"), new StringSerializer(),
            new StringSerializer());
    private final Map<TopicPartition, Long> sent = new HashMap<>();

    void send(String topic, String key, String value) {
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(topic, key, value)).get();
            sent.merge(new TopicPartition(topic, metadata.partition()), metadata.offset() + 1, Math::max);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send a test event", e);
        }
    }

    /** Waits until consumer group {@code groupId} has committed every offset sent so far. */
    void awaitConsumed(String groupId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestRunResource.BOOTSTRAP))) {
            while (Instant.now().isBefore(deadline)) {
                ListConsumerGroupOffsetsResult result = admin.listConsumerGroupOffsets(groupId);
                Map<TopicPartition, OffsetAndMetadata> committed = result.partitionsToOffsetAndMetadata().get();
                boolean done = sent.entrySet().stream().allMatch(entry -> {
                    OffsetAndMetadata offset = committed.get(entry.getKey());
                    return offset != null && offset.offset() >= entry.getValue();
                });
                if (done) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the consumer group's offsets", e);
        }
        throw new AssertionError("reporting did not consume every event within 30 s");
    }

    @Override
    public void close() {
        producer.close();
    }
}
