package vn.gialai.iwd.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.util.List;
import java.util.UUID;

/**
 * Rebuild: empties every projection and starts a new consumer generation in one transaction. The
 * generation row is locked by every transaction that applies events, so the rebuild waits for those
 * in flight and none of the old generation can write afterwards. Each replica then rejoins under the
 * new generation's consumer group, which replays the topics from the beginning. Targets and published
 * annual reports are not projections of the topics and are kept.
 */
@ApplicationScoped
public class RebuildService {

    public record Rebuild(@Schema(required = true, description = "Suffix of the new consumer group") String generation) {
    }

    private final ConsumerStateRepository consumerState;
    private final Jdbc jdbc;
    private final Event<DataChanged> dataChanged;

    RebuildService(ConsumerStateRepository consumerState, Jdbc jdbc, Event<DataChanged> dataChanged) {
        this.consumerState = consumerState;
        this.jdbc = jdbc;
        this.dataChanged = dataChanged;
    }

    @Transactional
    public Rebuild start() {
        String generation = UUID.randomUUID().toString();
        consumerState.startGeneration(generation);
        jdbc.update("truncate person_state, person_version, person_contribution, person_total, pair_total, unit_total, unit_view,"
                + " plan_task, consumer_progress",
                List.of());
        dataChanged.fire(new DataChanged());
        return new Rebuild(generation);
    }
}
