package vn.gialai.iwd.reporting.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Whatever no other mapper claims is the server's fault: logged in full under an error id, answered
 * as problem+json with that id only, never with class names or stack traces.
 */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected error %s", errorId);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The server could not complete the request (error " + errorId + ").").toResponse();
    }
}
