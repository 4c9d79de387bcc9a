package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile writes to reporting-service (issue 15): target bodies and annual-report years get a documented
 * 4xx problem+json, never a 5xx, and a refused target change leaves no trace in the history. A profile of
 * its own, so that targets set here never meet the figures other tests assert. Seeded
 * ({@code -Diwd.bad-input.seed=…}).
 */
@QuarkusTest
@TestProfile(TargetsBadInputPropertyTest.OwnTargets.class)
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class TargetsBadInputPropertyTest {

    public static class OwnTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iwd.reporting.suppression-threshold", "5");
        }
    }

    private static final int TRIES = 150;
    private static final String PLAN_ADMIN = Tokens.bearer("bad-input-plan-admin", Set.of("plan-admin"), List.of());

    @BeforeEach
    void sameSamplesEveryRun() {
        String seed = System.getProperty("iwd.bad-input.seed", "20261203");
        SourceOfRandomness.create(seed);
        System.out.println("bad-input samples seeded with " + seed + " (-Diwd.bad-input.seed to change)");
    }

    /** One target item with one member set to a raw JSON value. */
    private static String item(String member, String value) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("indicator", "\"COLLEGE_PLUS_COUNT\"");
        members.put("year", "2030");
        members.put("value", "136000");
        members.put("source", "\"Nghị quyết 45-NQ/TW\"");
        members.put(member, value);
        return members.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static Arbitrary<String> badBodies() {
        Map<String, List<String>> invalid = Map.of(
                "indicator", List.of("\"\"", "\"NO_SUCH_INDICATOR\"", "\"college_plus_count\"", "1", "null", "[]",
                        "\"\\u0000\"", "\"'; DROP TABLE target;--\""),
                "year", List.of("2023", "2101", "-1", "0", "2147483648", "null", "[]", "\"next year\""),
                "value", List.of("-1", "\"x\"", "null", "\"NaN\"", "[]", "{}", "136000.5", "1.5"),
                "source", List.of("\"\"", "\"   \"", "null", "[]", "\"" + "x".repeat(501) + "\"", "\"a\\u0000b\"", "\"\\ud800\""),
                "unknown", List.of("1"));
        Arbitrary<String> oneBadItem = Arbitraries.of(invalid.keySet().stream().sorted().toList())
                .flatMap(member -> Arbitraries.of(invalid.get(member)).map(value -> "{\"items\": [" + item(member, value) + "]}"));
        Arbitrary<String> shapes = Arbitraries.of("", "{", "[]", "null", "{}", "{\"items\": []}", "{\"items\": null}",
                "{\"items\": {}}", "{\"items\": [null]}", "{\"items\": [1]}", "{\"items\": [" + item("year", "2030") + "]}x",
                "{\"items\": [" + "{}, ".repeat(100) + "{}]}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"items\": [" + String.join(", ", java.util.Collections.nCopies(101, item("year", "2030"))) + "]}");
        Arbitrary<String> mixed = Combinators.combine(Arbitraries.of(invalid.keySet().stream().sorted().toList()),
                Arbitraries.integers().between(0, 3)).as((member, at) -> {
                    List<String> items = new java.util.ArrayList<>(java.util.Collections.nCopies(3, item("year", "2045")));
                    items.add(Math.min(at, items.size()), item(member, invalid.get(member).get(0)));
                    return "{\"items\": [" + String.join(", ", items) + "]}";
                });
        return Arbitraries.oneOf(oneBadItem, shapes, mixed);
    }

    @Test
    void aTargetChangeThatCannotBeReadOrIsInvalidIsRefusedAndLeavesNoTrace() {
        int before = history();
        badBodies().sampleStream().limit(TRIES).forEach(body -> {
            Response answer = given().header("Authorization", PLAN_ADMIN).contentType(ContentType.JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8)).when().put("/api/v1/reports/targets");
            assertRefused(answer, Set.of(400, 422), body);
        });
        assertEquals(before, history(), "no refused change in the history of targets");
    }

    @Test
    void anAnnualReportOfAYearThatCannotBeIsRefused() {
        Arbitraries.of("2023", "2101", "-1", "0", "x", "2147483648", "2026.5", "'; DROP TABLE annual_report;--", "\u202e")
                .sampleStream().limit(20).forEach(year -> {
                    Response answer = given().header("Authorization", PLAN_ADMIN)
                            .when().post("/api/v1/reports/annual/{year}/publish", year);
                    assertRefused(answer, Set.of(400, 404, 422), year);
                });
    }

    private static int history() {
        return given().header("Authorization", PLAN_ADMIN).get("/api/v1/reports/targets/history").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    private static void assertRefused(Response answer, Set<Integer> statuses, String input) {
        String shown = input.length() > 200 ? input.substring(0, 200) + "…" : input;
        assertTrue(statuses.contains(answer.statusCode()), answer.statusCode() + " " + answer.asString() + " for " + shown);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + " for " + shown);
        assertFalse(answer.asString().contains("java.") || answer.asString().contains("Exception"), answer.asString());
    }
}
