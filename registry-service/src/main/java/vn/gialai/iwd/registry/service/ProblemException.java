package vn.gialai.iwd.registry.service;

/**
 * A business rule said no. Carries what kind of no it is and a detail for a person; the REST layer
 * decides the HTTP status (rest.ProblemExceptionMapper).
 */
public class ProblemException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNPROCESSABLE }

    private final Kind kind;

    private ProblemException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ProblemException invalid(String detail) {
        return new ProblemException(Kind.INVALID, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Kind.FORBIDDEN, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Kind.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Kind.CONFLICT, detail);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Kind.TOO_LARGE, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Kind.UNPROCESSABLE, detail);
    }
}
