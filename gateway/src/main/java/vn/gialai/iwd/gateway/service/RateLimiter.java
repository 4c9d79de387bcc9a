package vn.gialai.iwd.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.gateway.config.GatewayConfig;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j): one per client ({@code rateLimitPerSecond} requests per second with bursts
 * of the same size), and one per client address for requests without a client. Buckets live in this
 * gateway instance: with N replicas a client or an address may reach N times its rate.
 */
@ApplicationScoped
public class RateLimiter {

    private record ClientBucket(int ratePerSecond, Bucket bucket) {
    }

    /** Bounded by the clients that exist: only authenticated clients get a bucket. */
    private final ConcurrentHashMap<UUID, ClientBucket> buckets = new ConcurrentHashMap<>();
    /**
     * Anyone can send from new addresses, so these are bounded (cacheSize). An address is forgotten
     * once its bucket would be full again anyway (burst / rate seconds without a request): then only
     * a flood of distinct addresses, evicting the least used, can reset a bucket early.
     */
    private final Cache<InetAddress, Bucket> anonymousBuckets;
    private final GatewayConfig.Anonymous anonymous;

    RateLimiter(GatewayConfig config, MeterRegistry meters) {
        this.anonymous = config.anonymous();
        Duration refilled = Duration.ofMillis(Math.max(1000, 1000L * anonymous.burst() / anonymous.ratePerSecond()));
        // Eviction runs on the calling thread: O(1) work per write, and the size never lags its bound.
        this.anonymousBuckets = Caffeine.newBuilder().maximumSize(anonymous.cacheSize()).expireAfterAccess(refilled)
                .executor(Runnable::run).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, anonymousBuckets, "gateway-anonymous-buckets");
    }

    /** @return empty when allowed, else the whole seconds to wait before retrying */
    public OptionalLong tryAcquire(ClientIdentity client) {
        ClientBucket current = buckets.compute(client.id(), (id, existing) ->
                existing != null && existing.ratePerSecond() == client.rateLimitPerSecond() ? existing
                        : new ClientBucket(client.rateLimitPerSecond(), newBucket(client.rateLimitPerSecond(), client.rateLimitPerSecond())));
        return retryAfter(current.bucket().tryConsumeAndReturnRemaining(1));
    }

    /**
     * For a request without a client, by its address. IPv6 addresses count by their /64, the block
     * one subscriber usually holds, so that a single network cannot multiply its buckets.
     *
     * @return empty when allowed, else the whole seconds to wait before retrying
     */
    public OptionalLong tryAcquireAnonymous(InetAddress address) {
        Bucket bucket = anonymousBuckets.get(network(address), any -> newBucket(anonymous.burst(), anonymous.ratePerSecond()));
        return retryAfter(bucket.tryConsumeAndReturnRemaining(1));
    }

    private static InetAddress network(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static OptionalLong retryAfter(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private static Bucket newBucket(int capacity, int ratePerSecond) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(ratePerSecond, Duration.ofSeconds(1)).build())
                .build();
    }
}
