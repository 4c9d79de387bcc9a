package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ReportStatus;

import java.time.OffsetDateTime;
import java.util.List;

/** A progress report as GET /tasks/{code}/reports returns it (the report.submitted event has events.ReportSubmitted). */
public record ReportView(@Schema(required = true) long id, @Schema(required = true) String taskCode, @Schema(required = true) String plan, @Schema(required = true) String group, @Schema(required = true) String agency,
                         @Schema(required = true) AgencyRole role, @Schema(required = true, examples = "2025") String period,
                         @Schema(required = true) ReportStatus status, @Schema(required = true) String summary, @Schema(required = true) List<String> evidence,
                         @Schema(required = true) OffsetDateTime submittedAt,
                         @Schema(required = true, description = "Client that submitted it") String submittedBy) {
}
