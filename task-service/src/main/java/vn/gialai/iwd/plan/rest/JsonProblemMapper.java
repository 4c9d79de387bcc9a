package vn.gialai.iwd.plan.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/** Unreadable JSON → 400 naming the field, without echoing parser internals or class names. */
public class JsonProblemMapper {

    /** Lists the specific Jackson types too, so that Quarkus' built-in plain-JSON mappers never win. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof JsonParseException) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body is not well-formed JSON.").toResponse();
        }
        String field = exception instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "body";
        Problem.FieldError error;
        if (exception instanceof UnrecognizedPropertyException) {
            error = new Problem.FieldError(field, "UNKNOWN_FIELD", "This field is not accepted.");
        } else if (exception instanceof InvalidFormatException) {
            error = new Problem.FieldError(field, "INVALID_VALUE", "This value has the wrong type or is not allowed.");
        } else {
            error = new Problem.FieldError(field, "INVALID_VALUE", "This value cannot be read.");
        }
        return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", List.of(error))
                .toResponse();
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return "body";
        }
        return path.stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
