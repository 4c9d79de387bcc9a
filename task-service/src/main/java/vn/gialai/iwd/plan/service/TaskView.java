package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as GET /tasks returns it and as the task.changed event carries it: the definition, the
 * agencies responsible on {@code statusAsOf} (groups expanded, successors followed), and the derived
 * status, per-agency progress and owed reports on that day.
 */
public record TaskView(String code, String plan, String group, String groupTitle, String title,
                       List<String> leadAgencies, List<String> coordinatingAgencies,
                       AgencyAssignment lead, AgencyAssignment coordinating, ScheduleView schedule,
                       String submissionLevel, TaskStatus status, LocalDate statusAsOf,
                       List<AgencyProgress> agencies, List<Obligation> obligations, long version) {
}
