package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.gialai.iwd.registry.domain.Person;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Locks the persons in id order, the one order every writer uses, so that writers never deadlock. */
    public List<Person> lockAll(Collection<UUID> ids) {
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * The persons of these national-ID HMACs, creating the missing ones in one statement; safe against
     * a concurrent batch creating the same person (ON CONFLICT).
     */
    public Map<String, UUID> findOrCreateByNationalIdHmacs(Map<String, String> last4ByHmac) {
        if (last4ByHmac.isEmpty()) {
            return Map.of();
        }
        String[] hmacs = last4ByHmac.keySet().toArray(String[]::new);
        String[] last4s = Arrays.stream(hmacs).map(last4ByHmac::get).toArray(String[]::new);
        getEntityManager().createNativeQuery("insert into person (id, national_id_hmac, national_id_last4, version, "
                        + "active_records, updated_at) select gen_random_uuid(), h, l, 0, 0, now() "
                        + "from unnest(cast(?1 as varchar[]), cast(?2 as varchar[])) as n(h, l) order by h "
                        + "on conflict (national_id_hmac) do nothing")
                .setParameter(1, hmacs).setParameter(2, last4s).executeUpdate();
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select national_id_hmac, id from person where national_id_hmac = any(cast(?1 as varchar[]))")
                .setParameter(1, hmacs).getResultList();
        Map<String, UUID> ids = new HashMap<>();
        for (Object[] row : rows) {
            ids.put((String) row[0], (UUID) row[1]);
        }
        return ids;
    }

    public Person lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
