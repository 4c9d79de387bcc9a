package vn.gialai.iwd.plan.domain;

/** How the Appendix's "Thời gian thực hiện" sets a task's due dates. */
public enum ScheduleKind {
    /** "Thường xuyên": continuous work, reported on every year from the start year. */
    ONGOING,
    /** A fixed due date ("Quý IV/2024" = 2024-12-31); done once. */
    DEADLINE,
    /** Due a number of days after an outside act (a decree, a strategy) that plan-admin records; done once. */
    AFTER_TRIGGER,
    /** A report (or update) due every year from the start year. */
    ANNUAL_FROM;

    /** Whether the task is finished by one DONE report, rather than reported on every year. */
    public boolean isOneOff() {
        return this == DEADLINE || this == AFTER_TRIGGER;
    }
}
