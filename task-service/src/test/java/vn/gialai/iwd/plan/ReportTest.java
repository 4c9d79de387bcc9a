package vn.gialai.iwd.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.gialai.iwd.plan.PlanApi.createTask;
import static vn.gialai.iwd.plan.PlanApi.report;
import static vn.gialai.iwd.plan.PlanApi.reportBody;

/** Who may report on a task, what a report must contain, and that the history is kept. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class ReportTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.useRealTime();
    }

    @Test
    void agencyThatNeitherLeadsNorCoordinatesGets403() {
        // V.3: lead LHH-KHKT; coordinating "Các sở, ngành, đơn vị liên quan" names no one.
        report(Tokens.submitter("SO-YTE"), "V.3", reportBody("2025", "IN_PROGRESS"))
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        // III.3: HOI-VHNT is in none of its agencies or groups.
        report(Tokens.submitter("HOI-VHNT"), "III.3", reportBody("2025", "IN_PROGRESS")).statusCode(403);
        report(Tokens.submitter("SO-YTE"), "V.3", reportBody("2099", "IN_PROGRESS"))
                .statusCode(403).body("detail", containsString("V.3"));
    }

    @Test
    void submitterCannotReportForAnotherAgencyEvenOneOfTheTasks() {
        report(Tokens.submitter("SO-YTE"), "V.3", """
                {"period": "2025", "status": "IN_PROGRESS", "summary": "x", "agency": "LHH-KHKT"}""")
                .statusCode(403).body("detail", containsString("LHH-KHKT"));
    }

    @Test
    void rolesWithoutReportingRightsGet403() {
        report(Tokens.portal(), "V.3", reportBody("2025", "IN_PROGRESS")).statusCode(403);
    }

    @Test
    void reportsAreKeptAsHistoryOldestFirstAndPaged() {
        String code = createTask(PlanApi.newPlan(), """
                {"units": ["SO-YTE"]}""", "null", """
                {"kind": "ANNUAL_FROM", "startYear": 2024}""");
        clock.setToday(LocalDate.of(2025, 1, 10));
        report(Tokens.submitter("SO-YTE"), code, reportBody("2024", "IN_PROGRESS")).statusCode(201)
                .body("id", notNullValue()).body("submittedAt", containsString("2025-01-10"))
                .body("submittedBy", equalTo("test-submitter-SO-YTE"));
        clock.setToday(LocalDate.of(2025, 1, 20));
        report(Tokens.submitter("SO-YTE"), code, reportBody("2024", "DONE")).statusCode(201);

        String next = given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/tasks/" + code + "/reports?limit=1")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("IN_PROGRESS"))
                .body("items[0].evidence", equalTo(List.of("https://example.gov.vn/van-ban/1")))
                .extract().path("nextCursor");
        given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/tasks/" + code + "/reports?limit=1&cursor=" + next)
                .then().statusCode(200).body("items[0].status", equalTo("DONE")).body("nextCursor", equalTo(null));
    }

    @Test
    void planAdminRecordsAReportForANamedAgencyOnly() {
        String code = createTask(PlanApi.newPlan(), """
                {"units": ["SO-YTE"]}""", "null", """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        clock.setToday(LocalDate.of(2025, 3, 1));
        report(Tokens.planAdmin(), code, reportBody("2025", "IN_PROGRESS"))
                .statusCode(400).body("errors[0].field", equalTo("agency"));
        report(Tokens.planAdmin(), code, """
                {"period": "2025", "status": "IN_PROGRESS", "summary": "Nhận bản giấy.", "agency": "SO-YTE"}""")
                .statusCode(201).body("agency", equalTo("SO-YTE"));
    }

    @Test
    void dissolvedAgencyIsToldItsSuccessorReports() {
        String code = createTask(PlanApi.newPlan(), """
                {"units": ["SO-KHCN"]}""", """
                {"units": ["SO-KHDT"]}""", """
                {"kind": "ANNUAL_FROM", "startYear": 2024}""");
        clock.setToday(LocalDate.of(2025, 6, 1));
        report(Tokens.submitter("SO-KHDT"), code, """
                {"period": "2025", "status": "IN_PROGRESS", "summary": "x", "agency": "SO-KHDT"}""")
                .statusCode(422).body("detail", containsString("SO-TC"));
        report(Tokens.submitter("SO-TC"), code, reportBody("2025", "IN_PROGRESS")).statusCode(201)
                .body("role", equalTo("COORDINATING"));
    }

    @Test
    void invalidReportsNameTheField() {
        report(Tokens.submitter("LHH-KHKT"), "V.3", """
                {"period": "25", "status": "IN_PROGRESS", "summary": "x"}""")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        report(Tokens.submitter("LHH-KHKT"), "V.3", """
                {"period": "2025", "status": "FINISHED", "summary": "x"}""")
                .statusCode(400).body("errors[0].field", equalTo("status"));
        report(Tokens.submitter("LHH-KHKT"), "V.3", """
                {"period": "2025", "status": "DONE", "summary": "x", "evidence": ["not a link"]}""")
                .statusCode(400).body("errors[0].field", equalTo("evidence[0]"));
        report(Tokens.submitter("LHH-KHKT"), "V.3", """
                {"period": "2025", "status": "DONE", "summary": "x", "score": 10}""")
                .statusCode(400).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        clock.setToday(LocalDate.of(2025, 6, 1));
        report(Tokens.submitter("LHH-KHKT"), "V.3", reportBody("2026", "DONE"))
                .statusCode(400).body("errors[0].field", equalTo("period")).body("errors[0].code", equalTo("OUT_OF_RANGE"));
        report(Tokens.submitter("LHH-KHKT"), "V.3", reportBody("2023", "DONE"))
                .statusCode(400).body("errors[0].code", equalTo("OUT_OF_RANGE"));
        String deadline = createTask(PlanApi.newPlan(), """
                {"units": ["SO-YTE"]}""", "null", """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        report(Tokens.submitter("SO-YTE"), deadline, reportBody("0000", "DONE"))
                .statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void unknownTaskIs404() {
        report(Tokens.submitter("SO-YTE"), "IX.9", reportBody("2025", "DONE")).statusCode(404)
                .contentType("application/problem+json");
    }
}
