package vn.gialai.iwd.gateway.client;

/** The public API did not give the figures: the status it answered, or 503 when it did not answer. */
public class FiguresUnavailableException extends RuntimeException {

    private final int status;

    FiguresUnavailableException(String what, int status, Throwable cause) {
        super("the public API gave no " + what + " (status " + status + ")", cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
