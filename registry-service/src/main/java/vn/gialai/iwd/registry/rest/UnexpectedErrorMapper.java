package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Whatever no other mapper claims is the server's fault: logged in full under an error id, answered
 * as problem+json with that id only, never with class names or stack traces. The database being
 * unavailable is not the request's fault either: 503 with Retry-After, and nothing was written.
 */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);
    /** About the time PostgreSQL takes to restart. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response unexpected(Exception exception) {
        if (DatabaseOutage.causes(exception)) {
            // The class only: a database error's message may quote the statement and its values.
            LOG.warnf("database unavailable (%s): answered 503", exception.getClass().getSimpleName());
            Response unavailable = Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is not available right now; retry after the time in Retry-After.").toResponse();
            unavailable.getHeaders().putSingle("Retry-After", RETRY_AFTER_SECONDS);
            return unavailable;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected error %s", errorId);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The server could not complete the request (error " + errorId + ").").toResponse();
    }
}
