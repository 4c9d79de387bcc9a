package vn.gialai.iwd.gateway.service;

/**
 * A business rule said no. Carries what kind of no it is and a detail for a person; the REST layer
 * decides the HTTP status (rest.ProblemExceptionMapper).
 */
public class ProblemException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind { INVALID, NOT_FOUND }

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

    public static ProblemException notFound(String detail) {
        return new ProblemException(Kind.NOT_FOUND, detail);
    }
}
