package vn.gialai.iwd.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One OpenAPI 3.1 document at /q/openapi for everything behind the gateway: the services'
 * documents (their paths already carry the gateway prefixes) plus the gateway's own admin API.
 * Each operation gets what the gateway adds in front of it: the X-API-Key scheme with the roles
 * that may call it (from {@link GatewayRoutes}, narrowed by the service's own role check), and
 * the answers the gateway itself gives (401, 403, 413, 429, 503). Cached for a while; a service
 * that is down is listed as unavailable instead of failing the whole document.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private record Cached(ObjectNode document, Instant builtAt) {
    }

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);
    private static final String API_KEY_SCHEME = "apiKey";
    /** The services' bearer-token scheme, which callers never see: the gateway mints those tokens. */
    private static final String SERVICE_SCHEME = "SecurityScheme";
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final GatewayConfig config;
    private final GatewayRoutes routes;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Cached cached;

    OpenApiAggregator(GatewayConfig config, GatewayRoutes routes, ObjectMapper json) {
        this.config = config;
        this.routes = routes;
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.get("/q/openapi").handler(this::serve);
    }

    private void serve(RoutingContext context) {
        int ownPort = context.request().localAddress().port();
        String serverUrl = config.openapi().serverUrl().orElseGet(() -> baseUrlOf(context.request()));
        context.vertx().executeBlocking(() -> withServer(document(ownPort), serverUrl), false).onComplete(result -> {
            if (result.succeeded()) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(result.result());
            } else {
                LOG.error("cannot build the OpenAPI document", result.cause());
                context.response().setStatusCode(503).end();
            }
        });
    }

    private static String baseUrlOf(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return "/";
        }
        return request.scheme() + "://" + authority.host() + (authority.port() > 0 ? ":" + authority.port() : "");
    }

    private String withServer(ObjectNode document, String serverUrl) throws JsonProcessingException {
        ObjectNode served = json.createObjectNode();
        document.fields().forEachRemaining(field -> {
            served.set(field.getKey(), field.getValue());
            if (field.getKey().equals("info")) {
                served.putArray("servers").addObject().put("url", serverUrl)
                        .put("description", "The IWD gateway — Cổng API của hệ thống");
            }
        });
        return json.writeValueAsString(served);
    }

    private ObjectNode document(int ownPort) {
        Cached current = cached;
        if (current != null && current.builtAt().plus(config.openapi().cacheTtl()).isAfter(Instant.now())) {
            return current.document();
        }
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("Gateway", "http://127.0.0.1:" + ownPort + "/q/openapi-gateway");
        sources.put("Registry", config.services().registry() + "/q/openapi");
        sources.put("Plan", config.services().plan() + "/q/openapi");
        sources.put("Reports", config.services().reporting() + "/q/openapi");
        ObjectNode merged = merge(sources);
        cached = new Cached(merged, Instant.now());
        return merged;
    }

    private ObjectNode merge(Map<String, String> sources) {
        ObjectNode root = json.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        ArrayNode tags = root.putArray("tags");
        ObjectNode paths = root.putObject("paths");
        ObjectNode components = root.putObject("components");
        COMPONENT_KINDS.forEach(components::putObject);
        components.putObject("securitySchemes").putObject(API_KEY_SCHEME)
                .put("type", "apiKey").put("in", "header").put("name", ApiKeyAuthentication.API_KEY_HEADER)
                .put("description", "The client's API key, issued by an administrator (POST /api/v1/admin/clients). "
                        + "Each operation lists the roles that may call it.");
        Set<String> tagNames = new HashSet<>();
        List<String> unavailable = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            JsonNode document = fetch(source.getValue());
            if (document == null) {
                unavailable.add(source.getKey());
                continue;
            }
            JsonNode rewritten = rewriteRefs(document, conflictingComponents(source.getKey(), document, components));
            for (String kind : COMPONENT_KINDS) {
                rewritten.path("components").path(kind).fields().forEachRemaining(entry ->
                        ((ObjectNode) components.get(kind)).set(entry.getKey(), entry.getValue()));
            }
            rewritten.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            rewritten.path("paths").fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith("/api/")) {
                    paths.set(entry.getKey(), withGatewayAnswers(entry.getKey(), entry.getValue()));
                }
            });
        }
        describe(info, unavailable);
        COMPONENT_KINDS.forEach(kind -> {
            if (components.get(kind).isEmpty()) {
                components.remove(kind);
            }
        });
        return root;
    }

    private void describe(ObjectNode info, List<String> unavailable) {
        GatewayConfig.OpenApi openapi = config.openapi();
        info.put("title", "IWD API — Cơ sở dữ liệu đội ngũ trí thức (Intellectual Workforce Database)");
        info.put("version", "1.0");
        info.put("description", "The register of the province's intellectual workforce, the plan's tasks and the "
                + "indicators against the targets of Resolution 45-NQ/TW, behind one gateway. Send X-API-Key on "
                + "every call except /api/v1/public/**. Errors are RFC 9457 problem details "
                + "(application/problem+json) naming each field in error. Answers may gain fields; none is renamed.\n\n"
                + "Sổ đăng ký đội ngũ trí thức của tỉnh, các nhiệm vụ của kế hoạch và các chỉ tiêu theo Nghị quyết "
                + "45-NQ/TW. Gửi X-API-Key trong mọi lời gọi, trừ /api/v1/public/**."
                + (unavailable.isEmpty() ? "" : "\n\nNot reachable while this document was built: "
                + String.join(", ", unavailable) + "."));
        ObjectNode contact = info.putObject("contact").put("name", openapi.contactName());
        openapi.contactEmail().ifPresent(email -> contact.put("email", email));
        openapi.contactUrl().ifPresent(url -> contact.put("url", url));
        info.putObject("license").put("name", openapi.licenseName()).put("identifier", openapi.licenseIdentifier());
    }

    /** Components a service names like an earlier source but defines differently get the service's prefix. */
    private static Map<String, String> conflictingComponents(String service, JsonNode document, ObjectNode merged) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String kind : COMPONENT_KINDS) {
            JsonNode own = document.path("components").path(kind);
            own.fieldNames().forEachRemaining(name -> {
                JsonNode existing = merged.path(kind).get(name);
                if (existing != null && !existing.equals(own.get(name))) {
                    renamed.put(ref(kind, name), ref(kind, service + name));
                }
            });
        }
        return renamed;
    }

    private static String ref(String kind, String name) {
        return "#/components/" + kind + "/" + name;
    }

    /**
     * The gateway's part of each operation: who may call it, and the answers the gateway gives before
     * the service is reached. Services' own 401/403 (for their internal token) are replaced.
     */
    private JsonNode withGatewayAnswers(String path, JsonNode pathItem) {
        ObjectNode copy = pathItem.deepCopy();
        GatewayRoutes.Route route = routes.of(path).orElseThrow(() ->
                new IllegalStateException("the gateway serves no route for " + path));
        copy.fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey()) || !(entry.getValue() instanceof ObjectNode operation)) {
                return;
            }
            // Three-digit codes sort as numbers, and "default" after them.
            TreeMap<String, JsonNode> responses = new TreeMap<>();
            operation.path("responses").fields().forEachRemaining(response ->
                    responses.put(response.getKey(), response.getValue()));
            Set<String> roles = rolesOf(operation, route);
            ArrayNode security = operation.putArray("security");
            if (!route.isPublic()) {
                roles.forEach(security.addObject().putArray(API_KEY_SCHEME)::add);
                operation.put("description", (operation.path("description").asText("") + "\n\nRoles: "
                        + String.join(", ", roles) + ".").strip());
                responses.put("401", responseRef("Unauthorized"));
                responses.put("403", responseRef("Forbidden"));
            }
            // Public routes too: without a key, the client's address has a rate limit.
            responses.put("429", responseRef("TooManyRequests"));
            if (operation.has("requestBody")) {
                responses.put("413", responseRef("PayloadTooLarge"));
            }
            responses.put("503", responseRef("ServiceUnavailable"));
            ObjectNode ordered = operation.putObject("responses");
            responses.forEach(ordered::set);
        });
        return copy;
    }

    /** The route's roles, narrowed to those the service itself requires when it names any. */
    private static Set<String> rolesOf(ObjectNode operation, GatewayRoutes.Route route) {
        Set<String> required = new TreeSet<>();
        operation.path("security").forEach(requirement -> {
            requirement.path(SERVICE_SCHEME).forEach(role -> required.add(role.asText()));
            requirement.path(API_KEY_SCHEME).forEach(role -> required.add(role.asText()));
        });
        Set<String> roles = new TreeSet<>(route.roles());
        if (!required.isEmpty()) {
            roles.retainAll(required);
        }
        return roles;
    }

    private ObjectNode responseRef(String name) {
        return json.createObjectNode().put("$ref", ref("responses", name));
    }

    private JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        JsonNode copy = node.deepCopy();
        rewrite(copy, renamed);
        JsonNode components = copy.path("components");
        renamed.forEach((from, to) -> {
            String[] source = from.split("/");
            String[] target = to.split("/");
            ObjectNode kind = (ObjectNode) components.get(source[2]);
            kind.set(target[3], kind.remove(source[3]));
        });
        return copy;
    }

    private static void rewrite(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.put("$ref", renamed.get(ref.asText()));
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
