package vn.gialai.iwd.plan.domain;

/** "Cơ quan chủ trì" (LEAD, owes the reports) or "Cơ quan phối hợp" (COORDINATING, may report). */
public enum AgencyRole {
    LEAD, COORDINATING
}
