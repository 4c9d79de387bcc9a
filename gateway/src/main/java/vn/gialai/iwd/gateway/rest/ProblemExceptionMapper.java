package vn.gialai.iwd.gateway.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gialai.iwd.gateway.service.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        int status = switch (exception.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
        };
        return Problem.of(status, exception.getMessage()).toResponse();
    }
}
