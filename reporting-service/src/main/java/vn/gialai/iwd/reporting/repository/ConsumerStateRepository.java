package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** consumer_state (the generation a rebuild replaces) and consumer_progress (freshness per partition). */
@ApplicationScoped
public class ConsumerStateRepository {

    /** Key of a consumer_progress row. */
    public record Partition(String topic, int partition) {
    }

    /** The generation of a database that was never rebuilt: its group id is the configured one, unchanged. */
    public static final String INITIAL_GENERATION = "initial";

    private final Jdbc jdbc;

    ConsumerStateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public String generation() {
        return jdbc.query("select generation from consumer_state where id = 1", List.of(), row -> row.getString(1)).get(0);
    }

    /**
     * The generation, share-locked until the transaction ends: a rebuild, which updates the row, waits
     * for transactions applying events of the old generation, and they see its change afterwards.
     */
    public String lockGeneration() {
        return jdbc.query("select generation from consumer_state where id = 1 for share", List.of(),
                row -> row.getString(1)).get(0);
    }

    public void startGeneration(String generation) {
        jdbc.update("update consumer_state set generation = ? where id = 1", List.of(generation));
    }

    public void recordProgress(Map<Partition, OffsetDateTime> newestEventTimes) {
        jdbc.batch("""
                insert into consumer_progress (topic, kafka_partition, last_event_at, applied_polls) values (?, ?, ?, 1)
                on conflict (topic, kafka_partition)
                do update set last_event_at = greatest(consumer_progress.last_event_at, excluded.last_event_at),
                              applied_polls = consumer_progress.applied_polls + 1""",
                newestEventTimes.entrySet().stream()
                        .map(entry -> List.<Object>of(entry.getKey().topic(), entry.getKey().partition(), entry.getValue()))
                        .toList());
    }

    /**
     * Changes whenever any replica commits applied events, a rebuild starts a generation or a target is
     * edited: answers computed from the data stay valid while it stays the same.
     */
    public String dataVersion() {
        return jdbc.query("select (select generation from consumer_state where id = 1) || ':' "
                + "|| coalesce(sum(applied_polls), 0) || ':' || (select count(*) from target_change)"
                + " from consumer_progress", List.of(), row -> row.getString(1)).get(0);
    }

    public Optional<OffsetDateTime> lastEventAt() {
        return Optional.ofNullable(jdbc.query("select max(last_event_at) from consumer_progress", List.of(),
                row -> row.getObject(1, OffsetDateTime.class)).get(0));
    }
}
