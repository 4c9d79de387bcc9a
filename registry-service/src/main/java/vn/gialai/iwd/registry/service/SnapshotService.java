package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.domain.Snapshot;
import vn.gialai.iwd.registry.repository.SnapshotRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Full-list reporting: whatever a unit's committed snapshot did not contain is removed as NOT_REPORTED. */
@ApplicationScoped
public class SnapshotService {

    private final SnapshotRepository snapshots;
    private final PersonProfiles profiles;
    private final AuditTrail audit;
    private final Clock clock;
    private final UnitService units;

    SnapshotService(SnapshotRepository snapshots, PersonProfiles profiles, AuditTrail audit, Clock clock, UnitService units) {
        this.snapshots = snapshots;
        this.units = units;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Snapshot open(Caller caller, String unitCode) {
        caller.requireUnit(unitCode);
        units.get(unitCode);
        Snapshot snapshot = new Snapshot();
        snapshot.id = UUID.randomUUID();
        snapshot.unitCode = unitCode;
        snapshot.createdAt = OffsetDateTime.now(clock);
        snapshot.createdBy = caller.clientId();
        snapshots.persist(snapshot);
        audit.record(caller, "SNAPSHOT_OPENED", unitCode + "/" + snapshot.id);
        return snapshot;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOpen(String unitCode, UUID snapshotId) {
        Snapshot snapshot = snapshots.findById(snapshotId);
        if (snapshot == null || !snapshot.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("No snapshot " + snapshotId + " for unit " + unitCode + ".");
        }
        if (snapshot.committedAt != null) {
            throw ProblemException.conflict("Snapshot " + snapshotId + " is already committed.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addMembers(UUID snapshotId, Collection<String> externalIds) {
        snapshots.addMembers(snapshotId, externalIds);
    }

    /** Removes what the snapshot lacks; committing again returns the first result. */
    @Transactional
    public Snapshot commit(Caller caller, String unitCode, UUID snapshotId) {
        caller.requireUnit(unitCode);
        Snapshot snapshot = snapshots.lock(snapshotId);
        if (snapshot == null || !snapshot.unitCode.equals(unitCode)) {
            throw ProblemException.notFound("No snapshot " + snapshotId + " for unit " + unitCode + ".");
        }
        if (snapshot.committedAt != null) {
            return snapshot;
        }
        List<PersonRecord> missing = snapshots.activeRecordsMissingFrom(snapshot);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PersonRecord record : missing) {
            record.remove("NOT_REPORTED", now.toLocalDate(), now);
        }
        Set<UUID> affected = missing.stream().map(record -> record.personId).collect(Collectors.toSet());
        profiles.refresh(affected);
        snapshot.committedAt = now;
        snapshot.removedCount = missing.size();
        audit.record(caller, "SNAPSHOT_COMMITTED", unitCode + "/" + snapshotId + " removed=" + missing.size());
        return snapshot;
    }
}
