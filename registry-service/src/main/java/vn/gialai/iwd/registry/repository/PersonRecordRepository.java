package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.PersonRecord;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRecordRepository implements PanacheRepository<PersonRecord> {

    public Optional<PersonRecord> findByKey(String unitCode, String externalId) {
        return find("unitCode = ?1 and externalId = ?2", unitCode, externalId).firstResultOptional();
    }

    public List<PersonRecord> activeOf(UUID personId) {
        return list("personId = ?1 and removedOn is null", personId);
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

    /** Persons other than {@code personId} reported without national ID under the same name, birth date and gender. */
    public List<UUID> possibleDuplicatesOf(UUID personId, String nameKey, LocalDate dateOfBirth, String gender) {
        return find("select distinct r.personId from PersonRecord r where r.nameKey = ?1 and r.dateOfBirth = ?2 "
                + "and r.gender = ?3 and r.personId <> ?4 and r.removedOn is null", nameKey, dateOfBirth, gender, personId)
                .project(UUID.class).list();
    }
}
