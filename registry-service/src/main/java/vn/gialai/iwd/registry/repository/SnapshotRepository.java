package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.domain.Snapshot;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SnapshotRepository implements PanacheRepositoryBase<Snapshot, UUID> {

    public Snapshot lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void addMembers(UUID snapshotId, Collection<String> externalIds) {
        getEntityManager().createNativeQuery("insert into snapshot_member (snapshot_id, external_id) "
                        + "select ?1, unnest(cast(?2 as varchar[])) on conflict do nothing")
                .setParameter(1, snapshotId).setParameter(2, externalIds.toArray(String[]::new)).executeUpdate();
    }

    /** The unit's active records that the snapshot did not contain. */
    public List<PersonRecord> activeRecordsMissingFrom(Snapshot snapshot) {
        return getEntityManager().createQuery("select r from PersonRecord r where r.unitCode = :unit "
                        + "and r.removedOn is null and not exists (select 1 from SnapshotMember m "
                        + "where m.snapshotId = :snapshot and m.externalId = r.externalId)", PersonRecord.class)
                .setParameter("unit", snapshot.unitCode).setParameter("snapshot", snapshot.id).getResultList();
    }
}
