package vn.gialai.iwd.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Stands in for the three services: echoes what reached it (headers, body size) as JSON, streams a
 * large export, serves a small OpenAPI document and the public API's answers from
 * src/test/resources/public-api (other public paths are echoed too). Also makes the gateway's
 * signing key pair.
 */
public class FakeServicesResource implements QuarkusTestResourceLifecycleManager {

    public static final long EXPORT_BYTES = 300L * 1024 * 1024;
    static volatile String publicKeyPem;
    /** While true, the public API answers 503, as a reporting-service that is down behind a proxy would. */
    static volatile boolean publicApiDown;
    /** Request URI → bytes of each echoed request whose body arrived complete. */
    static final Map<String, Long> completeBodies = new ConcurrentHashMap<>();
    /** Paths with "/closes-first/" whose first request had its connection closed without an answer. */
    static final Set<String> closedOnce = ConcurrentHashMap.newKeySet();

    private HttpServer server;
    private Path keys;

    @Override
    public Map<String, String> start() {
        try {
            keys = Files.createTempDirectory("iwd-gateway-keys");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            publicKeyPem = pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Path privateKey = Files.writeString(keys.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", this::handle);
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "iwd.gateway.services.registry", url,
                    "iwd.gateway.services.plan", url,
                    "iwd.gateway.services.reporting", url,
                    "smallrye.jwt.sign.key.location", privateKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        server.stop(0);
        try (var files = Files.list(keys)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.contains("/closes-first/") && closedOnce.add(path)) {
            // As a connection that closes under a request does: no status line, no answer.
            exchange.close();
            return;
        }
        Optional<String> publicAnswer = publicAnswer(exchange);
        if (publicAnswer.isPresent() && publicApiDown) {
            respond(exchange, 503, "{\"status\": 503}");
        } else if (publicAnswer.isPresent()) {
            respond(exchange, 200, publicAnswer.get());
        } else if (path.startsWith("/api/v1/public/annual/")) {
            respond(exchange, 404, "{\"status\": 404, \"title\": \"Not Found\"}");
        } else if (path.equals("/api/v1/plan/tasks-created")) {
            // As JAX-RS's Response.created does: the location made absolute with the service's own address.
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/api/v1/plan/tasks/NV-01?view=full");
            respond(exchange, 201, "{}");
        } else if (path.equals("/api/v1/reports/export/persons")) {
            streamExport(exchange);
        } else if (path.equals("/q/openapi")) {
            respond(exchange, 200, """
                    {"openapi": "3.0.3", "info": {"title": "fake", "version": "1"},
                     "paths": {"/api/v1/registry/units": {"get": {"operationId": "listUnits",
                                 "security": [{"SecurityScheme": ["registry-admin", "admin", "nobody"]}],
                                 "responses": {"200": {"description": "units"}, "401": {"description": "internal token"}}}},
                               "/q/health": {"get": {"responses": {"200": {"description": "internal"}}}}},
                     "components": {"schemas": {"Problem": {"type": "object"}}}}""");
        } else {
            long bodyBytes;
            try (InputStream body = exchange.getRequestBody()) {
                bodyBytes = body.transferTo(OutputStream.nullOutputStream());
            }
            completeBodies.put(exchange.getRequestURI().toString(), bodyBytes);
            String headers = exchange.getRequestHeaders().entrySet().stream()
                    .map(header -> quote(header.getKey().toLowerCase()) + ": " + quote(header.getValue().get(0)))
                    .collect(Collectors.joining(", "));
            respond(exchange, 200, "{\"method\": " + quote(exchange.getRequestMethod()) + ", \"path\": "
                    + quote(exchange.getRequestURI().toString()) + ", \"bodyBytes\": " + bodyBytes
                    + ", \"headers\": {" + headers + "}}");
        }
    }

    private static Optional<String> publicAnswer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.startsWith("/api/v1/public/")) {
            return Optional.empty();
        }
        String name = path.substring("/api/v1/public/".length()).replace('/', '-');
        if (name.equals("breakdown")) {
            String by = exchange.getRequestURI().getQuery().replaceFirst("^by=", "");
            return fixture("breakdown-" + by).or(() -> fixture("breakdown").map(answer -> answer.replace("BY", by)));
        }
        if (name.equals("contributions")) {
            return fixture("contributions-" + exchange.getRequestURI().getQuery().replaceFirst("^by=", ""));
        }
        return fixture(name);
    }

    private static Optional<String> fixture(String name) {
        try (InputStream in = FakeServicesResource.class.getResourceAsStream("/public-api/" + name + ".json")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void streamExport(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = ("{\"pseudonym\": \"p\", \"qualification\": \"BACHELOR\"}\n".repeat(1300)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < EXPORT_BYTES; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, EXPORT_BYTES - sent));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
