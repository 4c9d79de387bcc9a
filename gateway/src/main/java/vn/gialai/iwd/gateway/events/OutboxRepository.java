package vn.gialai.iwd.gateway.events;

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
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('gateway-outbox-relay'))")
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

    public void deletePublished(List<Long> ids) {
        delete("id in ?1", ids);
    }
}
