package vn.gialai.iwd.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's own problem+json answers written on the event loop, in the shape REST's {@link Problem} has.
 * A refusal sent before the request's body has arrived closes the connection once written: the rest
 * of the body is never read, and the connection cannot carry another request anyway.
 */
@ApplicationScoped
public class VertxProblems {

    private final ObjectMapper json;

    VertxProblems(ObjectMapper json) {
        this.json = json;
    }

    void send(RoutingContext context, int status, String detail) {
        send(context, status, detail, null);
    }

    void send(RoutingContext context, int status, String detail, Long retryAfterSeconds) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (retryAfterSeconds != null) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        HttpServerRequest request = context.request();
        boolean bodyPending = hasBody(request) && !request.isEnded();
        if (bodyPending) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, detail));
        } catch (JsonProcessingException e) {
            body = "";
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body)
                .onComplete(written -> {
                    if (bodyPending) {
                        close(request);
                    }
                });
    }

    /** A body announced by either header; Content-Length: 0 is none. */
    static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || length != null && !length.trim().equals("0");
    }

    /** Stops a request whose body is still coming: its stream under HTTP/2, its connection under HTTP/1. */
    static void close(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset();
        } else {
            request.connection().close();
        }
    }
}
