package vn.gialai.iwd.registry.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import vn.gialai.iwd.registry.domain.Contribution;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.domain.ProfileSource;
import vn.gialai.iwd.registry.domain.RecordContent;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRecordRepository implements PanacheRepository<PersonRecord> {

    /** What a batch needs to know of a record it may replace. */
    public record Stored(UUID personId, String contentHash, boolean active, long version) {
    }

    /** A record about to be written: its content, the person it belongs to, its folded name and the content's hash. */
    public record Staged(String externalId, UUID personId, RecordContent content, String nameKey, String contentHash) {
    }

    /** The columns a write sets, in the order of the staging table. */
    private static final String CONTENT_COLUMNS = "full_name, name_key, national_id_hmac, national_id_last4, "
            + "date_of_birth, birth_year, gender, ethnicity, highest_qualification, academic_title, field_of_study, "
            + "sector, employment, employer, meets_standard, trained_abroad, lives_abroad, foreign_national, "
            + "contributions, effective_date, content_hash";
    private static final String STAGE_COLUMNS = "external_id, person_id, " + CONTENT_COLUMNS;
    /** Transaction-scoped: created by a connection's first batch (later ones find it), emptied at every commit. */
    private static final String CREATE_STAGE = "create temporary table if not exists record_stage ("
            + "external_id varchar(64) not null, person_id uuid not null, full_name varchar(200), "
            + "name_key varchar(200), national_id_hmac varchar(64), national_id_last4 varchar(4), date_of_birth date, "
            + "birth_year integer, gender char(1), ethnicity varchar(2), highest_qualification varchar(16), "
            + "academic_title varchar(32), field_of_study varchar(2), sector varchar(32), employment varchar(32), "
            + "employer varchar(300), meets_standard boolean, trained_abroad boolean, lives_abroad boolean, "
            + "foreign_national boolean, contributions jsonb, effective_date date, content_hash varchar(64)"
            + ") on commit delete rows";
    private static final String UPSERT_FROM_STAGE = "insert into person_record as r (unit_code, " + STAGE_COLUMNS
            + ", version, created_at, updated_at) select ?1, " + STAGE_COLUMNS + ", 1, ?2, ?2 from record_stage "
            + "order by external_id on conflict (unit_code, external_id) do update set person_id = excluded.person_id, "
            + CONTENT_COLUMNS.replaceAll("(\\w+)", "$1 = excluded.$1")
            + ", removed_on = null, removal_reason = null, version = r.version + 1, updated_at = excluded.updated_at "
            + "returning external_id, version";
    /**
     * Each staged record against every active record of another person with the same folded name,
     * date of birth and gender, whichever came first and whichever has a national ID; two persons that
     * both have one are not compared (different IDs are different people).
     */
    private static final String QUEUE_POSSIBLE_DUPLICATES = "insert into duplicate_candidate "
            + "(person_id, other_person_id, status, created_at) "
            + "select distinct least(s.person_id, r.person_id), greatest(s.person_id, r.person_id), 'OPEN', cast(?1 as timestamptz) "
            + "from record_stage s join person_record r on r.name_key = s.name_key "
            + "and r.date_of_birth = s.date_of_birth and r.gender = s.gender and r.person_id <> s.person_id "
            + "and r.removed_on is null "
            + "join person mine on mine.id = s.person_id join person other on other.id = r.person_id "
            + "where s.date_of_birth is not null and (mine.national_id_hmac is null or other.national_id_hmac is null) "
            + "on conflict (person_id, other_person_id) do nothing";
    private static final TypeReference<List<Contribution>> CONTRIBUTIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    PersonRecordRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<PersonRecord> findByKey(String unitCode, String externalId) {
        return find("unitCode = ?1 and externalId = ?2", unitCode, externalId).firstResultOptional();
    }

    /** The unit's records with these external IDs, by external ID: one indexed read for a whole batch. */
    @SuppressWarnings("unchecked")
    public Map<String, Stored> findStored(String unitCode, Collection<String> externalIds) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select external_id, person_id, content_hash, "
                        + "removed_on is null, version from person_record where unit_code = ?1 and external_id = any(cast(?2 as varchar[]))")
                .setParameter(1, unitCode).setParameter(2, externalIds.toArray(String[]::new)).getResultList();
        Map<String, Stored> stored = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            stored.put((String) row[0], new Stored((UUID) row[1], (String) row[2], (Boolean) row[3],
                    ((Number) row[4]).longValue()));
        }
        return stored;
    }

    /**
     * Writes the records set-based: {@code COPY} into a staging table, one insert-or-update of the
     * unit's records from it, then possible duplicates queued from it in one statement.
     *
     * @return each written record's version, by external ID
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> upsert(String unitCode, List<Staged> rows, OffsetDateTime now) {
        copyIntoStage(rows);
        List<Object[]> written = getEntityManager().createNativeQuery(UPSERT_FROM_STAGE)
                .setParameter(1, unitCode).setParameter(2, now).getResultList();
        Map<String, Long> result = new HashMap<>(written.size() * 2);
        for (Object[] row : written) {
            result.put((String) row[0], ((Number) row[1]).longValue());
        }
        getEntityManager().createNativeQuery(QUEUE_POSSIBLE_DUPLICATES).setParameter(1, now).executeUpdate();
        return result;
    }

    /** The records of these persons, except the unit's records with the given external IDs (a request holds those). */
    @SuppressWarnings("unchecked")
    public List<ProfileSource> profileSourcesOf(Collection<UUID> personIds, String exceptUnit,
                                                Collection<String> exceptExternalIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select person_id, unit_code, birth_year, gender, "
                        + "ethnicity, highest_qualification, academic_title, field_of_study, sector, employment, "
                        + "meets_standard, trained_abroad, lives_abroad, foreign_national, cast(contributions as text), "
                        + "effective_date, removed_on, removal_reason, updated_at from person_record "
                        + "where person_id = any(cast(?1 as uuid[])) "
                        + "and not (unit_code = ?2 and external_id = any(cast(?3 as varchar[])))")
                .setParameter(1, personIds.toArray(UUID[]::new))
                .setParameter(2, exceptUnit == null ? "" : exceptUnit)
                .setParameter(3, exceptExternalIds.toArray(String[]::new))
                .getResultList();
        return rows.stream().map(row -> new ProfileSource((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(),
                String.valueOf(row[3]) /* char(1): a Character */, (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (Boolean) row[10], (Boolean) row[11], (Boolean) row[12], (Boolean) row[13],
                contributionsOf((String) row[14]), toLocalDate(row[15]), toLocalDate(row[16]), (String) row[17],
                toOffsetDateTime(row[18]))).toList();
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

    private void copyIntoStage(List<Staged> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 400);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Staged row : rows) {
                RecordContent c = row.content();
                printer.printRecord(row.externalId(), row.personId(), c.fullName(), row.nameKey(), c.nationalIdHmac(),
                        c.nationalIdLast4(), c.dateOfBirth(), c.birthYear(), c.gender(), c.ethnicity(),
                        c.highestQualification(), c.academicTitle(), c.fieldOfStudy(), c.sector(), c.employment(),
                        c.employer(), c.meetsStandard(), c.trainedAbroad(), c.livesAbroad(), c.foreignNational(),
                        json.writeValueAsString(c.contributions()), c.effectiveDate(), row.contentHash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage records", e);
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_STAGE);
            }
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy record_stage (" + STAGE_COLUMNS + ") from stdin with (format csv)",
                        new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stage records", e);
            }
        });
    }

    private List<Contribution> contributionsOf(String text) {
        try {
            return json.readValue(text, CONTRIBUTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contributions are not readable", e);
        }
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
