package vn.gialai.iwd.reporting.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gialai.iwd.reporting.service.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        int status = switch (exception.kind()) {
            case NOT_FOUND -> 404;
            case UNPROCESSABLE -> 422;
            case UPSTREAM_UNAVAILABLE -> 502;
        };
        return Problem.of(status, exception.getMessage()).toResponse();
    }
}
