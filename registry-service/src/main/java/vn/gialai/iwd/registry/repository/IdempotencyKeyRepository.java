package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.IdempotencyKey;

import java.time.OffsetDateTime;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Id> {

    /** @return whether this call claimed the key (false: someone holds or held it) */
    public boolean claim(String clientId, String key, String requestHash) {
        return getEntityManager().createNativeQuery("insert into idempotency_key (client_id, key, request_hash, created_at) "
                        + "values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, clientId).setParameter(2, key).setParameter(3, requestHash).executeUpdate() == 1;
    }

    public long deleteOlderThan(OffsetDateTime limit) {
        return delete("createdAt < ?1", limit);
    }
}
