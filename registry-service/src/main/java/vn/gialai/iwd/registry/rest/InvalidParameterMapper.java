package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return new Problem("about:blank", "Bad Request", 400, "The request has invalid parameters.",
                List.of(new Problem.FieldError(exception.parameter(), exception.code(), exception.getMessage())))
                .toResponse();
    }
}
