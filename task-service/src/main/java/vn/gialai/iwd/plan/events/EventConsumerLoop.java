package vn.gialai.iwd.plan.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.gialai.iwd.plan.config.ConsumerConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * At-least-once consumption of registry's unit events (values read as bytes, which the CloudEvents
 * SDK parses): a poll's records are applied in one database transaction and the offsets are
 * committed only after it committed. A crash in between redelivers the records, which the version
 * check makes harmless. After a failure the consumer is recreated, so it resumes from the last
 * committed offsets.
 */
@ApplicationScoped
public class EventConsumerLoop {

    private static final Logger LOG = Logger.getLogger(EventConsumerLoop.class);

    private final Map<String, Object> kafkaConfig;
    private final ConsumerConfig config;
    private final EventDispatcher dispatcher;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    EventConsumerLoop(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ConsumerConfig config,
                      EventDispatcher dispatcher) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.dispatcher = dispatcher;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "unit-event-consumer");
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(10_000);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> created = newConsumer()) {
                consumer = created;
                created.subscribe(List.of(config.topics().unit()));
                while (running) {
                    ConsumerRecords<String, byte[]> records = created.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        dispatcher.applyAll(records);
                        created.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                LOG.warnf("unit event consumption failed, resuming from the last committed offsets: %s", e.getMessage());
                pause();
            }
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
