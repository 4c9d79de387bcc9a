package vn.gialai.iwd.plan.service;

import java.util.Set;

/** Who is calling, as the gateway's token says; {@code units} scopes a submitter. */
public record Caller(String clientId, Set<String> roles, Set<String> units) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** plan-admin and admin record reports for any agency (a report received on paper, say). */
    public boolean actsForEveryAgency() {
        return hasRole(Roles.PLAN_ADMIN) || hasRole(Roles.ADMIN);
    }

    public boolean mayActFor(String agencyCode) {
        return actsForEveryAgency() || (hasRole(Roles.SUBMITTER) && units.contains(agencyCode));
    }
}
