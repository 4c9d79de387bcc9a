package vn.gialai.iwd.reporting.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gialai.iwd.reporting.service.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    /** About the time an export of the province's persons takes. */
    static final String RETRY_AFTER_SECONDS = "30";

    @Override
    public Response toResponse(ProblemException exception) {
        int status = switch (exception.kind()) {
            case NOT_FOUND -> 404;
            case UNPROCESSABLE -> 422;
            case UPSTREAM_UNAVAILABLE -> 502;
            case TOO_MANY_AT_ONCE -> 429;
        };
        Response response = Problem.of(status, exception.getMessage()).toResponse();
        if (exception.kind() == ProblemException.Kind.TOO_MANY_AT_ONCE) {
            response.getHeaders().putSingle("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response;
    }
}
