package vn.gialai.iwd.gateway.rest;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The one way a caller is authenticated: the X-API-Key header, for the proxied routes and the admin
 * API alike ({@link GatewayRoutes#needsKey}); on public paths a key is ignored, so they stay
 * anonymous. Quarkus runs it before any route (proactive authentication); {@link ApiKeyIdentityProvider}
 * finds the client. A request without a key is anonymous: the proxy and {@code @RolesAllowed}
 * answer 401 for a route that needs one. A key that belongs to no client is 401 here.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    static final String API_KEY_HEADER = "X-API-Key";
    static final String UNAUTHENTICATED = "A valid X-API-Key header is required.";

    private final GatewayRoutes routes;
    private final VertxProblems problems;

    ApiKeyAuthentication(GatewayRoutes routes, VertxProblems problems) {
        this.routes = routes;
        this.problems = problems;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = context.request().getHeader(API_KEY_HEADER);
        if (key == null || key.isBlank() || !routes.needsKey(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new ApiKeyRequest(key));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    /** The challenge is a problem+json body, like every other refusal of the gateway. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        problems.send(context, 401, UNAUTHENTICATED);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, API_KEY_HEADER));
    }
}
