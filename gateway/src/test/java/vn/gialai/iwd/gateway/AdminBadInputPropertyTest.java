package vn.gialai.iwd.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile bodies and ids on the gateway's admin API (issue 15): a documented 4xx problem+json, never a
 * 5xx, and no client made by a refused request. Seeded ({@code -Diwd.bad-input.seed=…}).
 */
@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
class AdminBadInputPropertyTest {

    private static final int TRIES = 150;
    private static final String ADMIN_KEY = "test-only-admin-key-not-secret-0123456789abcdefghijklmnop";
    private static final String VALID = "{\"name\": \"HR system\", \"roles\": [\"submitter\"], \"units\": [\"SO-YTE\"], "
            + "\"rateLimitPerSecond\": 50}";

    @BeforeEach
    void sameSamplesEveryRun() {
        String seed = System.getProperty("iwd.bad-input.seed", "20261203");
        SourceOfRandomness.create(seed);
        System.out.println("bad-input samples seeded with " + seed + " (-Diwd.bad-input.seed to change)");
    }

    static Arbitrary<String> badBodies() {
        Arbitrary<String> values = Arbitraries.of("1", "-1", "0", "1.5", "true", "null", "[]", "{}", "\"\"", "\"   \"",
                "\"x\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"" + "x".repeat(201) + "\"", "[\"\\u0000\"]",
                "[null]", "[1]", "[\"planet\"]", "[\"so-yte\"]", "[\"ADMIN\"]", "2147483648", "1e309", "1000001",
                "\"<script>\"", "\"'; DROP TABLE api_client;--\"", "[\"submitter\", 1]");
        Arbitrary<String> member = Arbitraries.of("name", "roles", "units", "rateLimitPerSecond", "id", "apiKey",
                "keyHash", "revokedAt", "bootstrapVariable", "", "Name");
        Arbitrary<String> replaced = net.jqwik.api.Combinators.combine(member, values).as(AdminBadInputPropertyTest::with);
        Arbitrary<String> broken = Arbitraries.of("", "{", "[]", "null", "\"client\"", VALID + "x", VALID + VALID,
                VALID.substring(0, 20), "{\"name\": \"a\", \"roles\": [\"submitter\"]}", "[" + VALID + "]",
                "{\"name\": \"a\", \"roles\": []}", "{\"roles\": [\"admin\"]}", "[".repeat(5_000) + "]".repeat(5_000));
        return Arbitraries.oneOf(replaced, broken);
    }

    /** {@link #VALID} with one member set to a raw JSON value (added when it is not one of the four). */
    private static String with(String member, String value) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("name", "\"HR system\"");
        members.put("roles", "[\"submitter\"]");
        members.put("units", "[\"SO-YTE\"]");
        members.put("rateLimitPerSecond", "50");
        members.put(member, value);
        return members.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    @Test
    void aClientThatCannotBeReadOrIsInvalidIsRefusedAndNoneIsMade() {
        int before = clients();
        int[] made = {0};
        badBodies().sampleStream().limit(TRIES).forEach(body -> {
            Response answer = given().header("X-API-Key", ADMIN_KEY).contentType(ContentType.JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/admin/clients");
            if (answer.statusCode() == 201) {
                // a body valid after all (a plain name such as "x" or an SQL string, stored as data)
                made[0]++;
                assertTrue(answer.path("apiKey") != null, body);
                return;
            }
            assertRefused(answer, Set.of(400, 413, 422), body);
        });
        assertEquals(before + made[0], clients(), "no refused client was made");
    }

    @Test
    void aClientIdThatIsNotOneIsRefused() {
        Arbitraries.of("x", "1", "00000000-0000-0000-0000-000000000000", "'; DROP TABLE api_client;--",
                        "x".repeat(2_000), "\u202e", "..", "00000000-0000-0000-0000-00000000000g")
                .sampleStream().limit(30).forEach(id -> {
                    Response answer = given().header("X-API-Key", ADMIN_KEY)
                            .when().delete("/api/v1/admin/clients/{id}", id);
                    assertRefused(answer, Set.of(400, 404), id);
                });
    }

    private static int clients() {
        return given().header("X-API-Key", ADMIN_KEY).get("/api/v1/admin/clients").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static void assertRefused(Response answer, Set<Integer> statuses, String input) {
        String shown = input.length() > 200 ? input.substring(0, 200) + "…" : input;
        assertTrue(statuses.contains(answer.statusCode()), answer.statusCode() + " " + answer.asString() + " for " + shown);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + " for " + shown);
        assertFalse(answer.asString().contains("java.") || answer.asString().contains("Exception"), answer.asString());
    }
}
