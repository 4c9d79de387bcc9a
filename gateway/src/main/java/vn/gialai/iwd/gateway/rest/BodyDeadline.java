package vn.gialai.iwd.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.gialai.iwd.gateway.config.GatewayConfig;

/**
 * A whole-request deadline for bodies ({@code iwd.gateway.request-body-timeout}): a body still
 * arriving when it passes is answered 408 and its connection closed, which also aborts the call the
 * proxy streams it into. The idle timeout alone does not stop a body sent one byte at a time, and
 * each such body would hold one of the proxy's connections to a service. One timer per request with
 * a body, none for the reads.
 */
@ApplicationScoped
public class BodyDeadline {

    static final String TOO_SLOW = "The request body did not arrive in time.";
    /** Just after the request id is set (-1000), before authentication and every route. */
    private static final int ORDER = -999;

    private final GatewayConfig config;
    private final VertxProblems problems;

    BodyDeadline(GatewayConfig config, VertxProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void routes(@Observes Router router) {
        router.route().order(ORDER).handler(this::watch);
    }

    private void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (VertxProblems.hasBody(request) && !request.isEnded()) {
            long timer = context.vertx().setTimer(config.requestBodyTimeout().toMillis(), fired -> {
                if (request.isEnded()) {
                    return;
                }
                if (context.response().headWritten()) {
                    VertxProblems.close(request);
                } else {
                    problems.send(context, 408, TOO_SLOW);
                }
            });
            // An answer that ends after the whole body arrived needs no deadline any more; one that
            // ends before (a refusal, an early answer of a service) keeps it, for the rest of the body.
            context.addEndHandler(ended -> {
                if (request.isEnded()) {
                    context.vertx().cancelTimer(timer);
                }
            });
        }
        context.next();
    }
}
