package vn.gialai.iwd.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details; {@code errors} lists field-level findings for validation problems. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String code, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), detail);
    }

    /** Also for statuses the JAX-RS enum lacks, such as 422. */
    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
