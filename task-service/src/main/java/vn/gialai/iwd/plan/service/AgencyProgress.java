package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;

/** One agency's part in a task on the day asked about; reports of its predecessors count as its own. */
public record AgencyProgress(@Schema(required = true) String code, @Schema(required = true, nullable = true) String nameVi, @Schema(required = true) AgencyRole role, @Schema(required = true) TaskStatus status,
                             @Schema(required = true) int reports, @Schema(required = true, nullable = true) String lastPeriod, @Schema(required = true, nullable = true) ReportStatus lastStatus,
                             @Schema(required = true, nullable = true) LocalDate lastSubmittedOn) {
}
