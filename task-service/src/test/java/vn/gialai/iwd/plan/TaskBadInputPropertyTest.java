package vn.gialai.iwd.plan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input to task-service (issue 15): task and progress-report writes and the list endpoints'
 * query parameters. Whatever is sent, the answer is a documented 4xx problem+json or a success, never
 * a 5xx, and a refused write leaves no row. jqwik samples inside one running application, as
 * registry-service's ArrivalOrderPropertyTest does, {@value #TRIES} per property.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class TaskBadInputPropertyTest {

    /**
     * Seeds jqwik's sampling for this thread, so that a run sends the same inputs as the last green one;
     * {@code -Diwd.bad-input.seed=…} explores others (the seed is printed either way).
     */
    @BeforeEach
    void sameSamplesEveryRun() {
        String seed = System.getProperty("iwd.bad-input.seed", "20261203");
        SourceOfRandomness.create(seed);
        System.out.println("bad-input samples seeded with " + seed + " (-Diwd.bad-input.seed to change)");
    }

    static final int TRIES = 100;
    private static final String TASKS = PlanApi.BASE + "/tasks";

    @Inject
    AgroalDataSource dataSource;

    /** A body and whether it must be refused (Jackson's coercions, such as 1 for a text, may be taken). */
    record Body(byte[] bytes, boolean mustRefuse) {
        static Body refused(String text) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), true);
        }

        static Body either(String text) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), false);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String validTask(String code) {
        return """
                {"code": "%s", "plan": "TEST-BAD", "group": "I", "title": "Nhiệm vụ thử", "lead": {"units": ["SO-YTE"]}, \
                "schedule": {"kind": "DEADLINE", "dueDate": "2026-12-31"}}""".formatted(code);
    }

    /** {@code json} (an object) with the member replaced by, or given, the raw value. */
    private static String withMember(String json, String field, String value) {
        Map<String, Object> members = read(json);
        members.put(field, new Raw(value));
        return write(members);
    }

    record Raw(String json) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, LinkedHashMap.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Map<String, Object> members) {
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(quote(name)).append(": ");
            try {
                json.append(value instanceof Raw raw ? raw.json()
                        : new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return json.append('}').toString();
    }

    private static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static Arbitrary<String> notJson() {
        return Arbitraries.of("", " ", "{", "[", "{\"a\":", "{'a': 1}", "{a: 1}", "{\"a\": 1,}", "[1,]", "{\"a\": 01}",
                "{\"a\": NaN}", "{\"a\": \"\\u12\"}", "{\"a\": \"line\nbreak\"}", "<xml/>", "a=1", "\u0000",
                "{/* c */}", "{\"a\": tru}");
    }

    static byte[] insertInvalidUtf8(String json, String marker, int which) {
        byte[][] sequences = {{(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xc0, (byte) 0xaf},
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        byte[] bad = sequences[which % sequences.length];
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int at = json.substring(0, json.indexOf(marker) + marker.length()).getBytes(StandardCharsets.UTF_8).length;
        byte[] result = new byte[text.length + bad.length];
        System.arraycopy(text, 0, result, 0, at);
        System.arraycopy(bad, 0, result, at, bad.length);
        System.arraycopy(text, at, result, at + bad.length, text.length - at);
        return result;
    }

    static String nested(int depth, boolean arrays) {
        return arrays ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** Text that is hostile to a database, a page or a terminal: stored as data, or refused naming the field. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(Arbitraries.of("Robert'); DROP TABLE plan_task;--", "' OR '1'='1", "<script>alert(1)</script>",
                        "<img src=x onerror=alert(1)>", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "%s%n", "\\N", "%_\\"),
                Arbitraries.of("\u0000", "\u0001", "\u001b[31m", "\u007f", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff",
                        "\u2028", "\ud83d\ude00", "\u0301", "\t", "\r\n").map(c -> "Nhiệm" + c + "vụ"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
    }

    static Arbitrary<Body> badTaskBodies(String code) {
        String valid = validTask(code);
        Map<String, List<String>> invalid = Map.of(
                "code", List.of("\"iii.1\"", "\"\"", "\"" + "A".repeat(33) + "\"", "[]", "{}", "null", "\"A B\""),
                "plan", List.of("\"\"", "\"   \"", "\"" + "P".repeat(65) + "\"", "[]", "{}", "null"),
                "group", List.of("\"i\"", "\"\"", "\"" + "G".repeat(17) + "\"", "[]", "null"),
                "title", List.of("\"\"", "\"" + "t".repeat(2001) + "\"", "[]", "{}", "null"),
                "lead", List.of("{}", "{\"units\": []}", "{\"units\": [\"NO-SUCH-AGENCY\"]}", "{\"units\": \"SO-YTE\"}",
                        "{\"units\": [null]}", "{\"units\": [\"so-yte\"]}", "{\"groups\": [\"NO-GROUP\"]}", "[]", "\"SO-YTE\"",
                        "null", "{\"units\": [\"SO-YTE\"], \"extra\": 1}"),
                "schedule", List.of("{}", "{\"kind\": \"SOMETIME\"}", "{\"kind\": \"DEADLINE\"}",
                        "{\"kind\": \"DEADLINE\", \"dueDate\": \"2026-02-30\"}", "{\"kind\": \"DEADLINE\", \"dueDate\": \"2026-13-01\"}",
                        "{\"kind\": \"DEADLINE\", \"dueDate\": \"31/12/2026\"}", "{\"kind\": \"ANNUAL_FROM\", \"startYear\": 1999}",
                        "{\"kind\": \"ANNUAL_FROM\", \"startYear\": \"2025\"}", "{\"kind\": \"ANNUAL_FROM\", \"startYear\": 2025.5}",
                        "{\"kind\": \"ANNUAL_FROM\", \"startYear\": 99999999999}", "{\"kind\": \"AFTER_TRIGGER\", \"daysAfterTrigger\": 0}",
                        "{\"kind\": \"AFTER_TRIGGER\", \"daysAfterTrigger\": -1}", "{\"kind\": \"DEADLINE\", \"dueDate\": \"2026-12-31\", \"startYear\": 2025}",
                        "[]", "\"DEADLINE\"", "null"),
                "submissionLevel", List.of("[]", "{}", "\"" + "s".repeat(201) + "\""));
        Arbitrary<Body> invalidMember = Arbitraries.of(invalid.keySet().stream().sorted().toList())
                .flatMap(field -> Arbitraries.of(invalid.get(field)).map(value -> Body.refused(withMember(valid, field, value))));
        Arbitrary<Body> coercible = Combinators.combine(Arbitraries.of("plan", "title", "groupTitle", "submissionLevel"),
                Arbitraries.of("1", "true", "1.5")).as((field, value) -> Body.either(withMember(valid, field, value)));
        Arbitrary<Body> extremeDates = Arbitraries.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "-0001-01-01",
                        "+10000-01-01", "0001-01-01", "9999-12-31")
                .map(date -> Body.either(withMember(valid, "schedule", "{\"kind\": \"DEADLINE\", \"dueDate\": \"" + date + "\"}")));
        Arbitrary<Body> unknown = Arbitraries.of("id", "status", "createdAt", "__proto__", "", "Code", "title ")
                .map(name -> Body.refused(withMember(valid, name, "1")));
        Arbitrary<Body> deep = Combinators.combine(Arbitraries.integers().between(1_001, 10_000), Arbitraries.of(true, false))
                .as((depth, arrays) -> Body.refused(withMember(valid, "groupTitle", nested(depth, arrays))));
        Arbitrary<Body> truncated = Arbitraries.integers().between(0, valid.length() - 1)
                .map(cut -> Body.refused(valid.substring(0, cut)));
        Arbitrary<Body> shapes = Arbitraries.of("[]", "[" + valid + "]", "\"task\"", "42", "null", valid + " x", valid + valid)
                .map(Body::refused);
        // Jackson alone would decode overlong forms and encoded surrogates: rest.StrictUtf8Bodies refuses them.
        Arbitrary<Body> badUtf8 = Arbitraries.integers().between(0, 5)
                .map(which -> new Body(insertInvalidUtf8(valid, "Nhi", which), true));
        return Arbitraries.oneOf(invalidMember, coercible, extremeDates, unknown, deep, truncated, shapes,
                notJson().map(Body::refused), badUtf8);
    }

    @Test
    void aTaskThatCannotBeReadOrIsInvalidIs400AndWritesNoTask() {
        long tasks = count("select count(*) from plan_task");
        int[] created = {0};
        Arbitraries.just(0).map(ignored -> PlanApi.newTaskCode()).flatMap(TaskBadInputPropertyTest::badTaskBodies)
                .sampleStream().limit(TRIES).forEach(body -> {
                    Response answer = given().header("Authorization", Tokens.planAdmin()).contentType("application/json")
                            .body(body.bytes()).when().post(TASKS);
                    if (!body.mustRefuse() && answer.statusCode() == 201) {
                        created[0]++;
                        return;
                    }
                    assertProblem(answer, Set.of(400, 409), body.text());
                });
        assertEquals(tasks + created[0], count("select count(*) from plan_task"), "no refused task written");
    }

    @Test
    void aPatchThatCannotBeReadOrIsInvalidIs400AndChangesNothing() {
        String code = PlanApi.createTask(PlanApi.newPlan(), "{\"units\": [\"SO-YTE\"]}", "null",
                "{\"kind\": \"DEADLINE\", \"dueDate\": \"2026-12-31\"}");
        String before = given().header("Authorization", Tokens.portal()).when().get(TASKS + "/" + code + "?asOf=2026-01-01")
                .then().statusCode(200).extract().asString();
        Arbitrary<String> patches = Arbitraries.oneOf(
                Arbitraries.of("{\"code\": \"OTHER.1\"}", "{\"title\": \"\"}", "{\"title\": []}", "{\"lead\": {}}",
                        "{\"lead\": {\"units\": [\"NO-SUCH\"]}}", "{\"schedule\": {\"kind\": \"DEADLINE\"}}",
                        "{\"schedule\": {\"kind\": \"DEADLINE\", \"dueDate\": \"2026-02-30\"}}", "{\"unknown\": 1}",
                        "{\"plan\": \"" + "p".repeat(65) + "\"}", "[]", "\"x\"", "{} x", "{\"title\": \"t\"}{}"),
                notJson(), Arbitraries.integers().between(1_001, 10_000).map(depth -> "{\"groupTitle\": " + nested(depth, true) + "}"));
        patches.sampleStream().limit(TRIES / 2).forEach(patch -> {
            Response answer = given().header("Authorization", Tokens.planAdmin()).contentType("application/merge-patch+json")
                    .body(patch.getBytes(StandardCharsets.UTF_8)).when().patch(TASKS + "/" + code);
            assertProblem(answer, Set.of(400), patch);
        });
        assertEquals(before, given().header("Authorization", Tokens.portal()).when().get(TASKS + "/" + code + "?asOf=2026-01-01")
                .then().statusCode(200).extract().asString(), "the task is unchanged");
    }

    @Test
    void aReportThatCannotBeReadOrIsInvalidIsRefusedAndWritesNoReport() {
        String code = PlanApi.createTask(PlanApi.newPlan(), "{\"units\": [\"SO-YTE\"]}", "null",
                "{\"kind\": \"ANNUAL_FROM\", \"startYear\": 2024}");
        String valid = PlanApi.reportBody("2024", "IN_PROGRESS");
        Map<String, List<String>> invalid = Map.of(
                "period", List.of("\"24\"", "\"2024 \"", "\"١٢٣٤\"", "\"2099\"", "\"1999\"", "null", "[]", "\"\""),
                "status", List.of("\"FINISHED\"", "\"done\"", "\"\"", "1", "0", "null", "[]"),
                "summary", List.of("\"\"", "\"   \"", "\"" + "s".repeat(4001) + "\"", "[]", "{}", "null"),
                "evidence", List.of("\"https://x\"", "[1]", "[null]", "[\"ftp://x\"]", "[\"javascript:alert(1)\"]",
                        "[\"https://x y\"]", "[\"https://" + "x".repeat(2000) + "\"]",
                        "[" + "\"https://x\",".repeat(20) + "\"https://x\"]", "{}"),
                "agency", List.of("\"so-yte\"", "\"NO-SUCH\"", "\"A\"", "[]", "\"LHH-KHKT\""));
        Arbitrary<String> invalidMember = Arbitraries.of(invalid.keySet().stream().sorted().toList())
                .flatMap(field -> Arbitraries.of(invalid.get(field)).map(value -> withMember(valid, field, value)));
        Arbitrary<String> unknown = Arbitraries.of("id", "submittedAt", "submittedBy", "taskCode", "", "Period")
                .map(name -> withMember(valid, name, "1"));
        Arbitrary<String> other = Arbitraries.oneOf(notJson(), Arbitraries.of("[]", "\"x\"", "null", valid + " x", valid + valid),
                Arbitraries.integers().between(0, valid.length() - 1).map(cut -> valid.substring(0, cut)),
                Arbitraries.integers().between(1_001, 10_000).map(depth -> withMember(valid, "evidence", nested(depth, true))));
        long reports = count("select count(*) from progress_report");
        Arbitraries.oneOf(invalidMember, unknown, other).sampleStream().limit(TRIES).forEach(body -> {
            Response answer = given().header("Authorization", Tokens.submitter("SO-YTE")).contentType("application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8)).when().post(TASKS + "/" + code + "/reports");
            assertProblem(answer, Set.of(400, 403, 422), body);
        });
        assertEquals(reports, count("select count(*) from progress_report"), "no report written");

        // Free text in a summary: stored and returned verbatim, or refused naming the field.
        hostileText().sampleStream().limit(TRIES / 2).forEach(text -> {
            Response answer = given().header("Authorization", Tokens.submitter("SO-YTE")).contentType("application/json")
                    .body(withMember(valid, "summary", json(text)))
                    .when().post(TASKS + "/" + code + "/reports");
            if (answer.statusCode() == 201) {
                assertEquals(text, answer.jsonPath().getString("summary"), "summary returned verbatim");
            } else if (text.isBlank()) {
                assertProblem(answer, Set.of(400), text);
            } else {
                assertProblem(answer, Set.of(400), text);
                assertTrue(answer.jsonPath().getList("errors.field").contains("summary"), answer.asString());
            }
        });
    }

    @Test
    void aTriggerOnAnImpossibleOrExtremeDayIsRefusedNeverA5xx() {
        String code = PlanApi.createTask(PlanApi.newPlan(), "{\"units\": [\"SO-YTE\"]}", "null",
                "{\"kind\": \"AFTER_TRIGGER\", \"daysAfterTrigger\": 30}");
        Arbitraries.oneOf(Arbitraries.of("\"2025-02-30\"", "\"2025-13-01\"", "\"01/02/2025\"", "\"+999999999-12-31\"",
                                "\"-999999999-01-01\"", "\"0000-01-01\"", "\"-0001-01-01\"", "\"0001-01-01\"", "1", "[]", "null", "\"\""),
                        Arbitraries.integers().between(-999_999, 1899).map(year -> "\"" + String.format("%04d", year) + "-06-01\""))
                .sampleStream().limit(TRIES / 2).forEach(day -> {
                    String body = "{\"occurredOn\": " + day + ", \"reference\": \"Nghị định 179/2024/NĐ-CP\"}";
                    Response answer = given().header("Authorization", Tokens.planAdmin()).contentType("application/json")
                            .body(body).when().post(TASKS + "/" + code + "/trigger");
                    if (answer.statusCode() != 200) {
                        assertProblem(answer, Set.of(400, 409), body);
                    }
                });
    }

    // ---- list parameters -----------------------------------------------------------------------

    static Arbitrary<String> limits() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-2, 1_002).map(String::valueOf),
                Arbitraries.of("0", "1001", "2147483648", "9".repeat(40), "1e3", "0x10", "1.5", "+5", " 7 ", "١٠",
                        "ten", "", "'", "5\u0000", "\u200b5"));
    }

    static boolean validLimit(String value) {
        if (value.isBlank()) {
            return true;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            return limit >= 1 && limit <= 1000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Arbitrary<String> cursors() {
        return Arbitraries.oneOf(Arbitraries.of("id:0", "id:-1", "id:9223372036854775807", "id:9223372036854775808", "id:",
                        "id:x", "ID:1", "1", "id:1 ", "id:+1").map(TaskBadInputPropertyTest::b64),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                Arbitraries.of("-1", "0", "===", "AAAA====", "\u0000", "x".repeat(1000), "' OR 1=1 --"));
    }

    static Arbitrary<String> days() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("2025-02-30", "2025-13-01", "2025-1-1", "+999999999-12-31", "-999999999-01-01", "0000-01-01",
                        "1999-12-31", "2101-01-01", "2025-06-01", "2025-06-01T00:00:00Z", "\u0000", "today"));
    }

    /** A GET with its query parameters; {@code task} fills the path's {code}, sent encoded. */
    record Query(String path, Map<String, String> parameters, String task) {
        Query(String path, Map<String, String> parameters) {
            this(path, parameters, null);
        }
    }

    @Test
    void listParametersAreReadOrRefusedWith400NamingThemNeverA5xx() {
        Arbitrary<Query> tasks = Combinators.combine(limits().injectNull(0.3), cursors().injectNull(0.3),
                days().injectNull(0.5), hostileText().injectNull(0.6)).as((limit, cursor, asOf, plan) ->
                new Query(TASKS, parameters("limit", limit, "cursor", cursor, "asOf", asOf, "plan", plan)));
        Arbitrary<Query> reports = Combinators.combine(limits().injectNull(0.3), cursors().injectNull(0.3),
                // RestAssured reads braces in a path value as a template of its own: such values go in the query only.
                Arbitraries.oneOf(Arbitraries.of("III.3", "V.3"), hostileText().filter(text -> !text.contains("{")
                        && !text.contains("}")))).as((limit, cursor, task) ->
                new Query(TASKS + "/{code}/reports", parameters("limit", limit, "cursor", cursor), task));
        Arbitrary<Query> overdue = Combinators.combine(days().injectNull(0.3), hostileText().injectNull(0.5))
                .as((asOf, plan) -> new Query(PlanApi.BASE + "/overdue", parameters("asOf", asOf, "plan", plan)));
        Arbitrary<Query> compliance = Combinators.combine(Arbitraries.oneOf(limits(), Arbitraries.of("2025", "1999", "2101")),
                days().injectNull(0.5)).as((year, asOf) -> new Query(PlanApi.BASE + "/compliance",
                parameters("year", year, "asOf", asOf)));
        Arbitraries.oneOf(tasks, reports, overdue, compliance).sampleStream().limit(2L * TRIES).forEach(query -> {
            Response answer = given().header("Authorization", Tokens.portal()).urlEncodingEnabled(true)
                    .queryParams(query.parameters()).when()
                    .get(query.path(), query.task() == null ? new Object[0] : new Object[]{query.task()});
            String what = query.path() + " " + query.parameters();
            if (answer.statusCode() == 200) {
                String limit = query.parameters().get("limit");
                assertTrue(limit == null || validLimit(limit), "limit " + limit + " was taken: " + what);
            } else {
                assertProblem(answer, Set.of(400, 404), what);
                String limit = query.parameters().get("limit");
                // The parameter named is one that was sent (the first unreadable one, when several are).
                List<String> fields = answer.jsonPath().getList("errors.field");
                assertTrue(fields == null || fields.stream().allMatch(field -> field.equals("code")
                        || query.parameters().containsKey(field)), what + " " + answer.asString());
                if (answer.statusCode() == 400 && limit != null && !validLimit(limit) && query.parameters().size() == 1) {
                    assertEquals(List.of("limit"), fields, what);
                }
            }
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parameters;
    }

    static void assertProblem(Response response, Set<Integer> statuses, String input) {
        int status = response.statusCode();
        String body = response.asString();
        String shown = input.length() > 400 ? input.substring(0, 400) + "…" : input;
        if (!statuses.contains(status)) {
            fail("expected one of " + statuses + " but got " + status + " " + body + "\n for input: " + shown);
        }
        assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"),
                "problem+json for " + shown + ", got " + response.contentType());
        assertEquals(status, response.jsonPath().getInt("status"), body);
        assertTrue(!body.contains("Exception") && !body.contains("org.postgresql"), "no internals in " + body);
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
