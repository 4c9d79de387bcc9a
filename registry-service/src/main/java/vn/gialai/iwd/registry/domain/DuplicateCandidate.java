package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Two persons that may be one (same name, date of birth and gender, no national ID): a reviewer decides. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate {

    /** SUPERSEDED: a case of a person merged into another, whose question another case already asks. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DuplicateStatus",
            description = "Review status of a duplicate case")
    public enum Status { OPEN, MERGED, DISTINCT, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "other_person_id", nullable = false)
    public UUID otherPersonId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    /**
     * Points the case at two persons in the order PostgreSQL sorts uuids (bytes, unsigned), the order
     * in which the write path queues pairs: one pair, one row.
     */
    public void pair(UUID one, UUID other) {
        boolean oneFirst = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits()) < 0
                || (one.getMostSignificantBits() == other.getMostSignificantBits()
                && Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits()) < 0);
        personId = oneFirst ? one : other;
        otherPersonId = oneFirst ? other : one;
    }
}
