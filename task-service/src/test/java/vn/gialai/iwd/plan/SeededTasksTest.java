package vn.gialai.iwd.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeded tasks against the Appendix itself: src/test/resources/appendix.tsv is the Appendix table
 * copied verbatim from the plan. No test reports on or triggers a seeded task, so their statuses are fixed.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class SeededTasksTest {

    private static final String PLAN = "KH-107-2024";
    private static final Pattern GROUP_ROW = Pattern.compile("<b>([IVX]+)</b>\t<b>(.*)</b>.*|<b>([IVX]+) (.*)</b>.*");

    /** One Appendix row: code (group numeral and position), group title and the five text columns. */
    record AppendixRow(String code, String group, String groupTitle, String title, String lead, String coordinating,
                       String schedule, String submissionLevel) {
    }

    @Test
    void everyAppendixTaskIsSeededVerbatim() throws IOException {
        List<AppendixRow> appendix = appendix();
        assertEquals(11, appendix.size());
        JsonPath tasks = seededTasks("2024-11-01");
        assertEquals(appendix.stream().map(AppendixRow::code).toList(), tasks.getList("items.code"),
                "all the Appendix's tasks, in its order, and nothing else");
        for (int i = 0; i < appendix.size(); i++) {
            AppendixRow row = appendix.get(i);
            String item = "items[" + i + "].";
            assertEquals(row.group(), tasks.getString(item + "group"), row.code());
            assertEquals(row.groupTitle(), tasks.getString(item + "groupTitle"), row.code());
            assertEquals(row.title(), tasks.getString(item + "title"), row.code());
            assertEquals(row.lead(), tasks.getString(item + "lead.text"), row.code());
            assertEquals(row.coordinating(), tasks.getString(item + "coordinating.text"), row.code());
            assertEquals(row.schedule(), tasks.getString(item + "schedule.text"), row.code());
            assertEquals(row.submissionLevel(), tasks.getString(item + "submissionLevel"), row.code());
        }
    }

    @Test
    void schedulesFollowTheAppendixWording() {
        JsonPath tasks = seededTasks("2024-11-01");
        Map<String, String> kinds = Map.ofEntries(Map.entry("I.1", "ONGOING"), Map.entry("I.2", "DEADLINE"),
                Map.entry("II.1", "AFTER_TRIGGER"), Map.entry("II.2", "AFTER_TRIGGER"),
                Map.entry("III.1", "AFTER_TRIGGER"), Map.entry("III.2", "ANNUAL_FROM"),
                Map.entry("III.3", "ANNUAL_FROM"), Map.entry("IV.1", "ONGOING"), Map.entry("V.1", "ONGOING"),
                Map.entry("V.2", "ONGOING"), Map.entry("V.3", "ANNUAL_FROM"));
        kinds.forEach((code, kind) -> assertEquals(kind, schedule(tasks, code).get("kind"), code));
        assertEquals("2024-12-31", schedule(tasks, "I.2").get("dueDate"), "Quý IV/2024");
        assertEquals(2025, schedule(tasks, "III.2").get("startYear"));
        assertEquals(2024, schedule(tasks, "I.1").get("startYear"));
        assertEquals("--01-31", schedule(tasks, "III.3").get("reportDue"));
        assertEquals(90, schedule(tasks, "II.1").get("daysAfterTrigger"), "the configured default");
        assertFalse(schedule(tasks, "II.1").containsKey("dueDate"), "no due date before the decree is issued");
    }

    @Test
    void agencyWordingMapsToUnitsAndGroups() {
        JsonPath tasks = seededTasks("2024-11-01");
        assertEquals(List.of("SO-NV"), task(tasks, "II.1").get("leadAgencies"));
        assertEquals(List.of("SO-KHCN"), task(tasks, "III.3").get("leadAgencies"));
        assertEquals(List.of("HOI-VHNT", "LHH-KHKT"), task(tasks, "V.1").get("leadAgencies"));
        assertEquals(List.of("SO-NV", "SO-GDDT", "SO-YTE", "SO-VHTTDL", "SO-TC", "SO-KHDT", "SO-NGV"),
                tasks.getList("items.find { it.code == 'III.1' }.coordinating.units"));
        assertEquals(List.of("SO-BAN-NGANH", "UBND-HUYEN", "TC-CTXH", "VIEN-TRUONG"),
                tasks.getList("items.find { it.code == 'III.2' }.lead.groups"));
        assertEquals(List.of("HH-DN"), tasks.getList("items.find { it.code == 'III.2' }.lead.units"));

        List<String> before = tasks.getList("items.find { it.code == 'I.1' }.leadAgencies");
        assertTrue(before.containsAll(List.of("622", "639", "SO-KHCN", "SO-KHDT", "SO-TTTT", "SO-YTE")), before.toString());
        assertFalse(before.contains("52") || before.contains("UBND-TINH"), before.toString());

        List<String> after = seededTasks("2025-08-01").getList("items.find { it.code == 'I.1' }.leadAgencies");
        assertTrue(after.containsAll(List.of("52", "SO-KHCN", "SO-TC", "SO-YTE")), after.toString());
        assertFalse(after.contains("622") || after.contains("SO-KHDT") || after.contains("SO-TTTT"),
                "dissolved districts and departments hand over to their successors: " + after);
    }

    @Test
    void seededStatusesOnFixedDays() {
        JsonPath autumn2024 = seededTasks("2024-11-01");
        assertEquals("NOT_STARTED", task(autumn2024, "I.1").get("status"));
        assertEquals("NOT_STARTED", task(autumn2024, "I.2").get("status"));
        assertEquals("WAITING_TRIGGER", task(autumn2024, "II.1").get("status"));
        assertEquals("WAITING_TRIGGER", task(autumn2024, "III.1").get("status"));
        assertEquals("NOT_STARTED", task(autumn2024, "III.2").get("status"));

        JsonPath spring2025 = seededTasks("2025-03-01");
        assertEquals("OVERDUE", task(spring2025, "I.2").get("status"), "no plan by the end of Q4/2024");
        assertEquals("OVERDUE", task(spring2025, "I.1").get("status"), "no 2024 report by 31 January 2025");
        assertEquals("NOT_STARTED", task(spring2025, "III.2").get("status"), "the 2025 update is due in 2026");
        assertEquals("WAITING_TRIGGER", task(spring2025, "II.2").get("status"));
    }

    @Test
    void agencyGroupsExpandByKindAndList() {
        JsonPath groups = given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/agency-groups")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("DEPARTMENT"), groups.getList("items.find { it.code == 'SO-BAN-NGANH' }.memberKinds"));
        assertEquals(List.of("CD-GIALAI"), groups.getList("items.find { it.code == 'VIEN-TRUONG' }.members"));
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/agencies")
                .then().statusCode(200)
                .body("items.find { it.code == 'SO-YTE' }.groups", equalTo(List.of("SO-BAN-NGANH")))
                .body("items.find { it.code == 'SO-KHDT' }.successorCodes", equalTo(List.of("SO-TC")));
    }

    @Test
    void readingNeedsAGatewayToken() {
        given().when().get(PlanApi.BASE + "/tasks")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }


    @Test
    void aTokenMintedForAnotherServiceIsRejected() {
        String forRegistry = Jwt.issuer("iwd-gateway").audience("registry-service").subject("x")
                .groups(Set.of("portal")).claim("units", List.of()).expiresIn(60).sign();
        given().header("Authorization", "Bearer " + forRegistry).when().get(PlanApi.BASE + "/tasks")
                .then().statusCode(401).contentType("application/problem+json");
    }
    private static JsonPath seededTasks(String asOf) {
        return given().header("Authorization", Tokens.portal())
                .when().get(PlanApi.BASE + "/tasks?plan=" + PLAN + "&asOf=" + asOf)
                .then().statusCode(200).body("nextCursor", equalTo(null)).extract().jsonPath();
    }

    private static Map<String, Object> task(JsonPath tasks, String code) {
        return tasks.getMap("items.find { it.code == '" + code + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schedule(JsonPath tasks, String code) {
        return (Map<String, Object>) task(tasks, code).get("schedule");
    }

    static List<AppendixRow> appendix() throws IOException {
        List<AppendixRow> rows = new ArrayList<>();
        String group = null;
        String groupTitle = null;
        try (InputStream in = SeededTasksTest.class.getResourceAsStream("/appendix.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher groupRow = GROUP_ROW.matcher(line);
                if (groupRow.matches()) {
                    group = groupRow.group(1) != null ? groupRow.group(1) : groupRow.group(3);
                    groupTitle = (groupRow.group(2) != null ? groupRow.group(2) : groupRow.group(4)).trim();
                } else if (line.matches("\\d+\t.*")) {
                    String[] cells = line.split("\t", -1);
                    rows.add(new AppendixRow(group + "." + cells[0], group, groupTitle, cells[1].trim(),
                            emptyAsNull(cells[2]), emptyAsNull(cells[3]), emptyAsNull(cells[4]), emptyAsNull(cells[5])));
                }
            }
        }
        return rows;
    }

    private static String emptyAsNull(String cell) {
        return cell.isBlank() ? null : cell.trim();
    }
}
