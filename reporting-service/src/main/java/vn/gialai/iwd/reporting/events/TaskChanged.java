package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Tolerant reader of task-service's {@code vn.gialai.iwd.plan.task.changed}
 * (docs/events/task-changed.schema.json): the whole task after each change, with each agency's
 * reporting obligations, so {@code plan.report.submitted} adds nothing reporting needs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskChanged(String code, String group, String title, List<String> leadAgencies, String status,
                          List<Obligation> obligations, long version) {

    public static final String TYPE = "vn.gialai.iwd.plan.task.changed";

    /** A report an agency owes for a period: SUBMITTED, MISSING (overdue) or PENDING (not yet due). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Obligation(String agency, String period, String dueDate, String state) {
    }
}
