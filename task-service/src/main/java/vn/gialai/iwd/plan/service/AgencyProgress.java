package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;

/** One agency's part in a task on the day asked about; reports of its predecessors count as its own. */
public record AgencyProgress(String code, String nameVi, AgencyRole role, TaskStatus status, int reports,
                             String lastPeriod, ReportStatus lastStatus, LocalDate lastSubmittedOn) {
}
