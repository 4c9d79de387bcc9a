package vn.gialai.iwd.reporting.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request records → 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), codeOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new Problem("about:blank", "Bad Request", 400, "The request has invalid fields.", errors).toResponse();
    }

    /** Drops the method and parameter nodes: clients know fields, not Java signatures. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : "body";
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Pattern" -> "INVALID_FORMAT";
            case "Size", "Max", "Min", "DecimalMax", "DecimalMin", "PastOrPresent", "Past" -> "OUT_OF_RANGE";
            default -> "INVALID";
        };
    }
}
