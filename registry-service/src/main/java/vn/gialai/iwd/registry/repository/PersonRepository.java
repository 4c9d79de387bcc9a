package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.gialai.iwd.registry.domain.Person;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findByNationalIdHmacForUpdate(String hmac) {
        return find("nationalIdHmac", hmac).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Creates the person of a national ID unless a concurrent request already did; race-free. */
    public Person findOrCreateByNationalIdHmac(String hmac, String last4) {
        getEntityManager().createNativeQuery("insert into person (id, national_id_hmac, national_id_last4, version, "
                        + "active_records, updated_at) values (?1, ?2, ?3, 0, 0, now()) on conflict (national_id_hmac) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, hmac).setParameter(3, last4).executeUpdate();
        return findByNationalIdHmacForUpdate(hmac).orElseThrow();
    }

    public Person lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
