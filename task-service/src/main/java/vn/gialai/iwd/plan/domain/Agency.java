package vn.gialai.iwd.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A registry unit acting as an agency of the plan, as registry last published it. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    /** Registry's unit kind (PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, ORGANIZATION, or one added later). */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day the unit exists; null while it still does. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "successor_codes", nullable = false)
    public List<String> successorCodes = new ArrayList<>();

    /** Registry's per-unit version; 0 for the rows seeded before any event. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean hasEndedBy(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}
