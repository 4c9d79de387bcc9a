package vn.gialai.iwd.gateway.rest;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
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
 * What follows authentication for every request with a client, proxied or admin: the client's rate
 * limit (429 with Retry-After). Runs on the event loop right after Quarkus's authentication and
 * authorisation handlers, before any route. Also answers 503 when a key could not be checked.
 */
@ApplicationScoped
public class ClientAdmission {

    static final String TOO_MANY = "This client exceeded its rate limit; retry after the time in Retry-After.";
    /** Quarkus orders its security handlers by minus their priority; this runs just after authorisation. */
    private static final int AFTER_AUTHORIZATION = -SecurityHandlerPriorities.AUTHORIZATION + 1;
    private static final Logger LOG = Logger.getLogger(ClientAdmission.class);

    private final RateLimiter rateLimiter;
    private final VertxProblems problems;

    ClientAdmission(RateLimiter rateLimiter, VertxProblems problems) {
        this.rateLimiter = rateLimiter;
        this.problems = problems;
    }

    void routes(@Observes Router router) {
        router.route().order(AFTER_AUTHORIZATION).handler(this::withinRate);
        router.route().failureHandler(this::keyLookupFailed);
    }

    private void withinRate(RoutingContext context) {
        Optional<ClientIdentity> client = ApiKeyIdentityProvider.clientOf(context);
        OptionalLong retryAfter = client.isPresent() ? rateLimiter.tryAcquire(client.get()) : OptionalLong.empty();
        if (retryAfter.isPresent()) {
            problems.send(context, 429, TOO_MANY, retryAfter.getAsLong());
        } else {
            context.next();
        }
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
        problems.send(context, 503, "The gateway cannot check keys right now; retry later.");
    }
}
