package vn.gialai.iwd.plan.service;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ObligationState;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.ScheduleKind;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.gialai.iwd.plan.service.PlanFixtures.agency;
import static vn.gialai.iwd.plan.service.PlanFixtures.group;
import static vn.gialai.iwd.plan.service.PlanFixtures.report;
import static vn.gialai.iwd.plan.service.PlanFixtures.task;

/** Statuses and owed reports (docs/task-service.md, "Statuses") without a database. */
class TaskProgressCalculatorTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final TaskProgressCalculator calculator = new TaskProgressCalculator(PlanFixtures.CONFIG);
    private final AgencyDirectory directory = new AgencyDirectory(List.of(
            agency("SO-YTE", "DEPARTMENT", LONG_AGO, null),
            agency("SO-GDDT", "DEPARTMENT", LONG_AGO, null),
            agency("H-CU", "DISTRICT", LONG_AGO, LocalDate.of(2025, 6, 30), "H-MOI"),
            agency("H-MOI", "DISTRICT", LocalDate.of(2025, 7, 1), null)),
            List.of(group("SO-BAN-NGANH", List.of("DEPARTMENT"), List.of())));

    private static PlanTask deadline(LocalDate due) {
        PlanTask task = task(ScheduleKind.DEADLINE, List.of("SO-YTE"), List.of());
        task.dueDate = due;
        return task;
    }

    @Test
    void aDeadlineTaskIsPendingThenMissingAndOverdueWithoutADoneReport() {
        PlanTask task = deadline(LocalDate.of(2025, 6, 30));

        TaskProgress before = calculator.evaluate(task, List.of(), directory, LocalDate.of(2025, 6, 30));
        assertEquals(TaskStatus.NOT_STARTED, before.status());
        assertEquals(List.of(new Obligation("SO-YTE", null, LocalDate.of(2025, 6, 30), ObligationState.PENDING, null)),
                before.obligations());

        TaskProgress after = calculator.evaluate(task, List.of(), directory, LocalDate.of(2025, 7, 1));
        assertEquals(TaskStatus.OVERDUE, after.status());
        assertEquals(ObligationState.MISSING, after.obligations().get(0).state());
    }

    @Test
    void aDoneReportFinishesADeadlineTaskOnTheDayOfThePlansZone() {
        PlanTask task = deadline(LocalDate.of(2025, 6, 30));
        // 20:00 UTC on 29 June is already 30 June in Asia/Ho_Chi_Minh
        OffsetDateTime submitted = OffsetDateTime.of(2025, 6, 29, 20, 0, 0, 0, ZoneOffset.UTC);

        TaskProgress progress = calculator.evaluate(task, List.of(report("SO-YTE", "2025", ReportStatus.DONE, submitted)),
                directory, LocalDate.of(2025, 8, 1));

        assertEquals(TaskStatus.DONE, progress.status());
        assertEquals(ObligationState.SUBMITTED, progress.obligations().get(0).state());
        assertEquals(LocalDate.of(2025, 6, 30), progress.obligations().get(0).submittedOn());
        assertEquals(LocalDate.of(2025, 6, 30), progress.agencies().get(0).lastSubmittedOn());
    }

    @Test
    void anInProgressReportStartsButDoesNotFinishAOneOffTask() {
        PlanTask task = deadline(LocalDate.of(2025, 12, 31));
        OffsetDateTime submitted = OffsetDateTime.of(2025, 3, 1, 3, 0, 0, 0, ZoneOffset.UTC);

        TaskProgress progress = calculator.evaluate(task,
                List.of(report("SO-YTE", "2025", ReportStatus.IN_PROGRESS, submitted)), directory, LocalDate.of(2025, 4, 1));

        assertEquals(TaskStatus.IN_PROGRESS, progress.status());
        assertEquals(ObligationState.PENDING, progress.obligations().get(0).state());
    }

    @Test
    void aReportSubmittedAfterTheDayAskedAboutDoesNotCount() {
        PlanTask task = deadline(LocalDate.of(2025, 6, 30));
        OffsetDateTime submitted = OffsetDateTime.of(2025, 6, 20, 3, 0, 0, 0, ZoneOffset.UTC);

        TaskProgress earlier = calculator.evaluate(task, List.of(report("SO-YTE", "2025", ReportStatus.DONE, submitted)),
                directory, LocalDate.of(2025, 6, 19));

        assertEquals(TaskStatus.NOT_STARTED, earlier.status());
        assertEquals(0, earlier.agencies().get(0).reports());
    }

    @Test
    void anAfterTriggerTaskWaitsUntilTheTriggerThenIsDueItsDaysLater() {
        PlanTask task = task(ScheduleKind.AFTER_TRIGGER, List.of("SO-YTE"), List.of());
        TaskProgress waiting = calculator.evaluate(task, List.of(), directory, LocalDate.of(2025, 3, 1));
        assertEquals(TaskStatus.WAITING_TRIGGER, waiting.status());
        assertEquals(List.of(), waiting.obligations());
        assertNull(calculator.dueDate(task));

        task.triggeredOn = LocalDate.of(2025, 3, 1);
        assertEquals(LocalDate.of(2025, 5, 30), calculator.dueDate(task), "the configured 90 days");
        assertEquals(TaskStatus.WAITING_TRIGGER,
                calculator.evaluate(task, List.of(), directory, LocalDate.of(2025, 2, 28)).status(),
                "a trigger after the day asked about is not known that day");
        task.daysAfterTrigger = 30;
        assertEquals(LocalDate.of(2025, 3, 31), calculator.dueDate(task), "the task's own days win");
        assertEquals(TaskStatus.OVERDUE, calculator.evaluate(task, List.of(), directory, LocalDate.of(2025, 4, 1)).status());
    }

    @Test
    void aYearlyTaskOwesOneReportPerYearDueOnTheConfiguredDayOfTheNextYear() {
        PlanTask task = task(ScheduleKind.ANNUAL_FROM, List.of("SO-YTE"), List.of());
        task.startYear = 2024;
        OffsetDateTime submitted = OffsetDateTime.of(2025, 1, 10, 3, 0, 0, 0, ZoneOffset.UTC);

        TaskProgress progress = calculator.evaluate(task,
                List.of(report("SO-YTE", "2024", ReportStatus.IN_PROGRESS, submitted)), directory, LocalDate.of(2026, 2, 15));

        assertEquals(List.of(
                        new Obligation("SO-YTE", "2024", LocalDate.of(2025, 1, 31), ObligationState.SUBMITTED, LocalDate.of(2025, 1, 10)),
                        new Obligation("SO-YTE", "2025", LocalDate.of(2026, 1, 31), ObligationState.MISSING, null),
                        new Obligation("SO-YTE", "2026", LocalDate.of(2027, 1, 31), ObligationState.PENDING, null)),
                progress.obligations());
        assertEquals(TaskStatus.OVERDUE, progress.status());
    }

    @Test
    void aSuccessorTakesOverTheDutiesAndThePredecessorsReportsCountForIt() {
        PlanTask task = task(ScheduleKind.ANNUAL_FROM, List.of("H-CU"), List.of());
        task.startYear = 2025;
        OffsetDateTime submitted = OffsetDateTime.of(2025, 5, 1, 3, 0, 0, 0, ZoneOffset.UTC);

        TaskProgress progress = calculator.evaluate(task,
                List.of(report("H-CU", "2025", ReportStatus.IN_PROGRESS, submitted)), directory, LocalDate.of(2025, 12, 1));

        assertEquals(List.of("H-MOI"), progress.leadAgencies());
        assertEquals("H-MOI", progress.obligations().get(0).agency());
        assertEquals(ObligationState.SUBMITTED, progress.obligations().get(0).state());
        assertEquals(1, progress.agencies().get(0).reports());
        assertEquals(TaskStatus.IN_PROGRESS, progress.status());
    }

    @Test
    void groupsExpandByKindAndALeadIsNeverAlsoACoordinator() {
        PlanTask task = task(ScheduleKind.ONGOING, List.of("SO-YTE"), List.of());
        task.startYear = 2025;
        task.coordinatingGroups = List.of("SO-BAN-NGANH");

        TaskProgress progress = calculator.evaluate(task, List.of(), directory, LocalDate.of(2025, 3, 1));

        assertEquals(List.of("SO-YTE"), progress.leadAgencies());
        assertEquals(List.of("SO-GDDT"), progress.coordinatingAgencies());
        assertEquals(List.of(AgencyRole.LEAD, AgencyRole.COORDINATING),
                progress.agencies().stream().map(AgencyProgress::role).toList());
        assertEquals(List.of("SO-YTE"), progress.obligations().stream().map(Obligation::agency).toList(),
                "coordinators owe nothing");
    }
}
