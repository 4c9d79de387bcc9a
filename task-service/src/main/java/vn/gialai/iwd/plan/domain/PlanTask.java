package vn.gialai.iwd.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One task of a plan's Appendix: its wording, who leads and coordinates, and its schedule. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(name = "group_title")
    public String groupTitle;

    @Column(nullable = false)
    public String title;

    @Column(name = "lead_text")
    public String leadText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_units", nullable = false)
    public List<String> leadUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_groups", nullable = false)
    public List<String> leadGroups = new ArrayList<>();

    @Column(name = "coordinating_text")
    public String coordinatingText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coordinating_units", nullable = false)
    public List<String> coordinatingUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coordinating_groups", nullable = false)
    public List<String> coordinatingGroups = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false)
    public ScheduleKind scheduleKind;

    /** The plan's own words for the timeframe ("Quý IV/2024"). */
    @Column(name = "schedule_text")
    public String scheduleText;

    /** DEADLINE only. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** ONGOING and ANNUAL_FROM only: the first year a report is owed for. */
    @Column(name = "start_year")
    public Integer startYear;

    /** AFTER_TRIGGER only; null means the configured default. */
    @Column(name = "days_after_trigger")
    public Integer daysAfterTrigger;

    @Column(name = "triggered_on")
    public LocalDate triggeredOn;

    @Column(name = "trigger_reference")
    public String triggerReference;

    @Column(name = "submission_level")
    public String submissionLevel;

    /** Grows by one with every task.changed event. */
    @Column(nullable = false)
    public long version;

    @Column(name = "published_fingerprint")
    public String publishedFingerprint;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
