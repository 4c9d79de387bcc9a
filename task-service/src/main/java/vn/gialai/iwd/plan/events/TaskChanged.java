package vn.gialai.iwd.plan.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ObligationState;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.ScheduleKind;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Data of {@code vn.gialai.iwd.plan.task.changed}, exactly as docs/events/task-changed.schema.json
 * describes it. Its own records, not the REST view, so that the API may change without changing
 * what consumers replaying the topic read.
 */
public record TaskChanged(String code, String plan, String group, String groupTitle, String title,
                          List<String> leadAgencies, List<String> coordinatingAgencies,
                          Assignment lead, Assignment coordinating, Schedule schedule, String submissionLevel,
                          TaskStatus status, LocalDate statusAsOf, List<AgencyPart> agencies,
                          List<OwedReport> obligations, long version) {

    public static final String TYPE = "vn.gialai.iwd.plan.task.changed";

    /** The plan's wording of the lead or coordinating agencies and the unit and group codes it names. */
    public record Assignment(String text, List<String> units, List<String> groups) {
    }

    /** The schedule; fields that do not apply to its kind are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(ScheduleKind kind, String text, LocalDate dueDate, Integer startYear, MonthDay reportDue,
                           Integer daysAfterTrigger, LocalDate triggeredOn, String triggerReference) {
    }

    /** One agency's part in the task on statusAsOf. */
    public record AgencyPart(String code, String nameVi, AgencyRole role, TaskStatus status, int reports,
                             String lastPeriod, ReportStatus lastStatus, LocalDate lastSubmittedOn) {
    }

    /** A report a lead agency owes up to statusAsOf. */
    public record OwedReport(String agency, String period, LocalDate dueDate, ObligationState state,
                             LocalDate submittedOn) {
    }
}
