package vn.gialai.iwd.plan.service;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ObligationState;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.ProgressReport;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.ScheduleKind;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gialai.iwd.plan.service.PlanFixtures.agency;
import static vn.gialai.iwd.plan.service.PlanFixtures.task;

/**
 * The status rule of docs/task-service.md ("Statuses") at its boundaries, without a database: the due day
 * itself, one day late, done late, the last minute of a day in Asia/Ho_Chi_Minh, several leads, yearly
 * reports and their 31 January, triggers, and successors. Complements {@link TaskProgressCalculatorTest}.
 */
class TaskStatusBoundariesTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    private final TaskProgressCalculator calculator = new TaskProgressCalculator(PlanFixtures.CONFIG);
    private final AgencyDirectory directory = new AgencyDirectory(List.of(
            agency("SO-YTE", "DEPARTMENT", LONG_AGO, null),
            agency("SO-GDDT", "DEPARTMENT", LONG_AGO, null),
            agency("SO-NV", "DEPARTMENT", LONG_AGO, null),
            // merged into SO-TC after 28 February 2025 (docs/task-service.md, "Successors")
            agency("SO-KHDT", "DEPARTMENT", LONG_AGO, LocalDate.of(2025, 2, 28), "SO-TC"),
            agency("SO-TC", "DEPARTMENT", LONG_AGO, null),
            // ended without a successor: keeps its duties
            agency("BAN-CU", "ORGANIZATION", LONG_AGO, LocalDate.of(2025, 3, 31))),
            List.of());

    /** A report submitted at a time of day in Vietnam. */
    private static ProgressReport report(String agency, String period, ReportStatus status, LocalDate day, int hour, int minute) {
        return PlanFixtures.report(agency, period, status, OffsetDateTime.of(day, LocalTime.of(hour, minute), VIETNAM));
    }

    private static ProgressReport report(String agency, String period, ReportStatus status, LocalDate day) {
        return report(agency, period, status, day, 10, 0);
    }

    private static PlanTask deadline(List<String> leads, List<String> coordinators) {
        PlanTask task = task(ScheduleKind.DEADLINE, leads, coordinators);
        task.dueDate = DUE;
        return task;
    }

    private static PlanTask yearly(ScheduleKind kind, int startYear, String... leads) {
        PlanTask task = task(kind, List.of(leads), List.of());
        task.startYear = startYear;
        return task;
    }

    private TaskProgress on(PlanTask task, LocalDate asOf, ProgressReport... reports) {
        return calculator.evaluate(task, List.of(reports), directory, asOf);
    }

    private static Map<String, TaskStatus> byAgency(TaskProgress progress) {
        return progress.agencies().stream().collect(Collectors.toMap(AgencyProgress::code, AgencyProgress::status));
    }

    // ---- one-off tasks -------------------------------------------------------------------------

    @Test
    void withoutAnyReportADeadlineTaskIsNotStartedUpToItsDueDayAndOverdueTheDayAfter() {
        PlanTask task = deadline(List.of("SO-YTE"), List.of());
        assertEquals(TaskStatus.NOT_STARTED, on(task, DUE.minusDays(1)).status());
        TaskProgress dueToday = on(task, DUE);
        assertEquals(TaskStatus.NOT_STARTED, dueToday.status(), "due today is not late yet");
        assertEquals(List.of(new Obligation("SO-YTE", null, DUE, ObligationState.PENDING, null)), dueToday.obligations());
        TaskProgress oneDayLate = on(task, DUE.plusDays(1));
        assertEquals(TaskStatus.OVERDUE, oneDayLate.status());
        assertEquals(List.of(new Obligation("SO-YTE", null, DUE, ObligationState.MISSING, null)), oneDayLate.obligations());
        assertEquals(Map.of("SO-YTE", TaskStatus.OVERDUE), byAgency(oneDayLate));
    }

    @Test
    void aDoneReportOnTheDueDayIsOnTime() {
        PlanTask task = deadline(List.of("SO-YTE"), List.of());
        TaskProgress progress = on(task, DUE, report("SO-YTE", "2025", ReportStatus.DONE, DUE));
        assertEquals(TaskStatus.DONE, progress.status());
        assertEquals(List.of(new Obligation("SO-YTE", null, DUE, ObligationState.SUBMITTED, DUE)), progress.obligations());
    }

    @Test
    void theDueDayEndsAtMidnightInVietnam() {
        PlanTask task = deadline(List.of("SO-YTE"), List.of());
        // 23:59 on the due day in Vietnam (16:59 UTC): on time
        ProgressReport lastMinute = report("SO-YTE", "2025", ReportStatus.DONE, DUE, 23, 59);
        assertEquals(TaskStatus.DONE, on(task, DUE, lastMinute).status());
        assertEquals(DUE, on(task, DUE, lastMinute).obligations().get(0).submittedOn());
        // 00:00 the next day in Vietnam, still 30 June in UTC (17:00): not known on the due day, late after it
        ProgressReport midnight = PlanFixtures.report("SO-YTE", "2025", ReportStatus.DONE,
                OffsetDateTime.of(DUE, LocalTime.of(17, 0), ZoneOffset.UTC));
        TaskProgress dueDay = on(task, DUE, midnight);
        assertEquals(TaskStatus.NOT_STARTED, dueDay.status());
        assertEquals(ObligationState.PENDING, dueDay.obligations().get(0).state());
        TaskProgress nextDay = on(task, DUE.plusDays(1), midnight);
        assertEquals(TaskStatus.DONE, nextDay.status());
        assertEquals(new Obligation("SO-YTE", null, DUE, ObligationState.SUBMITTED, DUE.plusDays(1)),
                nextDay.obligations().get(0));
    }

    @Test
    void aTaskCompletedLateIsOverdueUntilTheDoneReportThenDoneWithItsLateDate() {
        PlanTask task = deadline(List.of("SO-YTE"), List.of());
        ProgressReport started = report("SO-YTE", "2025", ReportStatus.IN_PROGRESS, LocalDate.of(2025, 3, 1));
        ProgressReport doneLate = report("SO-YTE", "2025", ReportStatus.DONE, LocalDate.of(2025, 7, 10));
        assertEquals(TaskStatus.IN_PROGRESS, on(task, DUE, started, doneLate).status());
        assertEquals(TaskStatus.OVERDUE, on(task, DUE.plusDays(1), started, doneLate).status(),
                "an IN_PROGRESS report does not discharge a one-off task");
        assertEquals(TaskStatus.OVERDUE, on(task, LocalDate.of(2025, 7, 9), started, doneLate).status());
        TaskProgress done = on(task, LocalDate.of(2025, 7, 10), started, doneLate);
        assertEquals(TaskStatus.DONE, done.status());
        Obligation late = done.obligations().get(0);
        assertEquals(ObligationState.SUBMITTED, late.state());
        assertEquals(LocalDate.of(2025, 7, 10), late.submittedOn());
        assertEquals(true, late.submittedOn().isAfter(late.dueDate()), "late: submitted after the due date");
        AgencyProgress agency = done.agencies().get(0);
        assertEquals(2, agency.reports());
        assertEquals(ReportStatus.DONE, agency.lastStatus());
        assertEquals(LocalDate.of(2025, 7, 10), agency.lastSubmittedOn());
    }

    @Test
    void aOneOffTaskIsDoneByADoneReportWhateverItsPeriod() {
        PlanTask task = deadline(List.of("SO-YTE"), List.of());
        TaskProgress progress = on(task, DUE.plusDays(30), report("SO-YTE", "2024", ReportStatus.DONE, LocalDate.of(2025, 1, 5)));
        assertEquals(TaskStatus.DONE, progress.status());
        assertEquals(ObligationState.SUBMITTED, progress.obligations().get(0).state());
    }

    @Test
    void theLeadsDecideTheTask() {
        PlanTask task = deadline(List.of("SO-YTE", "SO-NV"), List.of("SO-GDDT"));
        ProgressReport yteDone = report("SO-YTE", "2025", ReportStatus.DONE, LocalDate.of(2025, 5, 1));
        ProgressReport nvDone = report("SO-NV", "2025", ReportStatus.DONE, LocalDate.of(2025, 7, 2));

        TaskProgress oneOfTwo = on(task, DUE, yteDone);
        assertEquals(TaskStatus.IN_PROGRESS, oneOfTwo.status(), "one lead done of two");
        assertEquals(Map.of("SO-YTE", TaskStatus.DONE, "SO-NV", TaskStatus.NOT_STARTED, "SO-GDDT", TaskStatus.NOT_STARTED),
                byAgency(oneOfTwo));
        assertEquals(List.of("SO-NV", "SO-YTE"), oneOfTwo.obligations().stream().map(Obligation::agency).toList(),
                "one owed report per lead, by due date then agency");

        TaskProgress oneLate = on(task, DUE.plusDays(1), yteDone);
        assertEquals(TaskStatus.OVERDUE, oneLate.status(), "one overdue lead makes the task overdue");
        assertEquals(Map.of("SO-YTE", TaskStatus.DONE, "SO-NV", TaskStatus.OVERDUE, "SO-GDDT", TaskStatus.NOT_STARTED),
                byAgency(oneLate));

        assertEquals(TaskStatus.DONE, on(task, LocalDate.of(2025, 7, 2), yteDone, nvDone).status(), "every lead done");
    }

    @Test
    void aCoordinatorsDoneReportShowsProgressButOwesAndFinishesNothing() {
        PlanTask task = deadline(List.of("SO-YTE"), List.of("SO-GDDT"));
        ProgressReport coordinatorDone = report("SO-GDDT", "2025", ReportStatus.DONE, LocalDate.of(2025, 4, 1));
        TaskProgress before = on(task, DUE, coordinatorDone);
        assertEquals(TaskStatus.IN_PROGRESS, before.status());
        assertEquals(Map.of("SO-YTE", TaskStatus.NOT_STARTED, "SO-GDDT", TaskStatus.DONE), byAgency(before));
        TaskProgress after = on(task, DUE.plusDays(1), coordinatorDone);
        assertEquals(TaskStatus.OVERDUE, after.status());
        assertEquals(List.of("SO-YTE"), after.obligations().stream().map(Obligation::agency).toList());
        assertEquals(AgencyRole.COORDINATING,
                after.agencies().stream().filter(a -> a.code().equals("SO-GDDT")).findFirst().orElseThrow().role());
    }

    @Test
    void aTaskWithoutLeadsOwesNothingAndIsNeverDone() {
        PlanTask task = deadline(List.of(), List.of("SO-GDDT"));
        assertEquals(TaskStatus.NOT_STARTED, on(task, DUE.plusDays(100)).status());
        TaskProgress reported = on(task, DUE.plusDays(100), report("SO-GDDT", "2025", ReportStatus.DONE, DUE));
        assertEquals(List.of(), reported.obligations());
        assertEquals(TaskStatus.IN_PROGRESS, reported.status());
    }

    // ---- AFTER_TRIGGER ------------------------------------------------------------------------

    @Test
    void anAfterTriggerTaskIsDueOnItsNinetiethDayAndLateOnTheNinetyFirst() {
        PlanTask task = task(ScheduleKind.AFTER_TRIGGER, List.of("SO-NV"), List.of());
        task.triggeredOn = LocalDate.of(2025, 3, 1);
        ProgressReport early = report("SO-NV", "2025", ReportStatus.IN_PROGRESS, LocalDate.of(2025, 2, 20));
        assertEquals(TaskStatus.WAITING_TRIGGER, on(task, LocalDate.of(2025, 2, 28), early).status());
        assertEquals(Map.of("SO-NV", TaskStatus.WAITING_TRIGGER), byAgency(on(task, LocalDate.of(2025, 2, 28), early)),
                "a report does not end the wait");
        TaskProgress triggerDay = on(task, LocalDate.of(2025, 3, 1));
        assertEquals(TaskStatus.NOT_STARTED, triggerDay.status(), "the trigger counts from its own day");
        // 1 March + 90 days = 30 May
        assertEquals(List.of(new Obligation("SO-NV", null, LocalDate.of(2025, 5, 30), ObligationState.PENDING, null)),
                triggerDay.obligations());
        assertEquals(TaskStatus.NOT_STARTED, on(task, LocalDate.of(2025, 5, 30)).status());
        assertEquals(TaskStatus.OVERDUE, on(task, LocalDate.of(2025, 5, 31)).status());
        assertEquals(TaskStatus.IN_PROGRESS, on(task, LocalDate.of(2025, 5, 30), early).status());
        assertEquals(TaskStatus.DONE, on(task, LocalDate.of(2025, 6, 5),
                report("SO-NV", "2025", ReportStatus.DONE, LocalDate.of(2025, 6, 5))).status());
    }

    @Test
    void zeroDaysAfterTheTriggerIsDueOnTheTriggerDay() {
        PlanTask task = task(ScheduleKind.AFTER_TRIGGER, List.of("SO-NV"), List.of());
        task.triggeredOn = LocalDate.of(2025, 3, 1);
        task.daysAfterTrigger = 0;
        assertEquals(LocalDate.of(2025, 3, 1), calculator.dueDate(task));
        assertEquals(TaskStatus.NOT_STARTED, on(task, LocalDate.of(2025, 3, 1)).status());
        assertEquals(TaskStatus.OVERDUE, on(task, LocalDate.of(2025, 3, 2)).status());
    }

    @Test
    void onlyOneOffTasksHaveADueDate() {
        assertEquals(DUE, calculator.dueDate(deadline(List.of("SO-YTE"), List.of())));
        assertEquals(null, calculator.dueDate(yearly(ScheduleKind.ANNUAL_FROM, 2025, "SO-YTE")));
        assertEquals(null, calculator.dueDate(yearly(ScheduleKind.ONGOING, 2024, "SO-YTE")));
        PlanTask afterTrigger = task(ScheduleKind.AFTER_TRIGGER, List.of("SO-NV"), List.of());
        assertEquals(90, calculator.daysAfterTrigger(afterTrigger), "the configured default");
        afterTrigger.daysAfterTrigger = 45;
        assertEquals(45, calculator.daysAfterTrigger(afterTrigger));
    }

    // ---- yearly tasks -------------------------------------------------------------------------

    @Test
    void aYearsReportIsDueOn31JanuaryOfTheNextYear() {
        PlanTask task = yearly(ScheduleKind.ANNUAL_FROM, 2025, "SO-YTE");
        TaskProgress lastDay = on(task, LocalDate.of(2026, 1, 31));
        assertEquals(TaskStatus.NOT_STARTED, lastDay.status());
        assertEquals(List.of(
                new Obligation("SO-YTE", "2025", LocalDate.of(2026, 1, 31), ObligationState.PENDING, null),
                new Obligation("SO-YTE", "2026", LocalDate.of(2027, 1, 31), ObligationState.PENDING, null)),
                lastDay.obligations());
        TaskProgress firstFebruary = on(task, LocalDate.of(2026, 2, 1));
        assertEquals(TaskStatus.OVERDUE, firstFebruary.status());
        assertEquals(ObligationState.MISSING, firstFebruary.obligations().get(0).state());
    }

    @Test
    void duringItsFirstYearAYearlyTaskOwesThatYearsReportOnly() {
        PlanTask task = yearly(ScheduleKind.ONGOING, 2025, "SO-YTE");
        assertEquals(List.of(new Obligation("SO-YTE", "2025", LocalDate.of(2026, 1, 31), ObligationState.PENDING, null)),
                on(task, LocalDate.of(2025, 1, 1)).obligations());
        // a start year after the day asked about: nothing owed yet
        PlanTask later = yearly(ScheduleKind.ANNUAL_FROM, 2026, "SO-YTE");
        TaskProgress before = on(later, LocalDate.of(2025, 12, 31));
        assertEquals(List.of(), before.obligations());
        assertEquals(TaskStatus.NOT_STARTED, before.status());
    }

    @Test
    void aLateYearlyReportEndsTheOverdueButTheTaskIsNeverDone() {
        PlanTask task = yearly(ScheduleKind.ANNUAL_FROM, 2025, "SO-YTE");
        ProgressReport late = report("SO-YTE", "2025", ReportStatus.DONE, LocalDate.of(2026, 2, 10));
        assertEquals(TaskStatus.OVERDUE, on(task, LocalDate.of(2026, 2, 9), late).status());
        TaskProgress progress = on(task, LocalDate.of(2026, 2, 10), late);
        assertEquals(TaskStatus.IN_PROGRESS, progress.status(), "a DONE report does not finish a yearly task");
        assertEquals(new Obligation("SO-YTE", "2025", LocalDate.of(2026, 1, 31), ObligationState.SUBMITTED,
                LocalDate.of(2026, 2, 10)), progress.obligations().get(0));
        assertEquals(Map.of("SO-YTE", TaskStatus.IN_PROGRESS), byAgency(progress));
    }

    @Test
    void aReportOnAnotherYearDoesNotDischargeTheYearOwed() {
        PlanTask task = yearly(ScheduleKind.ANNUAL_FROM, 2025, "SO-YTE");
        // reported on 2026 while the 2025 report was owed
        ProgressReport wrongYear = report("SO-YTE", "2026", ReportStatus.IN_PROGRESS, LocalDate.of(2026, 1, 20));
        TaskProgress progress = on(task, LocalDate.of(2026, 2, 1), wrongYear);
        assertEquals(List.of(
                new Obligation("SO-YTE", "2025", LocalDate.of(2026, 1, 31), ObligationState.MISSING, null),
                new Obligation("SO-YTE", "2026", LocalDate.of(2027, 1, 31), ObligationState.SUBMITTED, LocalDate.of(2026, 1, 20))),
                progress.obligations());
        assertEquals(TaskStatus.OVERDUE, progress.status(), "an old missing year keeps the task overdue");
    }

    // ---- successors ---------------------------------------------------------------------------

    @Test
    void twoPredecessorsMergedIntoOneOweOneReportPerYear() {
        PlanTask task = yearly(ScheduleKind.ANNUAL_FROM, 2024, "SO-KHDT", "SO-TC");
        ProgressReport khdt2024 = report("SO-KHDT", "2024", ReportStatus.IN_PROGRESS, LocalDate.of(2025, 1, 10));

        TaskProgress beforeMerger = on(task, LocalDate.of(2025, 2, 1), khdt2024);
        assertEquals(List.of("SO-KHDT", "SO-TC"), beforeMerger.leadAgencies());
        assertEquals(Map.of("SO-KHDT", TaskStatus.IN_PROGRESS, "SO-TC", TaskStatus.OVERDUE), byAgency(beforeMerger));

        TaskProgress afterMerger = on(task, LocalDate.of(2025, 3, 1), khdt2024);
        assertEquals(List.of("SO-TC"), afterMerger.leadAgencies());
        assertEquals(List.of(
                new Obligation("SO-TC", "2024", LocalDate.of(2025, 1, 31), ObligationState.SUBMITTED, LocalDate.of(2025, 1, 10)),
                new Obligation("SO-TC", "2025", LocalDate.of(2026, 1, 31), ObligationState.PENDING, null)),
                afterMerger.obligations(), "SO-KHDT's 2024 report counts for SO-TC, and once");
        assertEquals(TaskStatus.IN_PROGRESS, afterMerger.status());
    }

    @Test
    void aUnitEndedWithoutSuccessorKeepsItsDuties() {
        PlanTask task = deadline(List.of("BAN-CU"), List.of());
        TaskProgress progress = on(task, LocalDate.of(2025, 9, 1));
        assertEquals(List.of("BAN-CU"), progress.leadAgencies());
        assertEquals(List.of(new Obligation("BAN-CU", null, DUE, ObligationState.MISSING, null)), progress.obligations());
        assertEquals(TaskStatus.OVERDUE, progress.status());
    }
}
