package vn.gialai.iwd.reporting.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.config.ConsumerConfig;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * At-least-once consumption: a poll's records are applied in one database transaction and its
 * offsets are committed only after it committed. A crash in between redelivers the records, which
 * the version checks of the projections make harmless. After a failure the consumer is recreated,
 * so it resumes from the last committed offsets.
 * <p>
 * Two polls overlap: while a thread of its own applies one poll, this thread fetches and reads the
 * next (JSON, checks), so that the database and the Java work of consumption run side by side. Polls
 * are still applied one at a time and in order; before partitions move to another replica the poll
 * in flight is finished and committed.
 * <p>
 * The consumer group is the configured group id plus the generation held in the database. A rebuild
 * starts a new generation; every replica notices (at its next poll) and rejoins under the new group,
 * which has no committed offsets and so replays the topics from the beginning.
 */
@ApplicationScoped
public class EventConsumerLoop {

    private static final Logger LOG = Logger.getLogger(EventConsumerLoop.class);

    private final Map<String, Object> kafkaConfig;
    private final ConsumerConfig config;
    private final EventDispatcher dispatcher;
    private final ConsumerStateRepository consumerState;
    /** Applies polls, one at a time, while the consumer's thread reads the next. */
    private final ExecutorService applier = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "event-applier"));
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    EventConsumerLoop(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ConsumerConfig config,
                      EventDispatcher dispatcher, ConsumerStateRepository consumerState) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.dispatcher = dispatcher;
        this.consumerState = consumerState;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "event-consumer");
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(10_000);
    }

    private void run() {
        while (running) {
            String generation;
            try {
                generation = consumerState.generation();
            } catch (RuntimeException e) {
                LOG.warnf("cannot read the consumer generation, retrying: %s", e.getMessage());
                pause();
                continue;
            }
            try (KafkaConsumer<String, String> created = newConsumer(generation)) {
                consumer = created;
                InFlight inFlight = new InFlight(created);
                created.subscribe(List.of(config.topics().unit(), config.topics().person(), config.topics().task()),
                        new ConsumerRebalanceListener() {
                            // Which replica reads which partitions: what an operator (and drill 3) checks after
                            // a replica stops, to see the others take its partitions over.
                            @Override
                            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                                LOG.infof("partitions assigned: %s", partitions);
                            }

                            @Override
                            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                                inFlight.finish();
                                LOG.infof("partitions revoked: %s", partitions);
                            }
                        });
                try {
                    while (running) {
                        ConsumerRecords<String, String> records = created.poll(Duration.ofMillis(500));
                        if (!records.isEmpty()) {
                            EventDispatcher.ReadPoll poll = dispatcher.read(records);
                            inFlight.finish();
                            inFlight.start(() -> dispatcher.apply(poll, generation), records.nextOffsets());
                        } else {
                            inFlight.finish();
                            if (!generation.equals(consumerState.generation())) {
                                break;
                            }
                        }
                    }
                    inFlight.finish();
                } finally {
                    inFlight.abandon();
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (GenerationChangedException e) {
                LOG.infof("rebuild requested: %s; replaying the topics from the beginning", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf("event consumption failed, resuming from the last committed offsets: %s", e.getMessage());
                pause();
            }
        }
        applier.shutdown();
    }

    /** The poll being applied on the applier thread, and the offsets to commit once it has been. */
    private final class InFlight {
        private final KafkaConsumer<String, String> owner;
        private Future<?> applying;
        private Map<TopicPartition, OffsetAndMetadata> offsets;

        InFlight(KafkaConsumer<String, String> owner) {
            this.owner = owner;
        }

        void start(Runnable apply, Map<TopicPartition, OffsetAndMetadata> offsetsAfter) {
            applying = applier.submit(apply);
            offsets = offsetsAfter;
        }

        /** Waits for the poll in flight and commits its offsets; rethrows what its transaction threw. */
        void finish() {
            if (applying == null) {
                return;
            }
            Future<?> done = applying;
            applying = null;
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WakeupException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            }
            owner.commitSync(offsets);
        }

        /** After a failure or at shutdown: lets a poll still in flight end (committed or not) before the consumer closes. */
        void abandon() {
            if (applying != null) {
                try {
                    applying.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    // its records were not committed and will be read again
                }
                applying = null;
            }
        }
    }

    private KafkaConsumer<String, String> newConsumer(String generation) {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG,
                ConsumerStateRepository.INITIAL_GENERATION.equals(generation) ? config.groupId()
                        : config.groupId() + "-" + generation);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                (int) config.sessionTimeout().toMillis());
        settings.put(org.apache.kafka.clients.consumer.ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                (int) config.sessionTimeout().dividedBy(3).toMillis());
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
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
