package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What one unit reports about one person, keyed by (unitCode, externalId). */
@Entity
@Table(name = "person_record")
public class PersonRecord {

    /** Assigned by the database (person_record_seq) when the batch path inserts the record. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "national_id_hmac")
    public String nationalIdHmac;

    @Column(name = "national_id_last4")
    public String nationalIdLast4;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "birth_year", nullable = false)
    public int birthYear;

    @Column(nullable = false)
    public String gender;

    public String ethnicity;

    @Column(name = "highest_qualification", nullable = false)
    public String highestQualification;

    @Column(name = "academic_title")
    public String academicTitle;

    @Column(name = "field_of_study")
    public String fieldOfStudy;

    @Column(nullable = false)
    public String sector;

    @Column(nullable = false)
    public String employment;

    public String employer;

    @Column(name = "meets_standard")
    public Boolean meetsStandard;

    @Column(name = "trained_abroad", nullable = false)
    public boolean trainedAbroad;

    @Column(name = "lives_abroad", nullable = false)
    public boolean livesAbroad;

    @Column(name = "foreign_national", nullable = false)
    public boolean foreignNational;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Contribution> contributions = new ArrayList<>();

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    @Column(name = "removal_reason")
    public String removalReason;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isActive() {
        return removedOn == null;
    }

    /** Dated removal; a date before the record took effect is taken as its effective date. */
    public void remove(String reason, LocalDate on, OffsetDateTime now) {
        removedOn = on.isBefore(effectiveDate) ? effectiveDate : on;
        removalReason = reason;
        version++;
        updatedAt = now;
    }
}
