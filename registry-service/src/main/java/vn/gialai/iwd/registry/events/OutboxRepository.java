package vn.gialai.iwd.registry.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /**
     * One relay at a time across all replicas: a transaction-scoped advisory lock keeps the
     * publication order equal to the outbox order (several relays in parallel could reorder
     * one person's events).
     */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('registry-outbox-relay'))")
                .getSingleResult();
    }

    /**
     * The oldest pending event of each aggregate, oldest first. Kafka keeps a partition's order only
     * while no send fails: when an earlier batch of a pass fails and a later one is delivered, the
     * resent earlier event lands after the later one. With one event per aggregate in a pass, an
     * aggregate's next event is sent only once the previous one was acknowledged and deleted.
     */
    public List<OutboxEvent> nextPerAggregate(int limit) {
        return find("from OutboxEvent event where not exists (from OutboxEvent earlier where earlier.topic = event.topic"
                + " and earlier.key = event.key and earlier.id < event.id) order by event.id").page(0, limit).list();
    }

    /** Multi-row insert; ids are drawn in row order, so the relay publishes in list order. */
    public void insertAll(String topic, List<String> keys, List<String> payloads) {
        getEntityManager().createNativeQuery("insert into outbox_event (topic, event_key, payload) "
                        + "select ?1, k, p from unnest(cast(?2 as varchar[]), cast(?3 as text[])) with ordinality as e(k, p, n) order by n")
                .setParameter(1, topic).setParameter(2, keys.toArray(String[]::new))
                .setParameter(3, payloads.toArray(String[]::new)).executeUpdate();
    }

    public void deletePublished(List<Long> ids) {
        delete("id in ?1", ids);
    }
}
