package vn.gialai.iwd.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "iwd.gateway")
public interface GatewayConfig {

    Services services();

    /** Request bodies above this are refused with 413, counted as they arrive (chunked ones too). */
    MemorySize maxBodySize();

    /**
     * Longest a request body may take to arrive: past it the gateway answers 408 and closes the
     * connection (aborting the call to the service), so slow bodies cannot hold its connections.
     */
    Duration requestBodyTimeout();

    /**
     * Addresses (or CIDR ranges) of the proxies in front of the gateway. Only from them is
     * X-Forwarded-For believed; the client is then its right-most address not in this list.
     */
    Optional<List<String>> trustedProxies();

    /** Requests without a client (public API, pages, assets): a token bucket per client address. */
    Anonymous anonymous();

    interface Anonymous {
        /** Requests per second one address may make, sustained. */
        @Positive
        int ratePerSecond();

        /** Requests one address may make at once (the bucket's capacity). */
        @Positive
        int burst();

        /** How many addresses' buckets are kept at most (the least used are forgotten first). */
        @Positive
        long cacheSize();
    }

    /**
     * Key of the bootstrap admin client: at least 43 characters (256 random bits) of at least 16 different
     * ones, else the gateway does not start. A new value revokes the client of the previous one; unset or
     * empty: there is no bootstrap admin (a previous one is revoked).
     */
    Optional<String> adminApiKey();

    /** Key with which reporting-service reads registry's checksum (role reconciliation); same rules as the admin key. */
    Optional<String> reportingApiKey();

    /** How long a key's client is remembered: a revoked key stops working within this time. */
    Duration clientCacheTtl();

    /** How many clients' keys are remembered at most (unknown keys never are). */
    @WithDefault("10000")
    long clientCacheSize();

    String tokenIssuer();

    Duration tokenLifetime();

    /** The merged OpenAPI document at /q/openapi. */
    OpenApi openapi();

    interface OpenApi {
        /** How long the merged document is reused before the services' documents are read again. */
        Duration cacheTtl();

        /** The API's public base URL; unset: the scheme and host the document was requested with. */
        Optional<String> serverUrl();

        String contactName();

        Optional<String> contactEmail();

        Optional<String> contactUrl();

        /** Licence of the API description (the contract), an SPDX identifier. */
        String licenseIdentifier();

        String licenseName();
    }

    /** The public pages (dashboard, annual report). */
    Pages pages();

    interface Pages {
        /** How long browsers and proxies may reuse a page (Cache-Control max-age). */
        Duration maxAge();
    }

    /** Base URLs of the services behind the gateway. */
    interface Services {
        String registry();

        String plan();

        String reporting();
    }
}
