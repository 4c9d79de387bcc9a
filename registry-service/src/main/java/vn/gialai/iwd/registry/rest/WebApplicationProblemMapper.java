package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Framework-level refusals (unknown path, wrong method or media type) in the same problem+json shape. */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.Status status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        String detail = status.getFamily() == Response.Status.Family.SERVER_ERROR
                ? "The server could not complete the request." : status.getReasonPhrase();
        return Problem.of(status, detail).toResponse();
    }
}
