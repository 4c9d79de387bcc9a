package vn.gialai.iwd.registry.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Missing, forged or expired gateway tokens → 401; a role or unit the caller lacks → 403. */
public class SecurityProblemMapper {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return Problem.of(Response.Status.UNAUTHORIZED, "A valid caller token from the gateway is required.").toResponse();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        return Problem.of(Response.Status.FORBIDDEN, "The caller's roles do not allow this operation.").toResponse();
    }
}
