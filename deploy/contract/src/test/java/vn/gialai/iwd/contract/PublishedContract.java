package vn.gialai.iwd.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The OpenAPI document the gateway publishes, read as a vendor's tools read it, and the check of one
 * real answer against it: the status is documented for the operation, the media type is one the
 * operation declares, the documented headers are present, and the body validates against the schema
 * (JSON Schema 2020-12, formats asserted). Objects are checked closed
 * ({@code unevaluatedProperties: false}) although the published document leaves them open for
 * clients: a field a service starts sending without the document saying so fails here.
 */
final class PublishedContract {

    private record Operation(String id, String method, String template, Pattern pattern, int literalLength,
                             JsonNode node) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode document;
    private final JsonNode closedComponents;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final Set<String> exercised = new TreeSet<>();

    PublishedContract(JsonNode document) {
        this.document = document;
        this.closedComponents = closed(document.path("components").deepCopy());
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                String template = path.getKey();
                String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                operations.add(new Operation(entry.getValue().path("operationId").asText(null), entry.getKey(),
                        template, Pattern.compile(regex), template.replaceAll("\\{[^}]+}", "").length(),
                        entry.getValue()));
            }
        }));
    }

    JsonNode document() {
        return document;
    }

    /** Every operation's id; an operation without one is listed by method and path. */
    Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        operations.forEach(operation -> ids.add(idOf(operation)));
        return ids;
    }

    Set<String> exercised() {
        return exercised;
    }

    /** Fails with what differs when the answer to {@code method path} is not what the document says. */
    void check(String method, String path, HttpResponse<String> response) {
        Operation operation = find(method, path);
        exercised.add(idOf(operation));
        String where = method + " " + path + " -> " + response.statusCode() + " (" + idOf(operation) + ")";
        JsonNode answer = responseOf(operation, response.statusCode())
                .orElseThrow(() -> new AssertionError(where + ": status not documented; body " + abbreviated(response.body())));
        checkHeaders(where, answer, response);
        JsonNode content = answer.path("content");
        if (content.isEmpty()) {
            if (!response.body().isEmpty()) {
                throw new AssertionError(where + ": documented without a body, but has one: " + abbreviated(response.body()));
            }
            return;
        }
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        if (!content.has(mediaType)) {
            throw new AssertionError(where + ": media type '" + mediaType + "' not among " + names(content));
        }
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            validate(where, operation, response.statusCode(), mediaType, content.path(mediaType).path("schema"),
                    response.body());
        }
    }

    private Operation find(String method, String path) {
        return operations.stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method))
                .filter(operation -> operation.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Operation::literalLength))
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not in the published document"));
    }

    private Optional<JsonNode> responseOf(Operation operation, int status) {
        JsonNode responses = operation.node().path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        return Optional.ofNullable(response).map(this::resolved);
    }

    private JsonNode resolved(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
            if (current.isMissingNode()) {
                throw new AssertionError("dangling reference " + node.get("$ref").asText());
            }
        }
        return current;
    }

    private void checkHeaders(String where, JsonNode answer, HttpResponse<String> response) {
        answer.path("headers").fields().forEachRemaining(header -> {
            if (response.headers().firstValue(header.getKey()).isEmpty()) {
                throw new AssertionError(where + ": documented header " + header.getKey() + " is missing");
            }
        });
    }

    private void validate(String where, Operation operation, int status, String mediaType, JsonNode schema,
                          String body) {
        JsonSchema validator = compiled.computeIfAbsent(idOf(operation) + " " + status + " " + mediaType, key -> {
            ObjectNode wrapper = json.createObjectNode();
            wrapper.putArray("allOf").add(closed(schema.deepCopy()));
            wrapper.set("components", closedComponents);
            return SCHEMAS.getSchema(wrapper, STRICT_FORMATS);
        });
        JsonNode instance;
        try {
            instance = json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(where + ": body is not JSON: " + abbreviated(body));
        }
        Set<ValidationMessage> problems = validator.validate(instance);
        if (!problems.isEmpty()) {
            throw new AssertionError(where + ": body does not match the schema: " + problems + "\nbody: " + abbreviated(body));
        }
    }

    /** Every schema that lists properties admits no others. */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("properties").isObject() && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                closed(children.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(PublishedContract::closed);
        }
        return node;
    }

    private static String idOf(Operation operation) {
        return operation.id() != null ? operation.id() : operation.method().toUpperCase() + " " + operation.template();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
