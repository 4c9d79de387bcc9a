package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as GET /tasks returns it: the definition, the agencies responsible on {@code statusAsOf}
 * (groups expanded, successors followed), and the derived status, per-agency progress and owed
 * reports on that day. The task.changed event has its own record, events.TaskChanged.
 */
public record TaskView(@Schema(required = true, examples = "III.3") String code, @Schema(required = true) String plan,
                       @Schema(required = true, examples = "III") String group, @Schema(required = true, nullable = true) String groupTitle,
                       @Schema(required = true, description = "The task, verbatim (Vietnamese)") String title,
                       @Schema(required = true, description = "Unit codes that lead (and owe the reports) on statusAsOf")
                       List<String> leadAgencies,
                       @Schema(required = true, description = "Unit codes that coordinate on statusAsOf")
                       List<String> coordinatingAgencies,
                       @Schema(required = true) AgencyAssignment lead, @Schema(required = true) AgencyAssignment coordinating, @Schema(required = true) ScheduleView schedule,
                       @Schema(required = true, nullable = true, description = "Who the results go to, e.g. UBND tỉnh")
                       String submissionLevel,
                       @Schema(required = true) TaskStatus status, @Schema(required = true) LocalDate statusAsOf,
                       @Schema(required = true) List<AgencyProgress> agencies, @Schema(required = true) List<Obligation> obligations,
                       @Schema(required = true, description = "Grows by one with each change") long version) {
}
