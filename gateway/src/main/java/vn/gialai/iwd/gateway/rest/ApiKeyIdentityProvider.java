package vn.gialai.iwd.gateway.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.service.ClientIdentity;
import vn.gialai.iwd.gateway.service.ClientService;

import java.util.Optional;
import java.util.Set;

/**
 * The client of a presented key, with its roles. A key remembered by {@link ClientService} is
 * answered at once on the event loop (no thread switch: the proxy is benchmarked on this path);
 * only a key not remembered goes to a worker thread and the database.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    /** The {@link ClientIdentity} the identity stands for: what tokens and rate limits need. */
    private static final String CLIENT = "iwd.client";

    /** The database could not be asked: 503, not 401, since the key may well be valid. */
    static final class KeyLookupFailed extends RuntimeException {
        KeyLookupFailed(Throwable cause) {
            super("the client of an API key could not be looked up", cause);
        }
    }

    private final ClientService clients;

    ApiKeyIdentityProvider(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        Optional<ClientIdentity> remembered = clients.recentlyAuthenticated(request.key());
        if (remembered.isPresent()) {
            return Uni.createFrom().item(identityOf(remembered.get()));
        }
        return context.runBlocking(() -> identityOf(lookUp(request.key())
                .orElseThrow(AuthenticationFailedException::new)));
    }

    private Optional<ClientIdentity> lookUp(String key) {
        try {
            return clients.authenticate(key);
        } catch (RuntimeException e) {
            throw new KeyLookupFailed(e);
        }
    }

    private static SecurityIdentity identityOf(ClientIdentity client) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(client.id().toString()))
                .addRoles(Set.copyOf(client.roles())).addAttribute(CLIENT, client).build();
    }

    /** The client authenticated for this request; empty when it is anonymous. */
    static Optional<ClientIdentity> clientOf(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user
                ? Optional.ofNullable(user.getSecurityIdentity().getAttribute(CLIENT)) : Optional.empty();
    }
}
