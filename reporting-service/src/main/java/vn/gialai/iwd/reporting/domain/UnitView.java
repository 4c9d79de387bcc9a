package vn.gialai.iwd.reporting.domain;

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

/** The registry's unit as last published; {@code version} guards against stale or repeated events. */
@Entity
@Table(name = "unit_view")
public class UnitView {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "successor_codes", nullable = false)
    public List<String> successorCodes = new ArrayList<>();

    @Column(nullable = false)
    public long version;

    @Column(name = "event_time", nullable = false)
    public OffsetDateTime eventTime;
}
