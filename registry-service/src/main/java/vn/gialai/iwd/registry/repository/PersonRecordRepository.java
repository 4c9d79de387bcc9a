package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.PersonRecord;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRecordRepository implements PanacheRepository<PersonRecord> {

    public Optional<PersonRecord> findByKey(String unitCode, String externalId) {
        return find("unitCode = ?1 and externalId = ?2", unitCode, externalId).firstResultOptional();
    }

    /** The records of these persons other than {@code held}. */
    public List<PersonRecord> othersOf(Collection<UUID> personIds, List<PersonRecord> held) {
        if (held.isEmpty()) {
            return list("personId in ?1", personIds);
        }
        return list("personId in ?1 and id not in ?2", personIds, held.stream().map(r -> r.id).toList());
    }

    /** Keyset page of a unit's records by (updatedAt, id), for listing and {@code updatedSince} sync. */
    public List<PersonRecord> pageOfUnit(String unitCode, OffsetDateTime updatedSince, OffsetDateTime afterUpdatedAt,
                                         long afterId, int limit) {
        return find("unitCode = :unit and updatedAt >= :since and (updatedAt > :afterAt or (updatedAt = :afterAt and id > :afterId))",
                Sort.by("updatedAt").and("id"),
                Parameters.with("unit", unitCode).and("since", updatedSince).and("afterAt", afterUpdatedAt)
                        .and("afterId", afterId))
                .page(0, limit).list();
    }

    /**
     * Pairs (person of a given record, other person) whose active records share the record's name
     * key, date of birth and gender: one query for a whole batch.
     */
    public List<Map.Entry<UUID, UUID>> possibleDuplicatesOf(List<PersonRecord> written) {
        if (written.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select distinct k.person_id, r.person_id from unnest(cast(?1 as varchar[]), cast(?2 as date[]), "
                                + "cast(?3 as varchar[]), cast(?4 as uuid[])) as k(name_key, date_of_birth, gender, person_id) "
                                + "join person_record r on r.name_key = k.name_key and r.date_of_birth = k.date_of_birth "
                                + "and r.gender = k.gender and r.person_id <> k.person_id and r.removed_on is null")
                .setParameter(1, written.stream().map(r -> r.nameKey).toArray(String[]::new))
                .setParameter(2, written.stream().map(r -> java.sql.Date.valueOf(r.dateOfBirth)).toArray(java.sql.Date[]::new))
                .setParameter(3, written.stream().map(r -> r.gender).toArray(String[]::new))
                .setParameter(4, written.stream().map(r -> r.personId).toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(row -> Map.entry((UUID) row[0], (UUID) row[1])).toList();
    }
}
