package vn.gialai.iwd.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gialai.iwd.plan.PlanApi.createTask;
import static vn.gialai.iwd.plan.PlanApi.report;
import static vn.gialai.iwd.plan.PlanApi.reportBody;
import static vn.gialai.iwd.plan.PlanApi.task;

/** GET /overdue and GET /compliance, and how a dissolved agency's duties pass to its successor. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class ComplianceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.useRealTime();
    }

    @Test
    void overdueAndComplianceCountOwedSubmittedLateMissingAndPending() {
        String plan = PlanApi.newPlan();
        String annual = createTask(plan, """
                {"units": ["SO-YTE", "SO-GDDT"]}""", "null", """
                {"kind": "ANNUAL_FROM", "startYear": 2025}""");
        String deadline = createTask(plan, """
                {"units": ["SO-YTE"]}""", "null", """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        clock.setToday(LocalDate.of(2025, 7, 5));
        report(Tokens.submitter("SO-YTE"), deadline, reportBody("2025", "DONE")).statusCode(201);
        clock.setToday(LocalDate.of(2026, 1, 10));
        report(Tokens.submitter("SO-YTE"), annual, reportBody("2025", "IN_PROGRESS")).statusCode(201);

        JsonPath july = overdue(plan, "2025-07-02");
        assertEquals(List.of(deadline), july.getList("items.taskCode"));
        assertEquals(2, july.getInt("items[0].daysOverdue"));
        assertEquals("Sở Y tế", july.getString("items[0].nameVi"));

        JsonPath march = overdue(plan, "2026-03-01");
        assertEquals(List.of(annual), march.getList("items.taskCode"));
        assertEquals("SO-GDDT", march.getString("items[0].agency"));
        assertEquals("2025", march.getString("items[0].period"));
        assertEquals("2026-01-31", march.getString("items[0].dueDate"));

        JsonPath compliance = compliance(plan, 2025, "2026-03-01");
        assertEquals(List.of("SO-GDDT", "SO-YTE"), compliance.getList("items.agency"));
        assertEquals(Map.of("owed", 1, "submitted", 0, "submittedLate", 0, "missing", 1, "pending", 0),
                counts(compliance, "SO-GDDT"));
        assertEquals(Map.of("owed", 2, "submitted", 2, "submittedLate", 1, "missing", 0, "pending", 0),
                counts(compliance, "SO-YTE"));
        assertEquals(annual, compliance.getString("items[0].missingReports[0].taskCode"));

        JsonPath december = compliance(plan, 2025, "2025-12-01");
        assertEquals(Map.of("owed", 1, "submitted", 0, "submittedLate", 0, "missing", 0, "pending", 1),
                counts(december, "SO-GDDT"), "the 2025 report is not due before 31 January 2026");
    }

    @Test
    void dissolvedAgencysDutiesAndReportsPassToItsSuccessor() {
        String plan = PlanApi.newPlan();
        String code = createTask(plan, """
                {"text": "Sở Kế hoạch và Đầu tư", "units": ["SO-KHDT"]}""", "null", """
                {"kind": "ANNUAL_FROM", "startYear": 2024}""");
        task(code, LocalDate.of(2025, 2, 1)).body("leadAgencies", equalTo(List.of("SO-KHDT")))
                .body("status", equalTo("OVERDUE"));
        task(code, LocalDate.of(2025, 3, 1)).body("leadAgencies", equalTo(List.of("SO-TC")))
                .body("obligations.find { it.period == '2024' }.agency", equalTo("SO-TC"))
                .body("status", equalTo("OVERDUE"));
        assertEquals(List.of("SO-TC"), compliance(plan, 2024, "2025-03-01").getList("items.agency"),
                "the successor now owes what the dissolved department had not sent");

        clock.setToday(LocalDate.of(2025, 2, 10));
        report(Tokens.submitter("SO-KHDT"), code, reportBody("2024", "IN_PROGRESS")).statusCode(201);
        task(code, LocalDate.of(2025, 3, 1)).body("status", equalTo("IN_PROGRESS"))
                .body("obligations.find { it.period == '2024' }.state", equalTo("SUBMITTED"))
                .body("agencies.find { it.code == 'SO-TC' }.reports", equalTo(1));

        clock.setToday(LocalDate.of(2025, 4, 1));
        report(Tokens.submitter("SO-TC"), code, reportBody("2025", "IN_PROGRESS")).statusCode(201)
                .body("role", equalTo("LEAD"));
    }

    @Test
    void yearIsRequiredAndDatesMustParse() {
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/compliance")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/overdue?asOf=31/01/2025")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/tasks?asOf=9999-12-31")
                .then().statusCode(400).body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    private static JsonPath overdue(String plan, String asOf) {
        return given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/overdue?plan=" + plan + "&asOf=" + asOf)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath compliance(String plan, int year, String asOf) {
        return given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/compliance?plan=" + plan + "&year=" + year + "&asOf=" + asOf)
                .then().statusCode(200).body("year", equalTo(year)).body("asOf", equalTo(asOf))
                .extract().jsonPath();
    }

    private static Map<String, Integer> counts(JsonPath compliance, String agency) {
        Map<String, Object> row = compliance.getMap("items.find { it.agency == '" + agency + "' }");
        return Map.of("owed", (Integer) row.get("owed"), "submitted", (Integer) row.get("submitted"),
                "submittedLate", (Integer) row.get("submittedLate"), "missing", (Integer) row.get("missing"),
                "pending", (Integer) row.get("pending"));
    }
}
