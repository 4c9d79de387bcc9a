package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.DuplicateCandidate;

import java.util.UUID;

@ApplicationScoped
public class DuplicateCandidateRepository implements PanacheRepository<DuplicateCandidate> {

    /** Queues the pair once, whichever of the two was reported first. */
    public void queue(UUID one, UUID other) {
        UUID first = one.compareTo(other) < 0 ? one : other;
        UUID second = first.equals(one) ? other : one;
        getEntityManager().createNativeQuery("insert into duplicate_candidate (person_id, other_person_id, status, created_at) "
                        + "values (?1, ?2, 'OPEN', now()) on conflict (person_id, other_person_id) do nothing")
                .setParameter(1, first).setParameter(2, second).executeUpdate();
    }
}
