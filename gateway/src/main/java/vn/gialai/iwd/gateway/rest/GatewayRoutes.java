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

    /** A path prefix, the service behind it (none for the gateway's own API) and who may call it. */
    public record Route(String prefix, Optional<URI> service, Set<String> roles, boolean isPublic) {

        boolean matches(String path) {
            return path.startsWith(prefix);
        }
    }

    static final String ADMIN_PREFIX = "/api/v1/admin/";

    private final List<Route> proxied;
    private final Route admin = new Route(ADMIN_PREFIX, Optional.empty(), Set.of(Roles.ADMIN), false);

    GatewayRoutes(GatewayConfig config) {
        Set<String> everyone = Set.copyOf(Roles.ALL);
        proxied = List.of(
                proxy("/api/v1/registry/", config.services().registry(),
                        Set.of(Roles.SUBMITTER, Roles.ANALYST, Roles.REGISTRY_ADMIN, Roles.PLAN_ADMIN, Roles.ADMIN), false),
                proxy("/api/v1/plan/", config.services().plan(), everyone, false),
                proxy("/api/v1/reports/", config.services().reporting(),
                        Set.of(Roles.PORTAL, Roles.ANALYST, Roles.REGISTRY_ADMIN, Roles.PLAN_ADMIN, Roles.ADMIN), false),
                proxy("/api/v1/public/", config.services().reporting(), Set.of(), true));
    }

    private static Route proxy(String prefix, String service, Set<String> roles, boolean isPublic) {
        return new Route(prefix, Optional.of(URI.create(service)), roles, isPublic);
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
