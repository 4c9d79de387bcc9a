package vn.gialai.iwd.plan.domain;

/** Where one owed report stands on the day asked about. */
public enum ObligationState {
    /** A report that discharges it was submitted on or before that day. */
    SUBMITTED,
    /** Past its due date and not submitted. */
    MISSING,
    /** Not submitted, but not due yet. */
    PENDING
}
