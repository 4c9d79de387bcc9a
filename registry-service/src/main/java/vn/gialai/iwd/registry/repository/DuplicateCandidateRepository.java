package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.DuplicateCandidate;

import java.util.UUID;

/** Cases pair two persons in PostgreSQL's uuid order (the lesser first), so a pair has one row whoever came first. */
@ApplicationScoped
public class DuplicateCandidateRepository implements PanacheRepository<DuplicateCandidate> {

    public boolean existsForPair(UUID one, UUID other) {
        return count("(personId = ?1 and otherPersonId = ?2) or (personId = ?2 and otherPersonId = ?1)", one, other) > 0;
    }
}
