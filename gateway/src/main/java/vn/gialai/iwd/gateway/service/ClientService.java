package vn.gialai.iwd.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.gialai.iwd.gateway.config.EventsConfig;
import vn.gialai.iwd.gateway.config.GatewayConfig;
import vn.gialai.iwd.gateway.domain.ApiClient;
import vn.gialai.iwd.gateway.domain.Roles;
import vn.gialai.iwd.gateway.events.ClientChanged;
import vn.gialai.iwd.gateway.events.CloudEventWriter;
import vn.gialai.iwd.gateway.repository.ApiClientRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Clients and their keys: creation (key shown once), revocation, and authentication of a presented key. */
@ApplicationScoped
public class ClientService {

    public record Created(ApiClient client, String apiKey) {
    }

    private static final Logger LOG = Logger.getLogger(ClientService.class);
    private static final String ADMIN_KEY_VARIABLE = "IWD_ADMIN_API_KEY";
    private static final String REPORTING_KEY_VARIABLE = "IWD_REPORTING_API_KEY";
    private static final String BOOTSTRAP_ADMIN = "bootstrap admin (" + ADMIN_KEY_VARIABLE + ")";
    private static final String REPORTING_SERVICE = "reporting-service reconciliation (" + REPORTING_KEY_VARIABLE + ")";

    private final ApiClientRepository clients;
    private final CloudEventWriter events;
    private final EventsConfig eventsConfig;
    private final GatewayConfig config;
    /**
     * Key hash → identity of the keys that belong to a client, each kept clientCacheTtl and at most
     * clientCacheSize of them: a made-up key is looked up and forgotten, so strangers cannot fill the heap.
     */
    private final Cache<String, ClientIdentity> knownKeys;

    ClientService(ApiClientRepository clients, CloudEventWriter events, EventsConfig eventsConfig, GatewayConfig config,
                  MeterRegistry meters) {
        this.clients = clients;
        this.events = events;
        this.eventsConfig = eventsConfig;
        this.config = config;
        this.knownKeys = Caffeine.newBuilder().maximumSize(config.clientCacheSize())
                .expireAfterWrite(config.clientCacheTtl()).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, knownKeys, "gateway-api-keys");
    }

    /** Clients whose keys the deployment supplies: the first administrator and reporting-service. */
    @Transactional
    void ensureBootstrapClients(@Observes StartupEvent startup) {
        ensureBootstrapClient(ADMIN_KEY_VARIABLE, BOOTSTRAP_ADMIN, Roles.ADMIN, config.adminApiKey());
        ensureBootstrapClient(REPORTING_KEY_VARIABLE, REPORTING_SERVICE, Roles.RECONCILIATION, config.reportingApiKey());
    }

    /**
     * Makes the client of {@code variable} the one of {@code configuredKey} with exactly {@code role}: kept when
     * the key is the same, else the previous client is revoked (and forgotten by the cache) and a new one made.
     */
    @Transactional
    public void ensureBootstrapClient(String variable, String name, String role, Optional<String> configuredKey) {
        Optional<String> key = configuredKey.filter(value -> !value.isBlank());
        key.ifPresent(value -> BootstrapKeys.requireStrong(variable, value));
        Optional<ApiClient> current = clients.findActiveBootstrap(variable);
        String hash = key.map(ApiKeys::hash).orElse(null);
        if (current.isPresent() && current.get().keyHash.equals(hash)) {
            if (!current.get().roles.equals(List.of(role))) {
                current.get().roles = List.of(role);
                knownKeys.invalidateAll();
                publish(current.get());
            }
            return;
        }
        current.ifPresent(previous -> {
            previous.revokedAt = OffsetDateTime.now();
            knownKeys.invalidateAll();
            publish(previous);
            LOG.infof("revoked the client '%s': %s changed", previous.name, variable);
        });
        if (key.isEmpty()) {
            return;
        }
        if (clients.findByKeyHash(hash).isPresent()) {
            throw new IllegalStateException(variable + " is the key of another client or of a revoked one: "
                    + "give it a new random value");
        }
        ApiClient client = save(name, List.of(role), List.of(), 100, key.get());
        client.bootstrapVariable = variable;
        LOG.infof("created the client '%s' from %s", name, variable);
    }

    @Transactional
    public Created create(String name, List<String> roles, List<String> units, int rateLimitPerSecond) {
        if (roles.contains(Roles.SUBMITTER) && units.isEmpty()) {
            throw ProblemException.invalid("A submitter needs at least one unit.");
        }
        String key = ApiKeys.generate();
        return new Created(save(name, roles, units, rateLimitPerSecond, key), key);
    }

    public List<ApiClient> list() {
        return clients.listActive();
    }

    @Transactional
    public void revoke(UUID id) {
        ApiClient client = clients.findByIdOptional(id).filter(c -> c.revokedAt == null)
                .orElseThrow(() -> ProblemException.notFound("No active client " + id + "."));
        client.revokedAt = OffsetDateTime.now();
        knownKeys.invalidateAll();
        publish(client);
    }

    /** Without blocking: the client of a key authenticated within clientCacheTtl; empty when not known. */
    public Optional<ClientIdentity> recentlyAuthenticated(String presentedKey) {
        return Optional.ofNullable(knownKeys.getIfPresent(ApiKeys.hash(presentedKey)));
    }

    /** Blocking (database unless recently authenticated): call from a worker thread. */
    @Transactional
    public Optional<ClientIdentity> authenticate(String presentedKey) {
        String hash = ApiKeys.hash(presentedKey);
        ClientIdentity known = knownKeys.getIfPresent(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ClientIdentity> identity = clients.findActiveByKeyHash(hash)
                .map(c -> new ClientIdentity(c.id, c.name, c.roles, c.units, c.rateLimitPerSecond));
        identity.ifPresent(client -> knownKeys.put(hash, client));
        return identity;
    }

    private ApiClient save(String name, List<String> roles, List<String> units, int rateLimitPerSecond, String key) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = name;
        client.keyHash = ApiKeys.hash(key);
        client.keyPrefix = ApiKeys.prefix(key);
        client.roles = roles;
        client.units = units;
        client.rateLimitPerSecond = rateLimitPerSecond;
        client.createdAt = OffsetDateTime.now();
        clients.persist(client);
        publish(client);
        return client;
    }

    private void publish(ApiClient client) {
        events.append(eventsConfig.topics().client(), ClientChanged.TYPE, client.id.toString(),
                new ClientChanged(client.id, client.name, client.roles, client.units, client.rateLimitPerSecond,
                        client.revokedAt != null));
    }
}
