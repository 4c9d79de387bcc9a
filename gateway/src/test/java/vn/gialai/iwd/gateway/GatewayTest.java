package vn.gialai.iwd.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
class GatewayTest {

    private static final String ADMIN_KEY = "test-only-admin-key-not-secret-0123456789abcdefghijklmnop";
    /** A valid W3C traceparent with a trace id and span id that are not all zeros. */
    private static final String FRESH_TRACEPARENT = "00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-0[01]";

    @TestHTTPResource("/")
    URL gateway;

    static Response createClient(String name, List<String> roles, List<String> units, int rate) {
        return given().header("X-API-Key", ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("name", name, "roles", roles, "units", units, "rateLimitPerSecond", rate))
                .when().post("/api/v1/admin/clients");
    }

    static String keyOf(String name, List<String> roles, List<String> units, int rate) {
        return createClient(name, roles, units, rate).then().statusCode(201).extract().path("apiKey");
    }

    @Test
    void missingOrUnknownKeyIs401Problem() {
        given().when().get("/api/v1/registry/units")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().header("X-API-Key", "iwd_not-a-key").when().get("/api/v1/registry/units")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/admin/clients").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void adminCreatesAClientWhoseKeyIsShownOnceAndNeverListed() {
        Response created = createClient("HR system of Sở Y tế", List.of("submitter"), List.of("SO-YTE"), 50);
        created.then().statusCode(201)
                .body("apiKey", startsWith("iwd_")).body("roles", hasItem("submitter"))
                .body("units", hasItem("SO-YTE")).body("rateLimitPerSecond", equalTo(50));
        String key = created.path("apiKey");
        assertTrue(key.length() >= 4 + 43, "256 random bits, base64url");
        String listing = given().header("X-API-Key", ADMIN_KEY).when().get("/api/v1/admin/clients")
                .then().statusCode(200).extract().asString();
        assertTrue(listing.contains("HR system of Sở Y tế"));
        assertFalse(listing.contains(key), "the key is never listed");
        assertFalse(listing.contains("apiKey"));
    }

    @Test
    void aSubmitterCannotUseTheAdminApiAndBadRequestsNameTheField() {
        String submitter = keyOf("district", List.of("submitter"), List.of("622"), 50);
        given().header("X-API-Key", submitter).when().get("/api/v1/admin/clients")
                .then().statusCode(403).contentType("application/problem+json");
        createClient("", List.of("wizard"), List.of(), 50).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().header("X-API-Key", ADMIN_KEY).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/admin/clients").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theServiceReceivesASignedCallerTokenAndNeverTheKey() throws Exception {
        String key = keyOf("HR system of Sở Giáo dục", List.of("submitter"), List.of("SO-GDDT"), 50);
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        Response echoed = given().header("X-API-Key", key).header("X-Request-Id", "req-123")
                .header("traceparent", traceparent)
                .when().get("/api/v1/registry/units/SO-GDDT/records?limit=5");
        echoed.then().statusCode(200).header("X-Request-Id", "req-123")
                .body("path", equalTo("/api/v1/registry/units/SO-GDDT/records?limit=5"))
                .body("headers.x-request-id", equalTo("req-123"))
                // The service sees the gateway's own span within the client's trace.
                .body("headers.traceparent", matchesPattern("00-0af7651916cd43dd8448eb211c80319c-(?!b7ad6b7169203331)[0-9a-f]{16}-0[01]"))
                .body("headers.x-api-key", nullValue());
        String authorization = echoed.path("headers.authorization");
        JwtClaims claims = verify(authorization.substring("Bearer ".length()));
        assertEquals("iwd-gateway", claims.getIssuer());
        assertEquals(List.of("submitter"), claims.getStringListClaimValue("groups"));
        assertEquals(List.of("SO-GDDT"), claims.getStringListClaimValue("units"));
        assertTrue(claims.getExpirationTime().getValueInMillis() - System.currentTimeMillis() <= 120_000);
    }

    @Test
    void aReadWhoseConnectionToTheServiceClosesBeforeAnyAnswerIsSentOnceMore() {
        String path = "/api/v1/public/closes-first/" + UUID.randomUUID();
        given().when().get(path).then().statusCode(200).body("path", equalTo(path));
        assertTrue(FakeServicesResource.closedOnce.contains(path), "the first attempt was closed without an answer");
    }

