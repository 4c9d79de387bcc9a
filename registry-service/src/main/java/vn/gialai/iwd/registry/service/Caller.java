package vn.gialai.iwd.registry.service;

import java.util.Set;

/** Who is calling, as the gateway's token says; {@code units} scopes a submitter. */
public record Caller(String clientId, Set<String> roles, Set<String> units, String requestId) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Administrators act on every unit; a submitter only on the units it was given. */
    public void requireUnit(String unitCode) {
        if (hasRole("registry-admin") || hasRole("admin")) {
            return;
        }
        if (!hasRole("submitter") || !units.contains(unitCode)) {
            throw ProblemException.forbidden("This client may not act for unit " + unitCode + ".");
        }
    }
}
