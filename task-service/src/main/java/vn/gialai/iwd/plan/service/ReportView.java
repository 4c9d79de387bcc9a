package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ReportStatus;

import java.time.OffsetDateTime;
import java.util.List;

/** A progress report as GET /tasks/{code}/reports returns it and the report.submitted event carries it. */
public record ReportView(long id, String taskCode, String plan, String group, String agency, AgencyRole role,
                         String period, ReportStatus status, String summary, List<String> evidence,
                         OffsetDateTime submittedAt, String submittedBy) {
}
