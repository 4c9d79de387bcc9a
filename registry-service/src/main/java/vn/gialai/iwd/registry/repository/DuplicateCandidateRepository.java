package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.DuplicateCandidate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DuplicateCandidateRepository implements PanacheRepository<DuplicateCandidate> {

    /** Queues each pair once, whichever of the two was reported first: one statement for all pairs. */
    public void queueAll(List<Map.Entry<UUID, UUID>> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        List<UUID[]> ordered = pairs.stream()
                .map(pair -> pair.getKey().compareTo(pair.getValue()) < 0
                        ? new UUID[]{pair.getKey(), pair.getValue()} : new UUID[]{pair.getValue(), pair.getKey()})
                .toList();
        getEntityManager().createNativeQuery("insert into duplicate_candidate (person_id, other_person_id, status, created_at) "
                        + "select distinct p, o, 'OPEN', now() from unnest(cast(?1 as uuid[]), cast(?2 as uuid[])) as d(p, o) "
                        + "on conflict (person_id, other_person_id) do nothing")
                .setParameter(1, ordered.stream().map(pair -> pair[0]).toArray(UUID[]::new))
                .setParameter(2, ordered.stream().map(pair -> pair[1]).toArray(UUID[]::new))
                .executeUpdate();
    }
}
