package vn.gialai.iwd.reporting.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.Instant;

/**
 * Caller tokens verified once per token rather than once per request. The gateway reuses a client's
 * token for half its lifetime, so the reads of a dashboard or an analyst present the same string
 * again and again, and checking its RSA signature was the largest part of a cached answer's cost.
 * The whole token string is the key: a token altered in any byte is verified afresh (and refused),
 * and a remembered token is only reused before its expiry, and forgotten at it. Bounded, and its size
 * exported as cache_size{cache="reporting-verified-tokens"}.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    private static final int MAX_TOKENS = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Cache<String, JWTCallerPrincipal> verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.creating((String token, JWTCallerPrincipal principal) -> Duration.ofSeconds(
                    Math.max(0, principal.getExpirationTime() - Instant.now().getEpochSecond()))))
            .recordStats().build();

    VerifiedTokens(MeterRegistry meters) {
        CaffeineCacheMetrics.monitor(meters, verified, "reporting-verified-tokens");
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal known = verified.getIfPresent(token);
        if (known != null && Instant.now().getEpochSecond() < known.getExpirationTime()) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        verified.put(token, principal);
        return principal;
    }
}
