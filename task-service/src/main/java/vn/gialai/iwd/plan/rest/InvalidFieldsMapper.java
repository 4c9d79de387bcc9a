package vn.gialai.iwd.plan.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gialai.iwd.plan.service.InvalidFieldsException;

@Provider
public class InvalidFieldsMapper implements ExceptionMapper<InvalidFieldsException> {

    @Override
    public Response toResponse(InvalidFieldsException exception) {
        return new Problem("about:blank", "Bad Request", 400, exception.getMessage(), exception.issues().stream()
                .map(issue -> new Problem.FieldError(issue.field(), issue.code(), issue.message())).toList())
                .toResponse();
    }
}
