package vn.gialai.iwd.plan.domain;

/** What an agency says about its own work in a progress report. */
public enum ReportStatus {
    IN_PROGRESS, DONE
}
