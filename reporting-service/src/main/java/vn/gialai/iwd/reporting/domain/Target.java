package vn.gialai.iwd.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A plan target for one indicator and year; edits are recorded in {@link TargetChange}. */
@Entity
@Table(name = "target")
@IdClass(Target.Key.class)
public class Target {

    @Id
    public String indicator;

    @Id
    public int year;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static class Key implements Serializable {
        public String indicator;
        public int year;

        public Key() {
        }

        public Key(String indicator, int year) {
            this.indicator = indicator;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.indicator, indicator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicator, year);
        }
    }
}
