package vn.gialai.iwd.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import vn.gialai.iwd.registry.config.RegistryConfig;
import vn.gialai.iwd.registry.domain.Contribution;
import vn.gialai.iwd.registry.domain.Person;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.domain.Unit;
import vn.gialai.iwd.registry.repository.DuplicateCandidateRepository;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.PersonRepository;
import vn.gialai.iwd.registry.repository.UnitRepository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes what units report: validation, person linking, versions, profile events; all or nothing per request. */
@ApplicationScoped
public class RecordService {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Written(PersonRecord record, Outcome outcome, List<Finding> warnings) {
    }

    public record Rejection(int index, String externalId, List<Finding> errors) {
    }

    public record ItemWarning(int index, String externalId, Finding finding) {
    }

    public record BatchResult(int received, int created, int updated, int unchanged, List<Rejection> rejected,
                              List<ItemWarning> warnings) {
    }

    /** What the registry keeps of a record, after normalisation: its hash tells UNCHANGED from UPDATED. */
    private record Content(String fullName, String nationalIdHmac, String nationalIdLast4, LocalDate dateOfBirth,
                           int birthYear, String gender, String ethnicity, String highestQualification,
                           String academicTitle, String fieldOfStudy, String sector, String employment, String employer,
                           Boolean meetsStandard, boolean trainedAbroad, boolean livesAbroad, boolean foreignNational,
                           List<Contribution> contributions, LocalDate effectiveDate) {
    }

    /** A valid record about to be written, with its content normalised and the record it replaces. */
    private record Pending(String externalId, Content content, String hash, PersonRecord existing) {

        Outcome outcome() {
            if (existing == null) {
                return Outcome.CREATED;
            }
            return existing.isActive() && existing.contentHash.equals(hash) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
    }

    private static final Set<String> STANDARD_APPLIES = Set.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE");

    private final RecordValidator validator;
    private final NationalIds nationalIds;
    private final UnitRepository units;
    private final PersonRepository persons;
    private final PersonRecordRepository records;
    private final DuplicateCandidateRepository duplicates;
    private final PersonProfiles profiles;
    private final SnapshotService snapshots;
    private final AuditTrail audit;
    private final RegistryConfig config;
    private final ObjectMapper json;

    RecordService(RecordValidator validator, NationalIds nationalIds, UnitRepository units, PersonRepository persons,
                  PersonRecordRepository records, DuplicateCandidateRepository duplicates, PersonProfiles profiles,
                  SnapshotService snapshots, AuditTrail audit, RegistryConfig config, ObjectMapper json) {
        this.validator = validator;
        this.nationalIds = nationalIds;
        this.units = units;
        this.persons = persons;
        this.records = records;
        this.duplicates = duplicates;
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.audit = audit;
        this.config = config;
        this.json = json;
    }

    /** PUT of one record: 422 (as {@link RecordRejectedException}) when invalid. */
    @Transactional
    public Written put(Caller caller, String unitCode, String externalId, RecordInput input) {
        caller.requireUnit(unitCode);
        requireWritableUnit(unitCode);
        List<Finding> findings = validator.validate(input);
        checkExternalId("externalId", externalId, findings);
        if (findings.stream().anyMatch(finding -> !finding.warning())) {
            throw new RecordRejectedException(findings.stream().filter(finding -> !finding.warning()).toList());
        }
        PersonRecord existing = records.findByKey(unitCode, externalId).orElse(null);
        Written written = writeAll(unitCode, List.of(pending(externalId, input, existing))).get(0);
        written = new Written(written.record(), written.outcome(), warningsOf(findings));
        audit.record(caller, "RECORD_" + written.outcome(), unitCode + "/" + externalId);
        return written;
    }

