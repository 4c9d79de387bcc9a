package vn.gialai.iwd.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The gateway's own problem+json answers written on the event loop, in the shape REST's {@link Problem} has. */
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
        if (response.ended()) {
            return;
        }
        if (retryAfterSeconds != null) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        try {
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(Problem.of(status, detail)));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }
}
