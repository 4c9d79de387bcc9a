package vn.gialai.iwd.plan.domain;

/** Derived, never stored: follows from the schedule, the trigger, the reports and the day asked about. */
public enum TaskStatus {
    WAITING_TRIGGER, NOT_STARTED, IN_PROGRESS, DONE, OVERDUE
}
