package vn.gialai.iwd.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.gialai.iwd.plan.PlanApi.createTask;
import static vn.gialai.iwd.plan.PlanApi.report;
import static vn.gialai.iwd.plan.PlanApi.reportBody;
import static vn.gialai.iwd.plan.PlanApi.task;
import static vn.gialai.iwd.plan.PlanApi.trigger;

/** Every status transition, on fixed days: reports are submitted on days the test clock sets. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class TaskStatusTest {

    private static final String SO_YTE_LEADS = """
            {"text": "Sở Y tế", "units": ["SO-YTE"]}""";
    private static final String SO_GDDT_COORDINATES = """
            {"text": "Sở Giáo dục và Đào tạo", "units": ["SO-GDDT"]}""";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.useRealTime();
    }

    @Test
    void deadlineTaskGoesFromNotStartedToInProgressToOverdueToDone() {
        String code = createTask(PlanApi.newPlan(), SO_YTE_LEADS, SO_GDDT_COORDINATES, """
                {"kind": "DEADLINE", "text": "Quý II/2025", "dueDate": "2025-06-30"}""");
        task(code, LocalDate.of(2025, 1, 1)).body("status", equalTo("NOT_STARTED"))
                .body("obligations[0].state", equalTo("PENDING"));

        clock.setToday(LocalDate.of(2025, 3, 1));
        report(Tokens.submitter("SO-YTE"), code, reportBody("2025", "IN_PROGRESS")).statusCode(201)
                .body("agency", equalTo("SO-YTE")).body("role", equalTo("LEAD"));
        task(code, LocalDate.of(2025, 2, 28)).body("status", equalTo("NOT_STARTED"));
        task(code, LocalDate.of(2025, 3, 1)).body("status", equalTo("IN_PROGRESS"))
                .body("agencies.find { it.code == 'SO-YTE' }.status", equalTo("IN_PROGRESS"))
                .body("agencies.find { it.code == 'SO-GDDT' }.status", equalTo("NOT_STARTED"));
        task(code, LocalDate.of(2025, 6, 30)).body("status", equalTo("IN_PROGRESS"));
        task(code, LocalDate.of(2025, 7, 1)).body("status", equalTo("OVERDUE"))
                .body("obligations[0].state", equalTo("MISSING"))
                .body("agencies.find { it.code == 'SO-GDDT' }.status", equalTo("NOT_STARTED"));

        clock.setToday(LocalDate.of(2025, 7, 10));
        report(Tokens.submitter("SO-YTE"), code, reportBody("2025", "DONE")).statusCode(201);
        task(code, LocalDate.of(2025, 7, 9)).body("status", equalTo("OVERDUE"));
        task(code, LocalDate.of(2025, 7, 10)).body("status", equalTo("DONE"))
                .body("obligations[0].state", equalTo("SUBMITTED"))
                .body("obligations[0].submittedOn", equalTo("2025-07-10"));
    }

    @Test
    void coordinatorsReportsShowProgressButDoNotFinishTheLeadsTask() {
        String code = createTask(PlanApi.newPlan(), SO_YTE_LEADS, SO_GDDT_COORDINATES, """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        clock.setToday(LocalDate.of(2025, 4, 1));
        report(Tokens.submitter("SO-GDDT"), code, reportBody("2025", "DONE")).statusCode(201)
                .body("role", equalTo("COORDINATING"));
        task(code, LocalDate.of(2025, 4, 1)).body("status", equalTo("IN_PROGRESS"))
                .body("agencies.find { it.code == 'SO-GDDT' }.status", equalTo("DONE"))
                .body("agencies.find { it.code == 'SO-YTE' }.status", equalTo("NOT_STARTED"));
        task(code, LocalDate.of(2025, 7, 1)).body("status", equalTo("OVERDUE"))
                .body("obligations.agency", contains("SO-YTE"));
    }

    @Test
    void afterTriggerTaskWaitsThenCountsDaysFromTheRecordedTrigger() {
        String code = createTask(PlanApi.newPlan(), SO_YTE_LEADS, "null", """
                {"kind": "AFTER_TRIGGER", "text": "Sau khi Chính phủ ban hành Nghị định", "daysAfterTrigger": 30}""");
        task(code, LocalDate.of(2025, 6, 1)).body("status", equalTo("WAITING_TRIGGER"))
                .body("agencies[0].status", equalTo("WAITING_TRIGGER")).body("obligations", equalTo(java.util.List.of()));

        clock.setToday(LocalDate.of(2025, 5, 10));
        trigger(code, LocalDate.of(2025, 5, 1)).statusCode(200)
                .body("schedule.triggeredOn", equalTo("2025-05-01"))
                .body("schedule.triggerReference", equalTo("Nghị định 179/2024/NĐ-CP"))
                .body("schedule.dueDate", equalTo("2025-05-31"));
        task(code, LocalDate.of(2025, 4, 30)).body("status", equalTo("WAITING_TRIGGER"));
        task(code, LocalDate.of(2025, 5, 31)).body("status", equalTo("NOT_STARTED"));
        task(code, LocalDate.of(2025, 6, 1)).body("status", equalTo("OVERDUE"));
    }

    @Test
    void afterTriggerWithoutOwnDaysUsesTheConfiguredDefault() {
        String code = createTask(PlanApi.newPlan(), SO_YTE_LEADS, "null", """
                {"kind": "AFTER_TRIGGER"}""");
        clock.setToday(LocalDate.of(2025, 2, 1));
        trigger(code, LocalDate.of(2025, 1, 1)).statusCode(200)
                .body("schedule.daysAfterTrigger", equalTo(90)).body("schedule.dueDate", equalTo("2025-04-01"));
    }

    @Test
    void annualTaskOwesAReportForEveryYearFromItsStartYear() {
        String code = createTask(PlanApi.newPlan(), SO_YTE_LEADS, "null", """
                {"kind": "ANNUAL_FROM", "text": "Từ năm 2025 và cập nhật hàng năm", "startYear": 2025}""");
        task(code, LocalDate.of(2024, 12, 1)).body("status", equalTo("NOT_STARTED"))
                .body("obligations", equalTo(java.util.List.of()));
        task(code, LocalDate.of(2026, 1, 31)).body("status", equalTo("NOT_STARTED"))
                .body("obligations.find { it.period == '2025' }.dueDate", equalTo("2026-01-31"));
        task(code, LocalDate.of(2026, 2, 1)).body("status", equalTo("OVERDUE"));

        clock.setToday(LocalDate.of(2026, 2, 10));
        report(Tokens.submitter("SO-YTE"), code, reportBody("2025", "DONE")).statusCode(201);
        task(code, LocalDate.of(2026, 2, 10)).body("status", equalTo("IN_PROGRESS"))
                .body("obligations.find { it.period == '2025' }.state", equalTo("SUBMITTED"))
                .body("obligations.find { it.period == '2026' }.state", equalTo("PENDING"));
        task(code, LocalDate.of(2027, 2, 1)).body("status", equalTo("OVERDUE"))
                .body("obligations.find { it.period == '2026' }.state", equalTo("MISSING"));
    }

    @Test
    void ongoingTaskIsOverdueWhileOneLeadHasNotReportedItsYear() {
        String code = createTask(PlanApi.newPlan(), """
                {"units": ["SO-YTE", "SO-GDDT"]}""", "null", """
                {"kind": "ONGOING", "text": "Thường xuyên", "startYear": 2024}""");
        clock.setToday(LocalDate.of(2025, 1, 15));
        report(Tokens.submitter("SO-YTE"), code, reportBody("2024", "IN_PROGRESS")).statusCode(201);
        task(code, LocalDate.of(2025, 1, 31)).body("status", equalTo("IN_PROGRESS"));
        task(code, LocalDate.of(2025, 2, 1)).body("status", equalTo("OVERDUE"))
                .body("agencies.find { it.code == 'SO-YTE' }.status", equalTo("IN_PROGRESS"))
                .body("agencies.find { it.code == 'SO-GDDT' }.status", equalTo("OVERDUE"));
    }

    @Test
    void onlyAfterTriggerTasksTakeATriggerAndNeverOneInTheFuture() {
        String deadline = createTask(PlanApi.newPlan(), SO_YTE_LEADS, "null", """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        trigger(deadline, LocalDate.of(2025, 1, 1)).statusCode(409).contentType("application/problem+json");

        String waiting = createTask(PlanApi.newPlan(), SO_YTE_LEADS, "null", """
                {"kind": "AFTER_TRIGGER"}""");
        clock.setToday(LocalDate.of(2025, 1, 1));
        trigger(waiting, LocalDate.of(2025, 1, 2)).statusCode(400).body("errors[0].field", equalTo("occurredOn"));
    }
}
