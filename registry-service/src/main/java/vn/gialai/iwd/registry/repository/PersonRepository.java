package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.gialai.iwd.registry.domain.Person;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** A person's derived profile columns, as a refresh writes them. */
    public record ProfileRow(UUID id, long version, int activeRecords, String highestQualification,
                             String academicTitle, String sector, String employment) {
    }

    /** A person to create: its national-ID HMAC and last 4 digits (both null without one) and first profile. */
    public record NewPerson(String nationalIdHmac, String nationalIdLast4, ProfileRow profile) {
    }

    /** The persons that hold these national-ID HMACs, by HMAC. */
    @SuppressWarnings("unchecked")
    public Map<String, UUID> findByNationalIdHmacs(Collection<String> hmacs) {
        if (hmacs.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select national_id_hmac, id from person where national_id_hmac = any(cast(?1 as varchar[]))")
                .setParameter(1, hmacs.toArray(String[]::new)).getResultList();
        Map<String, UUID> ids = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            ids.put((String) row[0], (UUID) row[1]);
        }
        return ids;
    }

    /**
     * Inserts new persons with their first profile in one statement, in HMAC order so that concurrent
     * requests creating the same persons wait for each other rather than deadlock.
     *
     * @return the ids inserted: a person whose national ID a concurrent request inserted first is not
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> insertAll(List<NewPerson> persons, OffsetDateTime now) {
        if (persons.isEmpty()) {
            return Set.of();
        }
        List<UUID> inserted = getEntityManager().createNativeQuery("insert into person (id, national_id_hmac, "
                        + "national_id_last4, version, active_records, highest_qualification, academic_title, sector, "
                        + "employment, updated_at) select id, hmac, last4, version, active, qualification, title, sector, "
                        + "employment, ?10 from unnest(cast(?1 as uuid[]), cast(?2 as varchar[]), cast(?3 as varchar[]), "
                        + "cast(?4 as bigint[]), cast(?5 as integer[]), cast(?6 as varchar[]), cast(?7 as varchar[]), "
                        + "cast(?8 as varchar[]), cast(?9 as varchar[])) as p(id, hmac, last4, version, active, "
                        + "qualification, title, sector, employment) order by hmac "
                        + "on conflict (national_id_hmac) do nothing returning id")
                .setParameter(1, persons.stream().map(p -> p.profile().id()).toArray(UUID[]::new))
                .setParameter(2, persons.stream().map(NewPerson::nationalIdHmac).toArray(String[]::new))
                .setParameter(3, persons.stream().map(NewPerson::nationalIdLast4).toArray(String[]::new))
                .setParameter(4, persons.stream().map(p -> p.profile().version()).toArray(Long[]::new))
                .setParameter(5, persons.stream().map(p -> p.profile().activeRecords()).toArray(Integer[]::new))
                .setParameter(6, persons.stream().map(p -> p.profile().highestQualification()).toArray(String[]::new))
                .setParameter(7, persons.stream().map(p -> p.profile().academicTitle()).toArray(String[]::new))
                .setParameter(8, persons.stream().map(p -> p.profile().sector()).toArray(String[]::new))
                .setParameter(9, persons.stream().map(p -> p.profile().employment()).toArray(String[]::new))
                .setParameter(10, now)
                .getResultList();
        return new HashSet<>(inserted);
    }

    /**
     * Locks the persons in id order, the one order every writer uses, so that writers never deadlock;
     * the versions read are the ones to increment.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> lockVersions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select id, version from person where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, Long> versions = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            versions.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return versions;
    }

    /** Writes the profiles in one statement. */
    public void updateProfiles(List<ProfileRow> profiles, OffsetDateTime now) {
        if (profiles.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("update person p set version = v.version, active_records = v.active, "
                        + "highest_qualification = v.qualification, academic_title = v.title, sector = v.sector, "
                        + "employment = v.employment, updated_at = ?8 from unnest(cast(?1 as uuid[]), cast(?2 as bigint[]), "
                        + "cast(?3 as integer[]), cast(?4 as varchar[]), cast(?5 as varchar[]), cast(?6 as varchar[]), "
                        + "cast(?7 as varchar[])) as v(id, version, active, qualification, title, sector, employment) "
                        + "where p.id = v.id")
                .setParameter(1, profiles.stream().map(ProfileRow::id).toArray(UUID[]::new))
                .setParameter(2, profiles.stream().map(ProfileRow::version).toArray(Long[]::new))
                .setParameter(3, profiles.stream().map(ProfileRow::activeRecords).toArray(Integer[]::new))
                .setParameter(4, profiles.stream().map(ProfileRow::highestQualification).toArray(String[]::new))
                .setParameter(5, profiles.stream().map(ProfileRow::academicTitle).toArray(String[]::new))
                .setParameter(6, profiles.stream().map(ProfileRow::sector).toArray(String[]::new))
                .setParameter(7, profiles.stream().map(ProfileRow::employment).toArray(String[]::new))
                .setParameter(8, now)
                .executeUpdate();
    }

    public Person lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
