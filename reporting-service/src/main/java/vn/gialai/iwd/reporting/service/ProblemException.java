package vn.gialai.iwd.reporting.service;

/**
 * A business rule said no. Carries what kind of no it is and a detail for a person; the REST layer
 * decides the HTTP status (rest.ProblemExceptionMapper).
 */
public class ProblemException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind { NOT_FOUND, UNPROCESSABLE, UPSTREAM_UNAVAILABLE, TOO_MANY_AT_ONCE }

    private final Kind kind;

    private ProblemException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Kind.NOT_FOUND, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Kind.UNPROCESSABLE, detail);
    }

    /** A bounded resource (e.g. concurrent exports) is fully in use: try again later. */
    public static ProblemException tooManyAtOnce(String detail) {
        return new ProblemException(Kind.TOO_MANY_AT_ONCE, detail);
    }

    /** A service this one depends on did not answer. */
    public static ProblemException upstreamUnavailable(String detail) {
        return new ProblemException(Kind.UPSTREAM_UNAVAILABLE, detail);
    }
}
