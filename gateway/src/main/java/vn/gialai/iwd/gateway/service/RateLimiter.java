package vn.gialai.iwd.gateway.service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client (Bucket4j): {@code rateLimitPerSecond} requests per second with bursts of
 * the same size. Buckets live in this gateway instance: with N replicas a client may reach N times its rate.
 */
@ApplicationScoped
public class RateLimiter {

    private record ClientBucket(int ratePerSecond, Bucket bucket) {
    }

    private final ConcurrentHashMap<UUID, ClientBucket> buckets = new ConcurrentHashMap<>();

    /** @return empty when allowed, else the whole seconds to wait before retrying */
    public OptionalLong tryAcquire(ClientIdentity client) {
        ClientBucket current = buckets.compute(client.id(), (id, existing) ->
                existing != null && existing.ratePerSecond() == client.rateLimitPerSecond() ? existing
                        : new ClientBucket(client.rateLimitPerSecond(), newBucket(client.rateLimitPerSecond())));
        ConsumptionProbe probe = current.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return OptionalLong.of(seconds);
    }

    private static Bucket newBucket(int ratePerSecond) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(ratePerSecond).refillGreedy(ratePerSecond, Duration.ofSeconds(1)).build())
                .build();
    }
}
