package vn.gialai.iwd.plan.service;

/** The caller roles task-service acts on (the gateway token's {@code groups}), named once. */
public final class Roles {

    public static final String SUBMITTER = "submitter";
    public static final String PLAN_ADMIN = "plan-admin";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
