package vn.gialai.iwd.gateway.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.gialai.iwd.gateway.service.ClientIdentity;
import vn.gialai.iwd.gateway.service.ClientService;
import vn.gialai.iwd.gateway.service.RateLimiter;

import java.util.Optional;
import java.util.OptionalLong;

/** The gateway's own admin API: an API key with role admin, within the client's rate limit. */
public class AdminAccess {

    private final GatewayRoutes routes;
    private final ClientService clients;
    private final RateLimiter rateLimiter;

    AdminAccess(GatewayRoutes routes, ClientService clients, RateLimiter rateLimiter) {
        this.routes = routes;
        this.clients = clients;
        this.rateLimiter = rateLimiter;
    }

    @ServerRequestFilter
    public Optional<Response> requireAdmin(ContainerRequestContext request) {
        GatewayRoutes.Route admin = routes.admin();
        if (!(request.getUriInfo().getPath() + "/").startsWith(admin.prefix())) {
            return Optional.empty();
        }
        String key = request.getHeaderString(ServiceProxy.API_KEY_HEADER);
        Optional<ClientIdentity> client = key == null ? Optional.empty() : clients.authenticate(key);
        if (client.isEmpty()) {
            return Optional.of(Problem.of(Response.Status.UNAUTHORIZED, ServiceProxy.UNAUTHENTICATED).toResponse());
        }
        if (!client.get().hasAnyRole(admin.roles())) {
            return Optional.of(Problem.of(Response.Status.FORBIDDEN, "This route needs the role admin.").toResponse());
        }
        OptionalLong retryAfter = rateLimiter.tryAcquire(client.get());
        if (retryAfter.isPresent()) {
            return Optional.of(Response.fromResponse(
                            Problem.of(Response.Status.TOO_MANY_REQUESTS, ServiceProxy.TOO_MANY).toResponse())
                    .header("Retry-After", retryAfter.getAsLong()).build());
        }
        return Optional.empty();
    }
}
