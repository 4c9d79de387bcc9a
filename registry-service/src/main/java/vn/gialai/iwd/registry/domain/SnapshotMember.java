package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** An external ID that a snapshot's batches contained. */
@Entity
@Table(name = "snapshot_member")
@IdClass(SnapshotMember.Key.class)
public class SnapshotMember {

    @Id
    @Column(name = "snapshot_id")
    public UUID snapshotId;

    @Id
    @Column(name = "external_id")
    public String externalId;

    public record Key(UUID snapshotId, String externalId) implements Serializable {
    }
}
