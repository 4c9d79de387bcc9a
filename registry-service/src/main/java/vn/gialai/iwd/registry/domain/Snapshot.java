package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A unit's announcement that the batches tagged with this id are its complete list. */
@Entity
@Table(name = "snapshot")
public class Snapshot {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "committed_at")
    public OffsetDateTime committedAt;

    @Column(name = "removed_count")
    public Integer removedCount;
}
