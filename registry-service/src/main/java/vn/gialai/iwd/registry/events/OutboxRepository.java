package vn.gialai.iwd.registry.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** How many of the oldest events a pass looks at per event it may publish. */
    private static final int WINDOW_PER_EVENT = 4;

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
     * <p>
     * Chosen among the oldest {@value #WINDOW_PER_EVENT} × limit events (by primary key), where an
     * aggregate's oldest event is its oldest overall: the work is bounded whatever the planner thinks
     * of the table. The former anti-join ("no earlier event of the same aggregate") became a nested
     * loop over the whole outbox when 20,000 events arrived before the statistics were refreshed, and
     * ran past the relay's transaction timeout. Aggregates are found by hashing ids and keys alone, and
     * payloads read only for the events chosen: ranking whole rows sorted megabytes of payloads on disk
     * (the relay's read was the registry's costliest statement during a push, docs/PERFORMANCE.md).
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> nextPerAggregate(int limit) {
        return getEntityManager().createNativeQuery("""
                        select e.id, e.topic, e.event_key, e.payload, e.created_at from outbox_event e join (
                          select min(id) as id from (select id, topic, event_key from outbox_event order by id limit ?1) oldest
                          group by topic, event_key order by 1 limit ?2
                        ) first_of_each using (id) order by e.id""", OutboxEvent.class)
                .setParameter(1, (long) limit * WINDOW_PER_EVENT).setParameter(2, limit).getResultList();
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