    @Test
    void aWriteWhoseConnectionClosesIsNeverSentTwice() {
        String key = keyOf("HR system that writes", List.of("submitter"), List.of("SO-GDDT"), 50);
        String path = "/api/v1/registry/closes-first/" + UUID.randomUUID();
        given().header("X-API-Key", key).contentType(ContentType.JSON).body("{\"records\": []}")
                .when().post(path).then().statusCode(503).contentType("application/problem+json");
        assertFalse(FakeServicesResource.completeBodies.containsKey(path), "the body reached the service");
    }

    @Test
    void aRequestIdAndATraceAreMadeWhenTheClientSendsNone() {
        String uuidVersion4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
        String first = given().when().get("/api/v1/public/echo")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(uuidVersion4))
                .body("headers.traceparent", matchesPattern(FRESH_TRACEPARENT))
                .body("headers.authorization", nullValue()).extract().header("X-Request-Id");
        given().when().get("/api/v1/public/echo").then().statusCode(200)
                .header("X-Request-Id", allOf(matchesPattern(uuidVersion4), not(first)));
        given().header("traceparent", "00-not-a-trace-01").header("tracestate", "vendor=claimed").when()
                .get("/api/v1/public/echo").then().statusCode(200)
                .body("headers.traceparent", matchesPattern(FRESH_TRACEPARENT))
                .body("headers.traceparent", not(startsWith("00-not")))
                .body("headers.tracestate", nullValue());
    }

    @Test
    void aKeyOnAPublicRouteIsIgnoredSoItStaysAnonymous() {
        given().header("X-API-Key", "iwd_made-up-public").when().get("/api/v1/public/echo")
                .then().statusCode(200).body("headers.authorization", nullValue());
        given().header("X-API-Key", "iwd_made-up-public").when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theAdminApiIsRateLimitedLikeTheProxiedRoutes() {
        String busyAdmin = keyOf("busy admin", List.of("admin"), List.of(), 2);
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Response response = given().header("X-API-Key", busyAdmin).when().get("/api/v1/admin/clients");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                response.then().contentType("application/problem+json").header("Retry-After", notNullValue());
            }
        }
        assertTrue(statuses.contains(200) && statuses.contains(429), "statuses " + statuses);
    }

    @Test
    void aRoleNotAllowedOnTheRouteIs403() {
        String portal = keyOf("provincial portal", List.of("portal"), List.of(), 50);
        given().header("X-API-Key", portal).when().get("/api/v1/registry/units")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("X-API-Key", portal).when().get("/api/v1/reports/indicators").then().statusCode(200);
    }

    @Test
    void rateLimitsArePerClient() {
        String busy = keyOf("busy", List.of("analyst"), List.of(), 2);
        String calm = keyOf("calm", List.of("analyst"), List.of(), 2);
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 6; i++) {
            Response response = given().header("X-API-Key", busy).when().get("/api/v1/reports/indicators");
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.header("Retry-After");
                response.then().contentType("application/problem+json");
            }
        }
        assertTrue(limited >= 1, "a client beyond its rate gets 429");
        assertTrue(Integer.parseInt(retryAfter) >= 1);
        given().header("X-API-Key", calm).when().get("/api/v1/reports/indicators").then().statusCode(200);
    }

    @Test
    void bodiesOverTheCapAre413() {
        String key = keyOf("big sender", List.of("submitter"), List.of("SO-YTE"), 50);
        given().header("X-API-Key", key).contentType(ContentType.JSON).body("x".repeat(65 * 1024))
                .when().post("/api/v1/registry/units/SO-YTE/records/batch")
                .then().statusCode(413).contentType("application/problem+json");
        given().header("X-API-Key", key).contentType(ContentType.JSON).body("x".repeat(1024))
                .when().post("/api/v1/registry/units/SO-YTE/records/batch")
                .then().statusCode(200).body("bodyBytes", equalTo(1024));
    }

    @Test
    void madeUpKeysAreNotRememberedAndAKnownKeyIsOnce() {
        String key = keyOf("remembered", List.of("analyst"), List.of(), 50);
        given().header("X-API-Key", key).when().get("/api/v1/reports/indicators").then().statusCode(200);
        double remembered = rememberedKeys();
        for (int i = 0; i < 200; i++) {
            given().header("X-API-Key", "iwd_made-up-" + i).when().get("/api/v1/reports/indicators").then().statusCode(401);
        }
        given().header("X-API-Key", key).when().get("/api/v1/reports/indicators").then().statusCode(200);
        // At most as many: entries of this run's other keys may expire (5 s) while the loop runs on a busy machine.
        double after = rememberedKeys();
        assertTrue(after <= remembered, "keys remembered after 200 made-up keys and a known one again: " + after
                + ", before: " + remembered);
    }

    /** The key cache's size as the gateway exports it. */
    private static double rememberedKeys() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("cache_size{") && line.contains("cache=\"gateway-api-keys\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no cache_size metric for gateway-api-keys"));
    }

    @Test
    void aRevokedKeyStopsWorking() {
        Response created = createClient("to revoke", List.of("analyst"), List.of(), 50);
        String key = created.path("apiKey");
        given().header("X-API-Key", key).when().get("/api/v1/reports/indicators").then().statusCode(200);
        given().header("X-API-Key", ADMIN_KEY).when().delete("/api/v1/admin/clients/" + created.path("id"))
                .then().statusCode(204);
        given().header("X-API-Key", key).when().get("/api/v1/reports/indicators").then().statusCode(401);
    }

    @Test
    void keysNeverAppearInTheLog() throws Exception {
        String key = keyOf("log check", List.of("analyst"), List.of(), 50);
        given().header("X-API-Key", key).when().get("/api/v1/reports/indicators").then().statusCode(200);
        String log = Files.readString(Path.of("target/gateway-test.log"));
        assertTrue(log.contains("/api/v1/reports/indicators"), "requests are logged");
        assertFalse(log.contains(key));
        assertFalse(log.contains(ADMIN_KEY));
    }

    @Test
    void aLargeExportStreamsThroughWithoutBeingBuffered() throws Exception {
        String key = keyOf("analyst", List.of("analyst"), List.of(), 50);
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(gateway + "api/v1/reports/export/persons?format=ndjson"))
                        .header("X-API-Key", key).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long received;
        try (InputStream body = response.body()) {
            received = body.transferTo(OutputStream.nullOutputStream());
        }
        assertEquals(FakeServicesResource.EXPORT_BYTES, received,
                "300 MB passed through a gateway whose whole heap is 256 MB");
    }

    @Test
    void oneOpenApiDocumentCoversEveryServiceAndTheApiKey() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("servers[0].url", equalTo(gateway.toString().replaceAll("/$", "")))
                .body("info.license.identifier", equalTo("CC-BY-4.0"))
                .body("info.contact.name", notNullValue())
                .body("paths.'/api/v1/registry/units'", notNullValue())
                .body("paths.'/api/v1/admin/clients'", notNullValue())
                .body("paths", not(org.hamcrest.Matchers.hasKey("/q/health")))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"));
    }

    @Test
    void eachOperationStatesItsRolesAndTheGatewaysOwnAnswers() {
        String registryUnits = "paths.'/api/v1/registry/units'.get.";
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(registryUnits + "security[0].apiKey", equalTo(List.of("admin", "registry-admin")))
                .body(registryUnits + "description", org.hamcrest.Matchers.endsWith("Roles: admin, registry-admin."))
                .body(registryUnits + "responses.'401'.$ref", equalTo("#/components/responses/Unauthorized"))
                .body(registryUnits + "responses.'429'.$ref", equalTo("#/components/responses/TooManyRequests"))
                .body(registryUnits + "responses.'503'.$ref", equalTo("#/components/responses/ServiceUnavailable"))
                .body(registryUnits + "responses.collect { it.key }", equalTo(List.of("200", "401", "403", "429", "503")))
                .body("paths.'/api/v1/admin/clients'.post.security[0].apiKey", equalTo(List.of("admin")))
                .body("paths.'/api/v1/admin/clients'.post.responses.'413'.$ref",
                        equalTo("#/components/responses/PayloadTooLarge"))
                .body("components.responses.TooManyRequests.headers.'Retry-After'", notNullValue())
                .body("components.schemas.Problem.required", equalTo(List.of("type", "title", "status")))
                .body("components.schemas.RegistryProblem", equalTo(Map.of("type", "object")));
    }

    private static JwtClaims verify(String token) throws Exception {
        String base64 = FakeServicesResource.publicKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer("iwd-gateway")
                .setExpectedAudience("registry-service")
                .setRequireExpirationTime().setRequireSubject().build().processToClaims(token);
    }
}
