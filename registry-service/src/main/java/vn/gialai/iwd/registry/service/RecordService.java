package vn.gialai.iwd.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.RegistryConfig;
import vn.gialai.iwd.registry.domain.Contribution;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.domain.ProfileSource;
import vn.gialai.iwd.registry.domain.RecordContent;
import vn.gialai.iwd.registry.domain.Unit;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.PersonRepository;
import vn.gialai.iwd.registry.repository.UnitRepository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
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
import java.util.stream.Collectors;

/** Writes what units report: each record judged on its own, then all of a request's records written set-based. */
@ApplicationScoped
public class RecordService {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Written(String unitCode, String externalId, UUID personId, long version, Outcome outcome,
                          List<Finding> warnings) {
    }

    public record Rejection(int index, String externalId, List<Finding> errors) {
    }

    public record ItemWarning(int index, String externalId, Finding finding) {
    }

    public record BatchResult(int received, int created, int updated, int unchanged, List<Rejection> rejected,
                              List<ItemWarning> warnings) {
    }

    /**
     * A record that passed every rule. Its content is hashed as submitted (an absent effectiveDate
     * stays absent), so the same record sent again on another day is UNCHANGED.
     */
    private record Accepted(String externalId, RecordContent content, String hash) {
    }


    private final RecordValidator validator;
    private final NationalIds nationalIds;
    private final UnitRepository units;
    private final PersonRepository persons;
    private final PersonRecordRepository records;
    private final PersonProfiles profiles;
    private final SnapshotService snapshots;
    private final AuditTrail audit;
    private final RegistryConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    RecordService(RecordValidator validator, NationalIds nationalIds, UnitRepository units, PersonRepository persons,
                  PersonRecordRepository records, PersonProfiles profiles, SnapshotService snapshots,
                  AuditTrail audit, RegistryConfig config, ObjectMapper json, Clock clock) {
        this.validator = validator;
        this.nationalIds = nationalIds;
        this.units = units;
        this.persons = persons;
        this.records = records;
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.audit = audit;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** PUT of one record: 422 (as {@link RecordRejectedException}) naming every field in error. */
    @Transactional
    public Written put(Caller caller, String unitCode, String externalId, SubmittedRecord submitted) {
        caller.requireUnit(unitCode);
        requireWritableUnit(unitCode);
        List<Finding> findings = new ArrayList<>(validator.validate(submitted, false));
        RecordValidator.checkExternalId(externalId, findings);
        if (submitted.externalId() != null && !submitted.externalId().equals(externalId)) {
            findings.add(Finding.error("externalId", "EXTERNAL_ID_MISMATCH"));
        }
        List<Finding> errors = findings.stream().filter(finding -> !finding.warning()).toList();
        if (!errors.isEmpty()) {
            throw new RecordRejectedException(errors);
        }
        Written written = write(unitCode, List.of(accept(externalId, submitted.input())), false).get(0);
        audit.record(caller, "RECORD_" + written.outcome(), unitCode + "/" + externalId);
        return new Written(written.unitCode(), written.externalId(), written.personId(), written.version(),
                written.outcome(), warningsOf(findings));
    }

    /**
     * A batch: by default valid records are written and invalid ones reported; {@code atomic} writes
     * nothing unless all are valid; {@code dryRun} only validates and predicts the outcome.
     */
    @Transactional
    public BatchResult batch(Caller caller, String unitCode, List<SubmittedRecord> submitted, boolean atomic,
                             boolean dryRun, UUID snapshotId) {
        Submission submission = open(caller, unitCode, snapshotId);
        if (submitted.size() > config.maxBatchSize()) {
            throw ProblemException.tooLarge("A batch holds at most " + config.maxBatchSize() + " records; split it.");
        }
        BatchResult result = submit(submission, submitted, atomic, dryRun);
        if (atomic && !result.rejected().isEmpty()) {
            throw new BatchRejectedException(result);
        }
        if (!dryRun) {
            audit(caller, "RECORDS_BATCH", unitCode, result.created(), result.updated(), result.unchanged(),
                    result.rejected().size());
        }
        return result;
    }

    /**
     * The records of one request, which may arrive in parts (a spreadsheet is judged and written a
     * batch at a time, in one transaction): an externalId may appear once in all of them, and with
     * {@code atomic} nothing more is written once one record was rejected.
     */
    public static final class Submission {

        private final String unitCode;
        private final UUID snapshotId;
        private final Set<String> seen = new HashSet<>();
        private boolean rejectedAny;

        private Submission(String unitCode, UUID snapshotId) {
            this.unitCode = unitCode;
            this.snapshotId = snapshotId;
        }
    }

    /** Starts a request's records: the caller acts for the unit, the unit takes records, the snapshot is open. */
    @Transactional
    public Submission open(Caller caller, String unitCode, UUID snapshotId) {
        caller.requireUnit(unitCode);
        requireWritableUnit(unitCode);
        if (snapshotId != null) {
            snapshots.requireOpen(unitCode, snapshotId);
        }
        return new Submission(unitCode, snapshotId);
    }

    /**
     * Judges one part of a request's records and writes (or, with {@code dryRun}, predicts) the valid
     * ones set-based. Indexes are positions in the part. With {@code atomic}, once any record of the
     * request was rejected nothing is written and the counts are 0: the caller refuses the request.
     */
    @Transactional
    public BatchResult submit(Submission submission, List<SubmittedRecord> part, boolean atomic, boolean dryRun) {
        List<Rejection> rejected = new ArrayList<>();
        List<ItemWarning> warnings = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>(part.size());
        for (int i = 0; i < part.size(); i++) {
            SubmittedRecord record = part.get(i);
            List<Finding> findings = new ArrayList<>(validator.validate(record, true));
            String externalId = record.externalId();
            if (externalId != null && !submission.seen.add(externalId)) {
                findings.add(Finding.error("externalId", "DUPLICATE_IN_BATCH"));
            }
            List<Finding> errors = findings.stream().filter(finding -> !finding.warning()).toList();
            if (errors.isEmpty()) {
                accepted.add(accept(externalId, record.input()));
                for (Finding warning : warningsOf(findings)) {
                    warnings.add(new ItemWarning(i, externalId, warning));
                }
            } else {
                rejected.add(new Rejection(i, externalId, errors));
            }
        }
        submission.rejectedAny |= !rejected.isEmpty();
        if (atomic && submission.rejectedAny) {
            return new BatchResult(part.size(), 0, 0, 0, rejected, warnings);
        }
        Map<Outcome, Long> counts = write(submission.unitCode, accepted, dryRun).stream()
                .collect(Collectors.groupingBy(Written::outcome, Collectors.counting()));
        if (!dryRun && submission.snapshotId != null) {
            snapshots.addMembers(submission.snapshotId, part.stream().map(SubmittedRecord::externalId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
        }
        return new BatchResult(part.size(), counts.getOrDefault(Outcome.CREATED, 0L).intValue(),
                counts.getOrDefault(Outcome.UPDATED, 0L).intValue(), counts.getOrDefault(Outcome.UNCHANGED, 0L).intValue(),
                rejected, warnings);
    }

    /** The audit row of a request's records, with its counts (never names or national IDs). */
    public void audit(Caller caller, String action, String unitCode, int created, int updated, int unchanged,
                      int rejected) {
        audit.record(caller, action, unitCode + " created=" + created + " updated=" + updated + " unchanged="
                + unchanged + " rejected=" + rejected);
    }

    /** The unit, unless unknown (404) or dissolved before today in Vietnam (422 naming its successors). */
    public Unit requireWritableUnit(String unitCode) {
        Unit unit = units.findByIdOptional(unitCode)
                .orElseThrow(() -> ProblemException.notFound("No unit with code " + unitCode + "."));
        if (unit.validTo != null && unit.validTo.isBefore(LocalDate.now(clock))) {
            throw new UnitRetiredException(unit);
        }
        return unit;
    }

    /**
     * Writes a request's records set-based, whatever their number: one read of the records they
     * replace (unchanged ones stop there), one read of the persons of their national IDs, new persons
     * inserted in one statement with their first profile, the records copied into a staging table and
     * upserted from it in one statement, possible duplicates queued from it in another, the other
     * affected persons' profiles refreshed once.
     */
    private List<Written> write(String unitCode, List<Accepted> items, boolean dryRun) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, PersonRecordRepository.Stored> stored = records.findStored(unitCode,
                items.stream().map(Accepted::externalId).toList());
        List<Written> results = new ArrayList<>(items.size());
        List<Accepted> changed = new ArrayList<>();
        for (Accepted item : items) {
            PersonRecordRepository.Stored before = stored.get(item.externalId());
            if (before == null) {
                changed.add(item);
            } else if (before.active() && before.contentHash().equals(item.hash())) {
                results.add(new Written(unitCode, item.externalId(), before.personId(), before.version(),
                        Outcome.UNCHANGED, List.of()));
            } else {
                changed.add(item);
            }
        }
        if (dryRun) {
            changed.forEach(item -> results.add(new Written(unitCode, item.externalId(), null, 0,
                    stored.containsKey(item.externalId()) ? Outcome.UPDATED : Outcome.CREATED, List.of())));
            return results;
        }
        if (changed.isEmpty()) {
            return results;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, String> last4ByHmac = new HashMap<>();
        changed.stream().map(Accepted::content).filter(content -> content.nationalIdHmac() != null)
                .forEach(content -> last4ByHmac.put(content.nationalIdHmac(), content.nationalIdLast4()));
        Map<String, UUID> personByHmac = new HashMap<>(persons.findByNationalIdHmacs(last4ByHmac.keySet()));
        Map<UUID, PersonProfiles.Identity> newPersons = new HashMap<>();
        last4ByHmac.forEach((hmac, last4) -> {
            if (!personByHmac.containsKey(hmac)) {
                UUID personId = UUID.randomUUID();
                personByHmac.put(hmac, personId);
                newPersons.put(personId, new PersonProfiles.Identity(hmac, last4));
            }
        });
        List<UUID> idsIfNew = changed.stream().map(item -> item.content().nationalIdHmac() == null
                && !stored.containsKey(item.externalId()) ? UUID.randomUUID() : null).toList();
        Assignment assignment = assign(unitCode, changed, idsIfNew, stored, personByHmac, now);
        assignment.newWithoutNationalId().forEach(personId -> newPersons.put(personId, PersonProfiles.Identity.NONE));
        Set<UUID> created = profiles.create(newPersons, assignment.held());
        if (created.size() < newPersons.size()) {
            // A concurrent request created the person of one of these national IDs first: its records join that person.
            Set<String> lost = newPersons.entrySet().stream().filter(entry -> !created.contains(entry.getKey()))
                    .map(entry -> entry.getValue().nationalIdHmac()).collect(Collectors.toSet());
            personByHmac.putAll(persons.findByNationalIdHmacs(lost));
            assignment = assign(unitCode, changed, idsIfNew, stored, personByHmac, now);
        }
        Map<String, Long> versions = records.upsert(unitCode, assignment.staged(), now);
        Set<UUID> existing = assignment.affected().stream().filter(personId -> !created.contains(personId))
                .collect(Collectors.toSet());
        profiles.refresh(existing, new PersonProfiles.Held(unitCode,
                changed.stream().map(Accepted::externalId).toList(), assignment.held()));
        for (PersonRecordRepository.Staged row : assignment.staged()) {
            results.add(new Written(unitCode, row.externalId(), row.personId(), versions.get(row.externalId()),
                    stored.containsKey(row.externalId()) ? Outcome.UPDATED : Outcome.CREATED, List.of()));
        }
        return results;
    }

    /** Changed records with their persons: what to stage, the profiles' sources, the persons whose profile changes. */
    private record Assignment(List<PersonRecordRepository.Staged> staged, List<ProfileSource> held,
                              Set<UUID> affected, Set<UUID> newWithoutNationalId) {
    }

    /**
     * Same national ID, same person; otherwise a record keeps its person, and a new record without
     * a national ID is a new person, under the id reserved for it in {@code idsIfNew} (so that
     * assigning again gives the same).
     */
    private static Assignment assign(String unitCode, List<Accepted> changed, List<UUID> idsIfNew,
                                     Map<String, PersonRecordRepository.Stored> stored, Map<String, UUID> personByHmac,
                                     OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        List<PersonRecordRepository.Staged> staged = new ArrayList<>(changed.size());
        List<ProfileSource> held = new ArrayList<>(changed.size());
        Set<UUID> affected = new HashSet<>();
        Set<UUID> newWithoutNationalId = new HashSet<>();
        for (int i = 0; i < changed.size(); i++) {
            Accepted item = changed.get(i);
            PersonRecordRepository.Stored before = stored.get(item.externalId());
            UUID personId;
            if (item.content().nationalIdHmac() != null) {
                personId = personByHmac.get(item.content().nationalIdHmac());
            } else if (before != null) {
                personId = before.personId();
            } else {
                personId = idsIfNew.get(i);
                newWithoutNationalId.add(personId);
            }
            if (before != null && !before.personId().equals(personId)) {
                affected.add(before.personId());
            }
            affected.add(personId);
            RecordContent content = withEffectiveDate(item.content(), today);
            staged.add(new PersonRecordRepository.Staged(item.externalId(), personId, content,
                    Names.fold(content.fullName()), item.hash()));
            held.add(ProfileSource.of(personId, unitCode, content, now));
        }
        return new Assignment(staged, held, affected, newWithoutNationalId);
    }

    private Accepted accept(String externalId, RecordInput input) {
        RecordContent content = contentOf(input);
        return new Accepted(externalId, content, hashOf(content));
    }

    private RecordContent contentOf(RecordInput input) {
        String nationalIdHmac = input.nationalId() == null ? null : nationalIds.hmac(input.nationalId());
        List<Contribution> contributions = input.contributions() == null ? List.of()
                : input.contributions().stream()
                .map(c -> new Contribution(c.type(), c.title().strip(), c.year(), c.level())).toList();
        return new RecordContent(Names.normalise(input.fullName()), nationalIdHmac,
                input.nationalId() == null ? null : NationalIds.last4(input.nationalId()), input.dateOfBirth(),
                RecordValidator.birthYearOf(input), input.gender(), input.ethnicity(), input.highestQualification(),
                input.academicTitle(), input.fieldOfStudy(), input.sector(), input.employment(),
                input.employer() == null ? null : input.employer().strip(),
                CodeLists.STANDARD_APPLIES.contains(input.employment()) ? input.meetsStandard() : null,
                Boolean.TRUE.equals(input.trainedAbroad()), Boolean.TRUE.equals(input.livesAbroad()),
                Boolean.TRUE.equals(input.foreignNational()), contributions, input.effectiveDate());
    }

    /** A record without an effective date takes effect today (in Vietnam). */
    private static RecordContent withEffectiveDate(RecordContent c, LocalDate today) {
        if (c.effectiveDate() != null) {
            return c;
        }
        return new RecordContent(c.fullName(), c.nationalIdHmac(), c.nationalIdLast4(), c.dateOfBirth(),
                c.birthYear(), c.gender(), c.ethnicity(), c.highestQualification(), c.academicTitle(),
                c.fieldOfStudy(), c.sector(), c.employment(), c.employer(), c.meetsStandard(), c.trainedAbroad(),
                c.livesAbroad(), c.foreignNational(), c.contributions(), today);
    }

    private String hashOf(RecordContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(content));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash record content", e);
        }
    }

    private static List<Finding> warningsOf(List<Finding> findings) {
        return findings.stream().filter(Finding::warning).collect(Collectors.toCollection(ArrayList::new));
    }
}