    /**
     * A batch: by default valid records are written and invalid ones reported; {@code atomic} writes
     * nothing unless all are valid; {@code dryRun} only validates and predicts the outcome.
     */
    @Transactional
    public BatchResult batch(Caller caller, String unitCode, List<RecordInput> inputs, boolean atomic, boolean dryRun,
                             UUID snapshotId) {
        caller.requireUnit(unitCode);
        requireWritableUnit(unitCode);
        if (inputs.size() > config.maxBatchSize()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "A batch holds at most " + config.maxBatchSize() + " records; split it.");
        }
        if (snapshotId != null) {
            snapshots.requireOpen(unitCode, snapshotId);
        }
        List<Rejection> rejected = new ArrayList<>();
        List<ItemWarning> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RecordInput input = inputs.get(i);
            List<Finding> findings = input == null ? List.of(Finding.error("records[" + i + "]", "REQUIRED"))
                    : validator.validate(input);
            String externalId = input == null ? null : input.externalId();
            if (input != null) {
                findings = new ArrayList<>(findings);
                checkExternalId("externalId", externalId, findings);
                if (externalId != null && !seen.add(externalId)) {
                    findings.add(Finding.error("externalId", "DUPLICATE_IN_BATCH"));
                }
            }
            List<Finding> errors = findings.stream().filter(finding -> !finding.warning()).toList();
            if (errors.isEmpty()) {
                valid.add(i);
                for (Finding warning : warningsOf(findings)) {
                    warnings.add(new ItemWarning(i, externalId, warning));
                }
            } else {
                rejected.add(new Rejection(i, externalId, errors));
            }
        }
        if (atomic && !rejected.isEmpty()) {
            throw new BatchRejectedException(new BatchResult(inputs.size(), 0, 0, 0, rejected, warnings));
        }
        Map<String, PersonRecord> existing = records.list("unitCode = ?1 and externalId in ?2", unitCode,
                        valid.stream().map(i -> inputs.get(i).externalId()).toList())
                .stream().collect(Collectors.toMap(r -> r.externalId, Function.identity()));
        List<Pending> pending = valid.stream().map(i -> inputs.get(i))
                .map(input -> pending(input.externalId(), input, existing.get(input.externalId())))
                .toList();
        int[] counts = new int[Outcome.values().length];
        if (dryRun) {
            pending.forEach(item -> counts[item.outcome().ordinal()]++);
        } else {
            writeAll(unitCode, pending).forEach(written -> counts[written.outcome().ordinal()]++);
        }
        BatchResult result = new BatchResult(inputs.size(), counts[Outcome.CREATED.ordinal()], counts[Outcome.UPDATED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()], rejected, warnings);
        if (!dryRun) {
            if (snapshotId != null) {
                snapshots.addMembers(snapshotId, inputs.stream().filter(Objects::nonNull)
                        .map(RecordInput::externalId).filter(Objects::nonNull).collect(Collectors.toSet()));
            }
            audit.record(caller, "RECORDS_BATCH", unitCode + " created=" + result.created() + " updated="
                    + result.updated() + " unchanged=" + result.unchanged() + " rejected=" + rejected.size());
        }
        return result;
    }

    /** One record, with personal data: an audited read. */
    @Transactional
    public PersonRecord find(Caller caller, String unitCode, String externalId) {
        caller.requireUnit(unitCode);
        PersonRecord record = records.findByKey(unitCode, externalId)
                .orElseThrow(() -> ProblemException.notFound("No record " + externalId + " in unit " + unitCode + "."));
        audit.record(caller, "RECORD_READ", unitCode + "/" + externalId);
        return record;
    }

    /** A page of a unit's records in (updatedAt, id) order, after the cursor position; an audited read. */
    @Transactional
    public List<PersonRecord> page(Caller caller, String unitCode, OffsetDateTime updatedSince, RecordCursor after,
                                   int limit) {
        caller.requireUnit(unitCode);
        if (units.findByIdOptional(unitCode).isEmpty()) {
            throw ProblemException.notFound("No unit with code " + unitCode + ".");
        }
        RecordCursor position = after == null ? RecordCursor.START : after;
        List<PersonRecord> page = records.pageOfUnit(unitCode,
                updatedSince == null ? RecordCursor.START.updatedAt() : updatedSince, position.updatedAt(),
                position.id(), limit);
        audit.record(caller, "RECORDS_LISTED", unitCode + " count=" + page.size());
        return page;
    }

    /** Removes a record as of a date; ERROR also erases it from history. Removing twice changes nothing. */
    @Transactional
    public void remove(Caller caller, String unitCode, String externalId, String reason, LocalDate effectiveDate) {
        caller.requireUnit(unitCode);
        PersonRecord record = records.findByKey(unitCode, externalId)
                .orElseThrow(() -> ProblemException.notFound("No record " + externalId + " in unit " + unitCode + "."));
        if (!record.isActive()) {
            return;
        }
        record.remove(reason, effectiveDate);
        profiles.refresh(Set.of(record.personId));
        audit.record(caller, "RECORD_REMOVED", unitCode + "/" + externalId + " reason=" + reason);
    }

    public Unit requireWritableUnit(String unitCode) {
        Unit unit = units.findByIdOptional(unitCode)
                .orElseThrow(() -> ProblemException.notFound("No unit with code " + unitCode + "."));
        if (unit.validTo != null && unit.validTo.isBefore(LocalDate.now())) {
            throw new UnitRetiredException(unit);
        }
        return unit;
    }

    /**
     * Writes a request's records set-based, whatever their number: persons of national IDs resolved
     * in one statement, records inserted and updated in JDBC batches, possible duplicates found in
     * one query, every affected profile refreshed once.
     */
    private List<Written> writeAll(String unitCode, List<Pending> items) {
        // Flushes happen where this method says, not before every query: with thousands of managed
        // records, Hibernate's automatic flush before each query dominated the cost of a batch.
        records.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        List<Pending> changed = items.stream().filter(item -> item.outcome() != Outcome.UNCHANGED).toList();
        Map<String, String> last4ByHmac = new HashMap<>();
        changed.stream().map(Pending::content).filter(content -> content.nationalIdHmac() != null)
                .forEach(content -> last4ByHmac.put(content.nationalIdHmac(), content.nationalIdLast4()));
        Map<String, UUID> personByHmac = persons.findOrCreateByNationalIdHmacs(last4ByHmac);
        Set<UUID> affected = new HashSet<>();
        List<PersonRecord> written = new ArrayList<>();
        List<Written> results = new ArrayList<>(items.size());
        OffsetDateTime now = OffsetDateTime.now();
        for (Pending item : items) {
            PersonRecord record = item.existing();
            Outcome outcome = item.outcome();
            if (outcome == Outcome.UNCHANGED) {
                results.add(new Written(record, Outcome.UNCHANGED, List.of()));
                continue;
            }
            UUID personId = personFor(item, personByHmac, now);
            if (record == null) {
                record = new PersonRecord();
                record.unitCode = unitCode;
                record.externalId = item.externalId();
                record.createdAt = now;
            } else if (!record.personId.equals(personId)) {
                affected.add(record.personId);
            }
            record.personId = personId;
            apply(item.content(), record);
            record.contentHash = item.hash();
            record.removedOn = null;
            record.removalReason = null;
            record.version++;
            record.updatedAt = now;
            if (record.id == null) {
                records.persist(record);
            }
            affected.add(personId);
            written.add(record);
            results.add(new Written(record, outcome, List.of()));
        }
        records.flush();
        queuePossibleDuplicates(written);
        profiles.refresh(affected, written);
        return results;
    }

    /** Same national ID, same person; otherwise a record keeps its person, and a new record gets a new one. */
    private UUID personFor(Pending item, Map<String, UUID> personByHmac, OffsetDateTime now) {
        if (item.content().nationalIdHmac() != null) {
            return personByHmac.get(item.content().nationalIdHmac());
        }
        if (item.existing() != null) {
            return item.existing().personId;
        }
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.updatedAt = now;
        persons.persist(person);
        return person.id;
    }

    /** Records without a national ID are compared by name, date of birth and gender; matches go to review. */
    private void queuePossibleDuplicates(List<PersonRecord> written) {
        List<PersonRecord> candidates = written.stream()
                .filter(record -> record.nationalIdHmac == null && record.dateOfBirth != null).toList();
        duplicates.queueAll(records.possibleDuplicatesOf(candidates));
    }

    private Pending pending(String externalId, RecordInput input, PersonRecord existing) {
        Content content = contentOf(input);
        return new Pending(externalId, content, hashOf(content), existing);
    }

    private Content contentOf(RecordInput input) {
        String nationalIdHmac = input.nationalId() == null ? null : nationalIds.hmac(input.nationalId());
        List<Contribution> contributions = input.contributions() == null ? List.of()
                : input.contributions().stream()
                .map(c -> new Contribution(c.type(), c.title().strip(), c.year(), c.level())).toList();
        return new Content(Names.normalise(input.fullName()), nationalIdHmac,
                input.nationalId() == null ? null : NationalIds.last4(input.nationalId()), input.dateOfBirth(),
                RecordValidator.birthYearOf(input), input.gender(), input.ethnicity(), input.highestQualification(),
                input.academicTitle(), input.fieldOfStudy(), input.sector(), input.employment(),
                input.employer() == null ? null : input.employer().strip(),
                STANDARD_APPLIES.contains(input.employment()) ? input.meetsStandard() : null,
                Boolean.TRUE.equals(input.trainedAbroad()), Boolean.TRUE.equals(input.livesAbroad()),
                Boolean.TRUE.equals(input.foreignNational()), contributions,
                input.effectiveDate() == null ? LocalDate.now() : input.effectiveDate());
    }

    private static void apply(Content content, PersonRecord record) {
        record.fullName = content.fullName();
        record.nameKey = Names.fold(content.fullName());
        record.nationalIdHmac = content.nationalIdHmac();
        record.nationalIdLast4 = content.nationalIdLast4();
        record.dateOfBirth = content.dateOfBirth();
        record.birthYear = content.birthYear();
        record.gender = content.gender();
        record.ethnicity = content.ethnicity();
        record.highestQualification = content.highestQualification();
        record.academicTitle = content.academicTitle();
        record.fieldOfStudy = content.fieldOfStudy();
        record.sector = content.sector();
        record.employment = content.employment();
        record.employer = content.employer();
        record.meetsStandard = content.meetsStandard();
        record.trainedAbroad = content.trainedAbroad();
        record.livesAbroad = content.livesAbroad();
        record.foreignNational = content.foreignNational();
        record.contributions = content.contributions();
        record.effectiveDate = content.effectiveDate();
    }

    private String hashOf(Content content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(content));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash record content", e);
        }
    }

    private static void checkExternalId(String field, String externalId, List<Finding> findings) {
        if (externalId == null || externalId.isBlank()) {
            findings.add(Finding.error(field, "REQUIRED"));
        } else if (!RecordValidator.EXTERNAL_ID.matcher(externalId).matches()) {
            findings.add(Finding.error(field, "INVALID_FORMAT"));
        }
    }

    private static List<Finding> warningsOf(List<Finding> findings) {
        return findings.stream().filter(Finding::warning).collect(Collectors.toCollection(ArrayList::new));
    }
}
