package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.gialai.iwd.registry.domain.Person;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Persons of national-ID HMACs: by HMAC, and which of them this transaction created. */
    public record ByNationalId(Map<String, UUID> personByHmac, Set<UUID> created) {
    }

    /** A person's derived profile columns, as a refresh writes them. */
    public record ProfileRow(UUID id, long version, int activeRecords, String highestQualification,
                             String academicTitle, String sector, String employment) {
    }

    /**
     * The persons of these national-ID HMACs, creating the missing ones in one statement (in HMAC
     * order, so that concurrent batches creating the same persons wait rather than deadlock); a
     * person a concurrent batch created first is found, not duplicated (ON CONFLICT).
     */
    @SuppressWarnings("unchecked")
    public ByNationalId findOrCreateByNationalIdHmacs(Map<String, String> last4ByHmac, OffsetDateTime now) {
        if (last4ByHmac.isEmpty()) {
            return new ByNationalId(Map.of(), Set.of());
        }
        String[] hmacs = last4ByHmac.keySet().toArray(String[]::new);
        String[] last4s = Arrays.stream(hmacs).map(last4ByHmac::get).toArray(String[]::new);
        List<Object[]> created = getEntityManager().createNativeQuery("insert into person (id, national_id_hmac, "
                        + "national_id_last4, version, active_records, updated_at) select gen_random_uuid(), h, l, 0, 0, ?3 "
                        + "from unnest(cast(?1 as varchar[]), cast(?2 as varchar[])) as n(h, l) order by h "
                        + "on conflict (national_id_hmac) do nothing returning national_id_hmac, id")
                .setParameter(1, hmacs).setParameter(2, last4s).setParameter(3, now).getResultList();
        Map<String, UUID> ids = new HashMap<>(hmacs.length * 2);
        Set<UUID> createdIds = new HashSet<>();
        for (Object[] row : created) {
            ids.put((String) row[0], (UUID) row[1]);
            createdIds.add((UUID) row[1]);
        }
        if (ids.size() < hmacs.length) {
            String[] existing = Arrays.stream(hmacs).filter(hmac -> !ids.containsKey(hmac)).toArray(String[]::new);
            List<Object[]> rows = getEntityManager().createNativeQuery(
                            "select national_id_hmac, id from person where national_id_hmac = any(cast(?1 as varchar[]))")
                    .setParameter(1, existing).getResultList();
            for (Object[] row : rows) {
                ids.put((String) row[0], (UUID) row[1]);
            }
        }
        return new ByNationalId(ids, createdIds);
    }

    /** New persons without a national ID, their profile still to be derived. */
    public void insertNew(Collection<UUID> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("insert into person (id, version, active_records, updated_at) "
                        + "select unnest(cast(?1 as uuid[])), 0, 0, ?2")
                .setParameter(1, ids.toArray(UUID[]::new)).setParameter(2, now).executeUpdate();
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
