package vn.gialai.iwd.gateway.service;

import jakarta.ws.rs.core.Response;

/** A business rule said no: carries the HTTP status and a human-readable detail. */
public class ProblemException extends RuntimeException {

    private final int status;

    public ProblemException(Response.Status status, String detail) {
        this(status.getStatusCode(), detail);
    }

    public ProblemException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }
}
