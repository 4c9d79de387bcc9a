package vn.gialai.iwd.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of what the gateway serves: which service answers each path prefix and which
 * roles may call it. The proxy enforces it, the admin filter reads its admin roles, and the
 * published OpenAPI document states it per operation.
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
    private final Route admin = new Route(ADMIN_PREFIX, Optional.empty(), Set.of("admin"), false);

    GatewayRoutes(GatewayConfig config) {
        Set<String> everyone = Set.of("submitter", "portal", "analyst", "registry-admin", "plan-admin", "admin");
        proxied = List.of(
                proxy("/api/v1/registry/", config.services().registry(),
                        Set.of("submitter", "analyst", "registry-admin", "plan-admin", "admin"), false),
                proxy("/api/v1/plan/", config.services().plan(), everyone, false),
                proxy("/api/v1/reports/", config.services().reporting(),
                        Set.of("portal", "analyst", "registry-admin", "plan-admin", "admin"), false),
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

    /** The route of an API path, if the gateway serves it. */
    Optional<Route> of(String path) {
        if (admin.matches(path)) {
            return Optional.of(admin);
        }
        return proxied.stream().filter(route -> route.matches(path)).findFirst();
    }
}
