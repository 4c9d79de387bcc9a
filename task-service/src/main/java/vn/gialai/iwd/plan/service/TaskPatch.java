package vn.gialai.iwd.plan.service;

/** PATCH /tasks/{code}: the fields present replace the task's (a schedule as a whole); absent ones stay. */
public record TaskPatch(String plan, String group, String groupTitle, String title, AgencyAssignment lead,
                        AgencyAssignment coordinating, ScheduleInput schedule, String submissionLevel) {
}
