package vn.gialai.iwd.gateway.rest;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gialai.iwd.gateway.domain.Roles;

/** {@code @RolesAllowed} of the admin API: no key → 401, a client without the role → 403, both problem+json. */
public class SecurityProblemMapper {

    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthenticated() {
        return Problem.of(Response.Status.UNAUTHORIZED, ApiKeyAuthentication.UNAUTHENTICATED).toResponse();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        return Problem.of(Response.Status.FORBIDDEN, "This route needs the role " + Roles.ADMIN + ".").toResponse();
    }
}
