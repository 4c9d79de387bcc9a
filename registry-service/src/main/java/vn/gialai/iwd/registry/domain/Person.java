package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The natural person behind one or more records; the profile columns are derived from its active records. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    @Column(name = "national_id_hmac")
    public String nationalIdHmac;

    @Column(name = "national_id_last4")
    public String nationalIdLast4;

    @Column(nullable = false)
    public long version;

    @Column(name = "active_records", nullable = false)
    public int activeRecords;

    @Column(name = "highest_qualification")
    public String highestQualification;

    @Column(name = "academic_title")
    public String academicTitle;

    public String sector;

    public String employment;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
