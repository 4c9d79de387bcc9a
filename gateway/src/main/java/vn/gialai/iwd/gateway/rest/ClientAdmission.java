package vn.gialai.iwd.gateway.rest;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.gialai.iwd.gateway.service.ClientIdentity;
import vn.gialai.iwd.gateway.service.RateLimiter;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What follows authentication for every request: with a client (proxied or admin), the client's rate
 * limit; without one (public API, pages, assets, a route that will answer 401), the limit of its
 * address ({@link ClientAddresses}), and a GET or HEAD with a body is refused before anything reads or
 * forwards it. 429 carries Retry-After. Runs on the event loop right after Quarkus's authentication
 * and authorisation handlers, before any route. Also answers 503 when a key could not be checked.
 */
@ApplicationScoped
public class ClientAdmission {

    static final String TOO_MANY = "This client exceeded its rate limit; retry after the time in Retry-After.";
    static final String TOO_MANY_ANONYMOUS = "Too many requests without an API key from this address; "
            + "retry after the time in Retry-After.";
    static final String BODY_REFUSED = "A GET or HEAD request without an API key takes no body.";
    /** Readiness and liveness probes come from the platform, often all from one address. */
    private static final String HEALTH = "/q/health";
    /** Quarkus orders its security handlers by minus their priority; this runs just after authorisation. */
    private static final int AFTER_AUTHORIZATION = -SecurityHandlerPriorities.AUTHORIZATION + 1;
    /** Long enough for a database restart; clients retry after it instead of hammering the gateway. */
    static final long KEY_CHECK_RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ClientAdmission.class);

    private final RateLimiter rateLimiter;
    private final ClientAddresses addresses;
    private final VertxProblems problems;

    ClientAdmission(RateLimiter rateLimiter, ClientAddresses addresses, VertxProblems problems) {
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.problems = problems;
    }

    void routes(@Observes Router router) {
        router.route().order(AFTER_AUTHORIZATION).handler(this::withinRate);
        router.route().failureHandler(this::keyLookupFailed);
    }

    private void withinRate(RoutingContext context) {
        Optional<ClientIdentity> client = ApiKeyIdentityProvider.clientOf(context);
        if (client.isPresent()) {
            OptionalLong retryAfter = rateLimiter.tryAcquire(client.get());
            if (retryAfter.isPresent()) {
                problems.send(context, 429, TOO_MANY, retryAfter.getAsLong());
            } else {
                context.next();
            }
            return;
        }
        if (context.normalizedPath().startsWith(HEALTH)) {
            context.next();
            return;
        }
        OptionalLong retryAfter = rateLimiter.tryAcquireAnonymous(addresses.of(context));
        if (retryAfter.isPresent()) {
            problems.send(context, 429, TOO_MANY_ANONYMOUS, retryAfter.getAsLong());
        } else if (isGetOrHead(context.request().method()) && VertxProblems.hasBody(context.request())) {
            problems.send(context, 400, BODY_REFUSED);
        } else {
            context.next();
        }
    }

    private static boolean isGetOrHead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    private void keyLookupFailed(RoutingContext context) {
        Throwable failure = context.failure();
        while (failure != null && !(failure instanceof ApiKeyIdentityProvider.KeyLookupFailed)) {
            failure = failure.getCause();
        }
        if (failure == null) {
            context.next();
            return;
        }
        LOG.errorf(failure.getCause(), "client lookup failed (request %s)", context.response().headers().get("X-Request-Id"));
        problems.send(context, 503, "The gateway cannot check keys right now; retry after the time in Retry-After.",
                KEY_CHECK_RETRY_AFTER_SECONDS);
    }
}
