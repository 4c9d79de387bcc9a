package vn.gialai.iwd.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One edit of a target (the seed counts as the first): who changed what, when, from which value. */
@Entity
@Table(name = "target_change")
public class TargetChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String indicator;

    @Column(nullable = false)
    public int year;

    @Column(name = "old_value")
    public BigDecimal oldValue;

    @Column(name = "new_value", nullable = false)
    public BigDecimal newValue;

    @Column(nullable = false)
    public String source;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;
}
