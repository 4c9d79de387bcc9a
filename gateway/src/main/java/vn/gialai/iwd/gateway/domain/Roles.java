package vn.gialai.iwd.gateway.domain;

import java.util.List;

/**
 * The one list of client roles: the route table, the admin API's {@code @RolesAllowed}, the
 * validation of a new client and the bootstrap clients all name them from here.
 */
public final class Roles {

    public static final String SUBMITTER = "submitter";
    public static final String PORTAL = "portal";
    public static final String ANALYST = "analyst";
    public static final String REGISTRY_ADMIN = "registry-admin";
    public static final String PLAN_ADMIN = "plan-admin";
    public static final String ADMIN = "admin";
    /** Only the registry's reconciliation checksum: what reporting-service's own key needs, and nothing else. */
    public static final String RECONCILIATION = "reconciliation";

    public static final List<String> ALL = List.of(SUBMITTER, PORTAL, ANALYST, REGISTRY_ADMIN, PLAN_ADMIN, ADMIN,
            RECONCILIATION);

    /** A whole role name (anchored, so the published JSON Schema means what Bean Validation's full match means). */
    public static final String PATTERN = "^(" + SUBMITTER + "|" + PORTAL + "|" + ANALYST + "|" + REGISTRY_ADMIN + "|"
            + PLAN_ADMIN + "|" + ADMIN + "|" + RECONCILIATION + ")$";

    private Roles() {
    }
}
