package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contributions report (issue 16) from version 2 person events: contributions and distinct contributors by
 * type, level, year, sector and unit, exact for analysts; withheld where few persons made them for the public
 * and the portal, with nothing withheld computable from what is shown.
 */
@QuarkusTest
@TestProfile(ContributionsTest.OwnProvince.class)
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContributionsTest {

    /** A profile of its own: a clean database, so the persons counted here do not change other tests' totals. */
    public static class OwnProvince implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iwd.reporting.suppression-threshold", "5");
        }
    }

    static final String ANALYST = Tokens.bearer("test-analyst", Set.of("analyst"), List.of());
    static final String PORTAL = Tokens.bearer("test-portal", Set.of("portal"), List.of());
    static final String KNOWN = "2026-03-01T03:00:00Z";
    static final String HEALTH = Dataset.unit("C-YTE", "2025-07-01", null);
    static final String EDUCATION = Dataset.unit("C-GDDT", "2025-07-01", null);

    @ConfigProperty(name = "iwd.consumer.topics.person")
    String personTopic;

    @ConfigProperty(name = "iwd.consumer.topics.unit")
    String unitTopic;

    @ConfigProperty(name = "iwd.consumer.topics.task")
    String taskTopic;

    @ConfigProperty(name = "iwd.consumer.group-id")
    String groupId;

    static EventLog events;

    @BeforeAll
    static void openEventLog() {
        events = new EventLog();
    }

    @AfterAll
    static void closeEventLog() {
        events.close();
    }

    @Test
    @Order(1)
    void contributionsAndDistinctContributorsByEveryGrouping() {
        events.send(unitTopic, "C-YTE", Dataset.unitEvent("C-YTE", "Sở Y tế (đóng góp)", "DEPARTMENT", "2025-07-01", null, null));
        events.send(unitTopic, "C-GDDT", Dataset.unitEvent("C-GDDT", "Sở Giáo dục (đóng góp)", "DEPARTMENT", "2025-07-01", null, null));
        // Reported by both units; two patents of one year and level.
        send(0, "HEALTH", HEALTH + ", " + EDUCATION, false, "PATENT NATIONAL 2024 2", "INITIATIVE PROVINCIAL 2023 1");
        for (int n = 1; n <= 5; n++) {
            send(n, "HEALTH", HEALTH, false, "INITIATIVE PROVINCIAL 2024 1");
        }
        send(6, "EDUCATION", EDUCATION, false, "RESEARCH_PROJECT PROVINCIAL 2022 1", "RESEARCH_PROJECT NATIONAL 2025 1");
        for (int n = 7; n <= 10; n++) {
            send(n, "EDUCATION", EDUCATION, false, "RESEARCH_PROJECT PROVINCIAL 2022 1");
        }
        send(11, "HEALTH", HEALTH, false, "PATENT UNIT 2021 1");
        // No longer counted: their award is not.
        send(12, "HEALTH", Dataset.unit("C-YTE", "2025-07-01", "2026-01-31"), true, "AWARD NATIONAL 2024 1");
        events.awaitConsumed(groupId);

        JsonPath byType = analyst("type");
        assertRow(byType, "INITIATIVE", 6, 6);
        assertRow(byType, "PATENT", 3, 2);
        assertRow(byType, "RESEARCH_PROJECT", 6, 5);
        assertEquals(List.of(), byType.getList("rows.findAll { it.key == 'AWARD' }"), "a person not counted is not");
        assertEquals(15, byType.getInt("total.contributions"));
        assertEquals(12, byType.getInt("total.contributors"));
        assertEquals("Sáng chế, giải pháp hữu ích", byType.getString("rows.find { it.key == 'PATENT' }.label"));

        JsonPath byLevel = analyst("type,level");
        assertRow(byLevel, "RESEARCH_PROJECT|PROVINCIAL", 5, 5);
        assertRow(byLevel, "RESEARCH_PROJECT|NATIONAL", 1, 1);
        assertRow(byLevel, "PATENT|NATIONAL", 2, 1);
        assertEquals("NATIONAL", byLevel.getString("rows.find { it.key == 'PATENT|NATIONAL' }.keys.level"));

        JsonPath of2024 = given().header("Authorization", ANALYST)
                .get("/api/v1/reports/contributions?by=type,year&from=2024&to=2024").then().statusCode(200)
                .body("from", equalTo(2024)).body("to", equalTo(2024)).extract().jsonPath();
        assertEquals(List.of("INITIATIVE|2024", "PATENT|2024"), of2024.getList("rows.key"));
        assertRow(of2024, "INITIATIVE|2024", 5, 5);
        assertEquals(6, of2024.getInt("total.contributors"));

        JsonPath bySector = analyst("type,sector");
        assertRow(bySector, "RESEARCH_PROJECT|EDUCATION", 6, 5);

        // By unit, a person counts in every unit that reports them.
        JsonPath byUnit = analyst("type,unit");
        assertRow(byUnit, "PATENT|C-YTE", 3, 2);
        assertRow(byUnit, "PATENT|C-GDDT", 2, 1);
        assertRow(byUnit, "INITIATIVE|C-GDDT", 1, 1);
        assertEquals("Sáng chế, giải pháp hữu ích | Sở Y tế (đóng góp)", byUnit.getString("rows.find { it.key == 'PATENT|C-YTE' }.label"));
    }

    @Test
    @Order(2)
    void aNewVersionReplacesThePersonsContributions() {
        send(1, "HEALTH", HEALTH, false, 2);
        events.awaitConsumed(groupId);
        assertRow(analyst("type"), "INITIATIVE", 5, 5);
        send(1, "HEALTH", HEALTH, false, 3, "INITIATIVE PROVINCIAL 2024 1");
        events.awaitConsumed(groupId);
        assertRow(analyst("type"), "INITIATIVE", 6, 6);
    }

    @Test
    @Order(3)
    void badParametersAreNamed() {
        for (String[] bad : List.of(new String[]{"by=level", "by"}, new String[]{"by=type,gender", "by"},
                new String[]{"by=type,level,year", "by"}, new String[]{"from=1949", "from"}, new String[]{"to=2999", "to"},
                new String[]{"from=2025&to=2024", "to"}, new String[]{"from=soon", "from"})) {
            given().header("Authorization", ANALYST).get("/api/v1/reports/contributions?" + bad[0]).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
        given().get("/api/v1/public/contributions?from=2024").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", PORTAL).get("/api/v1/reports/contributions?from=2024").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    @Order(4)
    void thePublicSeesNoRowOfFewPersonsNorAnythingThatGivesOneBack() {
        JsonPath exactByType = analyst("type");
        JsonPath byType = publicReport("type");
        assertTrue(byType.getBoolean("rows.find { it.key == 'PATENT' }.suppressed"), "two contributors");
        Map<String, Long> typeTotals = shownExactly(byType, exactByType);
        assertEquals(exactByType.getLong("total.contributions"), byType.getLong("total.contributions"));
        assertNotEquals(1, byType.getList("rows.findAll { it.suppressed }").size(), "a lone withheld type is the total's rest");
        for (String grouping : List.of("level", "year", "sector", "unit")) {
            JsonPath exact = analyst("type," + grouping);
            JsonPath shown = publicReport("type," + grouping);
            Map<String, Long> rows = shownExactly(shown, exact);
            for (Map<String, Object> row : exact.<Map<String, Object>>getList("rows")) {
                if (((Number) row.get("contributors")).longValue() < 5) {
                    assertTrue(!rows.containsKey((String) row.get("key")), grouping + ": " + row.get("key") + " is withheld");
                }
            }
            assertEquals(List.of(), attack(shown, byType, typeTotals), grouping + ": nothing withheld can be computed");
        }
        // The portal reads exactly the public report.
        assertEquals(given().get("/api/v1/public/contributions?by=type,level").then().extract().asString(),
                given().header("Authorization", PORTAL).get("/api/v1/reports/contributions?by=type,level").then()
                        .statusCode(200).extract().asString());
    }

    @Test
    @Order(5)
    void theAnnualReportCarriesTheYearsContributions() {
        String planAdmin = Tokens.bearer("test-plan-admin", Set.of("plan-admin"), List.of());
        JsonPath report = given().header("Authorization", planAdmin).post("/api/v1/reports/annual/2025/publish")
                .then().statusCode(201).extract().jsonPath();
        JsonPath exact = given().header("Authorization", ANALYST)
                .get("/api/v1/reports/contributions?by=type,level&from=2025&to=2025").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("RESEARCH_PROJECT|NATIONAL"), report.getList("contributions.rows.key"));
        assertEquals(exact.getList("rows"), report.getList("contributions.rows"));
        assertEquals(1, report.getInt("contributions.total.contributors"));
        // In public, the year's rows as the public report by type and year shows them: one person, withheld.
        JsonPath open = given().get("/api/v1/public/annual/2025").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("RESEARCH_PROJECT"), open.getList("contributions.rows.key"));
        assertEquals(publicReport("type,year").getBoolean("rows.find { it.key == 'RESEARCH_PROJECT|2025' }.suppressed"),
                open.getBoolean("contributions.rows[0].suppressed"));
        assertTrue(open.getBoolean("contributions.rows[0].suppressed"));
        assertTrue(open.getBoolean("contributions.total.suppressed"));
    }

    @Test
    @Order(6)
    void anEventIsAppliedOnlyFromItsOwnTopicAndProducer() {
        long before = analyst("type").getLong("total.contributors");
        String onTaskTopic = Dataset.id(7100);
        events.send(taskTopic, onTaskTopic, Dataset.withContributions(Dataset.person(onTaskTopic, 1, KNOWN, false, 1980,
                "F", "KINH", "MASTER", null, "03", "HEALTH", "PUBLIC_EMPLOYEE", "INSIDE", true, HEALTH), "AWARD NATIONAL 2024 1"));
        String forged = Dataset.id(7101);
        events.send(personTopic, forged, Dataset.withContributions(Dataset.person(forged, 1, KNOWN, false, 1980,
                "F", "KINH", "MASTER", null, "03", "HEALTH", "PUBLIC_EMPLOYEE", "INSIDE", true, HEALTH), "AWARD NATIONAL 2024 1")
                .replace("\"source\": \"/iwd/registry-service\"", "\"source\": \"/someone/else\""));
        send(13, "HEALTH", HEALTH, false, "AWARD PROVINCIAL 2024 1");
        events.awaitConsumed(groupId);
        JsonPath byType = analyst("type");
        assertEquals(before + 1, byType.getLong("total.contributors"), "only registry's event on the person topic counts");
        assertRow(byType, "AWARD", 1, 1);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.matches("iwd_events_ignored_total\\{reason=\"wrong-origin\",?} 2\\.0")),
                "both are counted as ignored");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void send(int n, String sector, String units, boolean removed, String... contributions) {
        send(n, sector, units, removed, 1, contributions);
    }

    private void send(int n, String sector, String units, boolean removed, int version, String... contributions) {
        String id = Dataset.id(7000 + n);
        events.send(personTopic, id, Dataset.withContributions(Dataset.person(id, version, KNOWN, removed, 1980, "F",
                "KINH", "MASTER", null, "03", sector, "PUBLIC_EMPLOYEE", "INSIDE", true, units), contributions));
    }

    private static JsonPath analyst(String by) {
        return given().header("Authorization", ANALYST).get("/api/v1/reports/contributions?by=" + by).then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath publicReport(String by) {
        return given().get("/api/v1/public/contributions?by=" + by).then().statusCode(200).extract().jsonPath();
    }

    private static void assertRow(JsonPath report, String key, long contributions, long contributors) {
        String row = "rows.find { it.key == '" + key + "' }";
        assertEquals(contributions, report.getLong(row + ".contributions"), key + " contributions");
        assertEquals(contributors, report.getLong(row + ".contributors"), key + " contributors");
    }

    /** The rows shown, each equal to the exact figure; withheld rows have no values. */
    private static Map<String, Long> shownExactly(JsonPath shown, JsonPath exact) {
        Map<String, Long> rows = new HashMap<>();
        for (Map<String, Object> row : shown.<Map<String, Object>>getList("rows")) {
            String key = (String) row.get("key");
            if (Boolean.TRUE.equals(row.get("suppressed"))) {
                assertEquals(null, row.get("contributions"), key);
                assertEquals(null, row.get("contributors"), key);
                continue;
            }
            String exactRow = "rows.find { it.key == '" + key + "' }";
            assertEquals(exact.getLong(exactRow + ".contributions"), ((Number) row.get("contributions")).longValue(), key);
            assertEquals(exact.getLong(exactRow + ".contributors"), ((Number) row.get("contributors")).longValue(), key);
            rows.put(key, ((Number) row.get("contributions")).longValue());
        }
        return rows;
    }

    /** Linear algebra on a two-way table with the types' totals and the total as published. */
    private static List<String> attack(JsonPath table, JsonPath byType, Map<String, Long> typeTotals) {
        LinearAttack attack = new LinearAttack();
        List<Map<String, Object>> rows = table.getList("rows");
        rows.forEach(row -> attack.unknown((String) row.get("key")));
        for (Map<String, Object> row : rows) {
            Map<String, Double> cell = Map.of((String) row.get("key"), 1.0);
            if (Boolean.TRUE.equals(row.get("suppressed"))) {
                attack.target((String) row.get("key"), cell);
            } else {
                attack.known(cell);
            }
        }
        Map<String, Double> all = new HashMap<>();
        for (Object type : byType.getList("rows.key")) {
            Map<String, Double> line = new HashMap<>();
            rows.stream().filter(row -> ((Map<?, ?>) row.get("keys")).get("type").equals(type))
                    .forEach(row -> line.put((String) row.get("key"), 1.0));
            all.putAll(line);
            if (typeTotals.containsKey((String) type)) {
                attack.known(line);
            } else {
                attack.target("type " + type, line);
            }
        }
        if (byType.get("total.contributions") != null) {
            attack.known(all);
        }
        return attack.determined();
    }
}
