package vn.gialai.iwd.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.gialai.iwd.gateway.config.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OpenAPI document at /q/openapi for everything behind the gateway: the services' documents
 * (their paths already carry the gateway prefixes) plus the gateway's own admin API, with the
 * X-API-Key security scheme on every non-public operation. Cached for a minute; a service that is
 * down is listed as unavailable instead of failing the whole document.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private record Cached(String document, Instant builtAt) {
    }

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Cached cached;

    OpenApiAggregator(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        int ownPort = context.request().localAddress().port();
        context.vertx().executeBlocking(() -> document(ownPort), false).onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(result.result());
            } else {
                LOG.error("cannot build the OpenAPI document", result.cause());
                context.response().setStatusCode(503).end();
            }
        });
    }

    private String document(int ownPort) throws IOException {
        Cached current = cached;
        if (current != null && current.builtAt().plus(config.openapiCacheTtl()).isAfter(Instant.now())) {
            return current.document();
        }
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("Gateway", "http://127.0.0.1:" + ownPort + "/q/openapi-gateway");
        sources.put("Registry", config.services().registry() + "/q/openapi");
        sources.put("Plan", config.services().plan() + "/q/openapi");
        sources.put("Reports", config.services().reporting() + "/q/openapi");
        String merged = json.writeValueAsString(merge(sources));
        cached = new Cached(merged, Instant.now());
        return merged;
    }

    private ObjectNode merge(Map<String, String> sources) {
        ObjectNode root = json.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "IWD API — Cơ sở dữ liệu đội ngũ trí thức");
        info.put("version", "1.0");
        ObjectNode paths = root.putObject("paths");
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components.putObject("securitySchemes").putObject("apiKey")
                .put("type", "apiKey").put("in", "header").put("name", ServiceProxy.API_KEY_HEADER);
        List<String> unavailable = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            JsonNode document = fetch(source.getValue());
            if (document == null) {
                unavailable.add(source.getKey());
                continue;
            }
            String service = source.getKey();
            JsonNode serviceSchemas = document.path("components").path("schemas");
            Map<String, String> renamed = new LinkedHashMap<>();
            serviceSchemas.fieldNames().forEachRemaining(name -> {
                JsonNode existing = schemas.get(name);
                if (existing != null && !existing.equals(serviceSchemas.get(name))) {
                    renamed.put(name, service + name);
                }
            });
            JsonNode rewritten = rewriteRefs(document, renamed);
            rewritten.path("components").path("schemas").fields().forEachRemaining(entry ->
                    schemas.set(renamed.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
            rewritten.path("paths").fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith("/api/")) {
                    paths.set(entry.getKey(), secure(entry.getKey(), entry.getValue()));
                }
            });
        }
        info.put("description", "Every service behind the gateway. Send X-API-Key on every call except /api/v1/public/**."
                + (unavailable.isEmpty() ? "" : " Not reachable while this document was built: " + String.join(", ", unavailable) + "."));
        return root;
    }

    /** Replaces the services' own (token) security with the gateway's API key; public paths need none. */
    private JsonNode secure(String path, JsonNode pathItem) {
        ObjectNode copy = pathItem.deepCopy();
        copy.fields().forEachRemaining(operation -> {
            if (operation.getValue() instanceof ObjectNode op) {
                ArrayNode security = op.putArray("security");
                if (!path.startsWith("/api/v1/public/")) {
                    security.addObject().putArray("apiKey");
                }
            }
        });
        return copy;
    }

    private JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        rewrite(copy, renamed);
        return copy;
    }

    private static void rewrite(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renamed.containsKey(name)) {
                    object.put("$ref", SCHEMA_REF + renamed.get(name));
                }
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                rewrite(children.next(), renamed);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewrite(child, renamed));
        }
    }

    private JsonNode fetch(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "?format=json"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (IOException e) {
            LOG.warnf("OpenAPI of %s not reachable: %s", url, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
