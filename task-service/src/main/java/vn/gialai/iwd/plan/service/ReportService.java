package vn.gialai.iwd.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.plan.domain.Agency;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.PlanYears;
import vn.gialai.iwd.plan.domain.ProgressReport;
import vn.gialai.iwd.plan.repository.ProgressReportRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Agencies' progress reports: only a task's lead or coordinating agencies may report on it. */
@ApplicationScoped
public class ReportService {

    private record Reporter(String agency, AgencyRole role) {
    }

    private final TaskService tasks;
    private final ProgressReportRepository reports;
    private final AgencyService agencies;
    private final TaskProgressCalculator calculator;
    private final TaskPublisher publisher;
    private final Clock clock;

    ReportService(TaskService tasks, ProgressReportRepository reports, AgencyService agencies,
                  TaskProgressCalculator calculator, TaskPublisher publisher, Clock clock) {
        this.tasks = tasks;
        this.reports = reports;
        this.agencies = agencies;
        this.calculator = calculator;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public ReportView submit(Caller caller, String taskCode, ReportInput input) {
        PlanTask task = tasks.lock(taskCode);
        LocalDate today = LocalDate.now(clock);
        AgencyDirectory directory = agencies.directory();
        // who leads and coordinates today does not depend on the reports, so none are loaded
        TaskProgress progress = calculator.evaluate(task, List.of(), directory, today);
        Reporter reporter = reporter(caller, task, progress, directory, input.agency(), today);
        checkPeriod(task, Integer.parseInt(input.period()), today);

        ProgressReport report = new ProgressReport();
        report.taskId = task.id;
        report.agencyCode = reporter.agency();
        report.agencyRole = reporter.role();
        report.period = input.period();
        report.status = input.status();
        report.summary = input.summary();
        report.evidence = input.evidence() == null ? List.of() : List.copyOf(input.evidence());
        report.submittedAt = OffsetDateTime.now(clock);
        report.submittedBy = caller.clientId();
        reports.persistAndFlush(report);

        ReportView view = view(task, report);
        publisher.reportSubmitted(view);
        publisher.taskChanged(task);
        return view;
    }

    @Transactional
    /** A task's reports, oldest first. */
    public KeysetPage<ReportView> list(String taskCode, long afterId, int limit) {
        PlanTask task = tasks.find(taskCode);
        return KeysetPage.read(limit, rows -> reports.page(task.id, afterId, rows), report -> report.id,
                shown -> shown.stream().map(report -> view(task, report)).toList());
    }

    private static void checkPeriod(PlanTask task, int year, LocalDate today) {
        if (year > today.getYear()) {
            throw new InvalidFieldsException("period", "OUT_OF_RANGE", "A report cannot be for a future year.");
        }
        int firstYear = task.startYear != null ? task.startYear : PlanYears.FIRST;
        if (year < firstYear) {
            throw new InvalidFieldsException("period", "OUT_OF_RANGE",
                    "Task " + task.code + " is reported on from " + firstYear + ".");
        }
    }

    /**
     * The agency the report is for: the one named, or the caller's only agency among the task's. A
     * submitter acts only for its own units; plan-admin and admin must name the agency.
     */
    private static Reporter reporter(Caller caller, PlanTask task, TaskProgress progress, AgencyDirectory directory,
                                     String named, LocalDate today) {
        if (named != null) {
            if (!caller.mayActFor(named)) {
                throw ProblemException.forbidden("This client may not report for agency " + named + ".");
            }
            return roleOf(named, progress).map(role -> new Reporter(named, role))
                    .orElseThrow(() -> notAnAgencyOf(task, named, directory, today));
        }
        if (caller.actsForEveryAgency() && !caller.hasRole(Roles.SUBMITTER)) {
            throw new InvalidFieldsException("agency", "REQUIRED", "Name the agency this report is for.");
        }
        Set<String> candidates = new TreeSet<>(caller.hasRole(Roles.SUBMITTER) ? caller.units() : Set.of());
        candidates.removeIf(code -> roleOf(code, progress).isEmpty());
        if (candidates.isEmpty()) {
            throw ProblemException.forbidden("This client acts for none of the lead or coordinating agencies of task "
                    + task.code + ".");
        }
        if (candidates.size() > 1) {
            throw new InvalidFieldsException("agency", "REQUIRED",
                    "This client acts for several agencies of the task (" + String.join(", ", candidates) + "); name one.");
        }
        String agency = candidates.iterator().next();
        return new Reporter(agency, roleOf(agency, progress).orElseThrow());
    }

    private static Optional<AgencyRole> roleOf(String agency, TaskProgress progress) {
        if (progress.leadAgencies().contains(agency)) {
            return Optional.of(AgencyRole.LEAD);
        }
        return progress.coordinatingAgencies().contains(agency) ? Optional.of(AgencyRole.COORDINATING) : Optional.empty();
    }

    /** A dissolved agency learns who reports in its place; any other outsider is simply refused. */
    private static ProblemException notAnAgencyOf(PlanTask task, String agency, AgencyDirectory directory,
                                                  LocalDate today) {
        Optional<Agency> known = directory.agency(agency);
        if (known.isPresent() && known.get().hasEndedBy(today) && !known.get().successorCodes.isEmpty()) {
            return ProblemException.unprocessable("Agency " + agency + " ended on " + known.get().validTo
                    + "; " + String.join(", ", directory.holders(agency, today)) + " reports in its place.");
        }
        return ProblemException.forbidden("Agency " + agency + " is neither a lead nor a coordinating agency of task "
                + task.code + ".");
    }

    private static ReportView view(PlanTask task, ProgressReport report) {
        return new ReportView(report.id, task.code, task.planCode, task.groupCode, report.agencyCode, report.agencyRole,
                report.period, report.status, report.summary, report.evidence, report.submittedAt, report.submittedBy);
    }
}
