package vn.gialai.iwd.plan.events;

import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ReportStatus;

import java.time.OffsetDateTime;
import java.util.List;

/** Data of {@code vn.gialai.iwd.plan.report.submitted}, exactly as docs/events/report-submitted.schema.json describes it. */
public record ReportSubmitted(long id, String taskCode, String plan, String group, String agency, AgencyRole role,
                              String period, ReportStatus status, String summary, List<String> evidence,
                              OffsetDateTime submittedAt, String submittedBy) {

    public static final String TYPE = "vn.gialai.iwd.plan.report.submitted";
}
