package vn.gialai.iwd.registry.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
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

    public List<OutboxEvent> oldest(int limit) {
        return findAll(Sort.by("id")).page(0, limit).list();
    }

    public void deletePublished(List<Long> ids) {
        delete("id in ?1", ids);
    }
}
