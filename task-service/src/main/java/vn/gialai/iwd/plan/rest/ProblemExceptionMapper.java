package vn.gialai.iwd.plan.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gialai.iwd.plan.service.ProblemException;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        return Problem.of(exception.status(), exception.getMessage()).toResponse();
    }
}
