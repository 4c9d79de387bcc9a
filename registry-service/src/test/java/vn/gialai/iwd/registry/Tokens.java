package vn.gialai.iwd.registry;

import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Set;

/** Caller tokens as the gateway mints them (see docs/decisions.md, "caller token"). */
public final class Tokens {

    private Tokens() {
    }

    public static String bearer(String clientId, Set<String> roles, List<String> units) {
        return "Bearer " + Jwt.issuer("iwd-gateway").audience("registry-service").subject(clientId).groups(roles).claim("units", units)
                .expiresIn(60).sign();
    }

    public static String admin() {
        return bearer("test-admin", Set.of("admin", "registry-admin"), List.of());
    }

    public static String submitter(String... units) {
        return bearer("test-submitter-" + String.join("-", units), Set.of("submitter"), List.of(units));
    }
}
