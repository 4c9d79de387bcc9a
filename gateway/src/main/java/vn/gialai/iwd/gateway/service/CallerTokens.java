package vn.gialai.iwd.gateway.service;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.config.GatewayConfig;

import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the token that tells a service who is calling (docs/decisions.md §3). A token is reused
 * while more than half its lifetime remains, so a busy client costs one RSA signature a minute.
 */
@ApplicationScoped
public class CallerTokens {

    private record Signed(String token, Instant renewAfter) {
    }

    private record Holder(UUID client, String audience) {
    }

    private final GatewayConfig config;
    private final ConcurrentHashMap<Holder, Signed> tokens = new ConcurrentHashMap<>();

    CallerTokens(GatewayConfig config) {
        this.config = config;
    }

    /** A token for {@code client} that only the service named {@code audience} accepts. */
    public String tokenFor(ClientIdentity client, String audience) {
        Holder holder = new Holder(client.id(), audience);
        Signed signed = tokens.get(holder);
        if (signed == null || Instant.now().isAfter(signed.renewAfter())) {
            Instant now = Instant.now();
            String token = Jwt.issuer(config.tokenIssuer())
                    .audience(audience)
                    .subject(client.id().toString())
                    .groups(new HashSet<>(client.roles()))
                    .claim("units", client.units())
                    .claim("name", client.name())
                    .issuedAt(now)
                    .expiresAt(now.plus(config.tokenLifetime()))
                    .sign();
            signed = new Signed(token, now.plus(config.tokenLifetime().dividedBy(2)));
            tokens.put(holder, signed);
        }
        return signed.token();
    }
}
