package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Tolerant reader of task-service's {@code vn.gialai.iwd.plan.report.submitted}: one agency's report for a period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportSubmitted(String taskCode, String agency, String period, String status) {

    public static final String TYPE = "vn.gialai.iwd.plan.report.submitted";
}
