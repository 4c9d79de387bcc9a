package vn.gialai.iwd.reporting.rest;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collections;
import java.util.Set;

/**
 * The caller of this request, from the gateway's verified token: recorded on edits and publications, and
 * deciding whether the figures it reads are exact or the public ones.
 */
@RequestScoped
public class CurrentCaller {

    /** The roles that read exact figures; every other caller (the portal, a public website) reads the public ones. */
    static final Set<String> INTERNAL_ROLES = Set.of("analyst", "registry-admin", "plan-admin", "admin");

    private final JsonWebToken token;

    CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        return token.getSubject();
    }

    public boolean readsPublicFigures() {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return Collections.disjoint(groups, INTERNAL_ROLES);
    }
}
