package vn.gialai.iwd.plan.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import vn.gialai.iwd.plan.config.EventsConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Publishes outbox rows to Kafka in id order, one pending event per aggregate per pass, and deletes
 * them only after every send of the pass was acknowledged. A failure (broker down) rolls the pass
 * back; the rows are sent again later and consumers drop the duplicates by version.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final Producer<String, String> producer;
    private final EventsConfig config;

    OutboxRelay(OutboxRepository outbox, Producer<String, String> producer, EventsConfig config) {
        this.outbox = outbox;
        this.producer = producer;
        this.config = config;
    }

    @Scheduled(every = "${iwd.events.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try {
            // Until nothing is pending: a pass holds one event per aggregate, so an outbox may need
            // several passes even when each is smaller than the batch size.
            int published;
            do {
                published = publishBatch();
            } while (published > 0);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }

    /** @return how many events were published */
    @Transactional
    @TransactionConfiguration(timeout = 60)
    public int publishBatch() {
        if (!outbox.tryLockRelay()) {
            return 0;
        }
        List<OutboxEvent> batch = outbox.nextPerAggregate(config.relayBatchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(producer.send(new ProducerRecord<>(event.topic, event.key, event.payload)));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            awaitAck(ack);
        }
        outbox.deletePublished(batch.stream().map(event -> event.id).toList());
        return batch.size();
    }

    private static void awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not acknowledge an event: " + e.getCause().getMessage(), e);
        }
    }
}
