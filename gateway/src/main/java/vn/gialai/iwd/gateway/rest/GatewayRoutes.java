package vn.gialai.iwd.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.config.GatewayConfig;
import vn.gialai.iwd.gateway.domain.Roles;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of what the gateway serves: which service answers each path prefix and which
 * roles may call it. The API-key authentication reads which paths need a key, the proxy enforces
 * the roles (the admin API by {@code @RolesAllowed} with the same role), and the published OpenAPI
 * document states them per operation.
 */
@ApplicationScoped
public class GatewayRoutes {

    /**
     * A path prefix, the service behind it (none for the gateway's own API), the audience of the caller
     * tokens minted for that service (so that a token sent to one service is refused by the others), and
     * who may call it.
     */
    public record Route(String prefix, Optional<URI> service, String audience, Set<String> roles, boolean isPublic) {

        boolean matches(String path) {
            return path.startsWith(prefix);
        }
    }

    static final String ADMIN_PREFIX = "/api/v1/admin/";

    /** The audience of each service's caller tokens, as each service's mp.jwt.verify.audiences expects. */
    static final String REGISTRY = "registry-service";
    static final String PLAN = "task-service";
    static final String REPORTING = "reporting-service";

    private final List<Route> proxied;
    private final Route admin = new Route(ADMIN_PREFIX, Optional.empty(), "gateway", Set.of(Roles.ADMIN), false);

    GatewayRoutes(GatewayConfig config) {
        Set<String> people = Set.of(Roles.SUBMITTER, Roles.PORTAL, Roles.ANALYST, Roles.REGISTRY_ADMIN, Roles.PLAN_ADMIN,
                Roles.ADMIN);
        // The most specific prefix first: the first route that matches a path is its route.
        proxied = List.of(
                proxy("/api/v1/registry/stats/", config.services().registry(), REGISTRY,
                        Set.of(Roles.RECONCILIATION, Roles.ANALYST, Roles.REGISTRY_ADMIN, Roles.PLAN_ADMIN, Roles.ADMIN)),
                proxy("/api/v1/registry/", config.services().registry(), REGISTRY,
                        Set.of(Roles.SUBMITTER, Roles.ANALYST, Roles.REGISTRY_ADMIN, Roles.PLAN_ADMIN, Roles.ADMIN)),
                proxy("/api/v1/plan/", config.services().plan(), PLAN, people),
                proxy("/api/v1/reports/", config.services().reporting(), REPORTING,
                        Set.of(Roles.PORTAL, Roles.ANALYST, Roles.REGISTRY_ADMIN, Roles.PLAN_ADMIN, Roles.ADMIN)),
                new Route("/api/v1/public/", Optional.of(URI.create(config.services().reporting())), REPORTING, Set.of(),
                        true));
    }

    private static Route proxy(String prefix, String service, String audience, Set<String> roles) {
        return new Route(prefix, Optional.of(URI.create(service)), audience, roles, false);
    }

    /** The routes served by a service behind the gateway. */
    List<Route> proxied() {
        return proxied;
    }

    /** The gateway's own admin API. */
    Route admin() {
        return admin;
    }

    /** Whether a request to {@code path} must carry an API key: the admin API and every proxied route but the public one. */
    boolean needsKey(String path) {
        return of(path).filter(route -> !route.isPublic()).isPresent();
    }

    /** The route of an API path, if the gateway serves it. */
    Optional<Route> of(String path) {
        if (admin.matches(path)) {
            return Optional.of(admin);
        }
        return proxied.stream().filter(route -> route.matches(path)).findFirst();
    }
}
