package vn.gialai.iwd.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.plan.config.PlanConfig;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.ProgressReport;
import vn.gialai.iwd.plan.domain.ScheduleKind;
import vn.gialai.iwd.plan.repository.PlanTaskRepository;
import vn.gialai.iwd.plan.repository.ProgressReportRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Turns stored tasks into {@link TaskView}s for a given day, loading reports and agencies once per call. */
@ApplicationScoped
public class TaskViews {

    /** A task with its progress on one day. */
    public record Evaluated(PlanTask task, TaskProgress progress) {
    }

    private final PlanTaskRepository tasks;
    private final ProgressReportRepository reports;
    private final AgencyService agencies;
    private final TaskProgressCalculator calculator;
    private final PlanConfig config;

    TaskViews(PlanTaskRepository tasks, ProgressReportRepository reports, AgencyService agencies,
              TaskProgressCalculator calculator, PlanConfig config) {
        this.tasks = tasks;
        this.reports = reports;
        this.agencies = agencies;
        this.calculator = calculator;
        this.config = config;
    }

    public List<TaskView> views(List<PlanTask> page, LocalDate asOf) {
        return evaluate(page, asOf).stream().map(evaluated -> view(evaluated, asOf)).toList();
    }

    public TaskView view(PlanTask task, LocalDate asOf) {
        return views(List.of(task), asOf).get(0);
    }

    /** Every task of a plan (all plans when {@code planCode} is null) with its progress on {@code asOf}. */
    public List<Evaluated> evaluatePlan(String planCode, LocalDate asOf) {
        return evaluate(tasks.listInPlan(planCode), asOf);
    }

    public List<Evaluated> evaluate(List<PlanTask> page, LocalDate asOf) {
        AgencyDirectory directory = agencies.directory();
        Map<Long, List<ProgressReport>> reportsByTask = reports.byTask(page.stream().map(task -> task.id).toList());
        return page.stream()
                .map(task -> new Evaluated(task, calculator.evaluate(task,
                        reportsByTask.getOrDefault(task.id, List.of()), directory, asOf)))
                .toList();
    }

    public TaskView view(Evaluated evaluated, LocalDate asOf) {
        PlanTask task = evaluated.task();
        TaskProgress progress = evaluated.progress();
        return new TaskView(task.code, task.planCode, task.groupCode, task.groupTitle, task.title,
                progress.leadAgencies(), progress.coordinatingAgencies(),
                new AgencyAssignment(task.leadText, task.leadUnits, task.leadGroups),
                new AgencyAssignment(task.coordinatingText, task.coordinatingUnits, task.coordinatingGroups),
                schedule(task), task.submissionLevel, progress.status(), asOf, progress.agencies(),
                progress.obligations(), task.version);
    }

    private ScheduleView schedule(PlanTask task) {
        boolean yearly = !task.scheduleKind.isOneOff();
        boolean afterTrigger = task.scheduleKind == ScheduleKind.AFTER_TRIGGER;
        return new ScheduleView(task.scheduleKind, task.scheduleText, calculator.dueDate(task),
                yearly ? task.startYear : null, yearly ? config.annualReportDue() : null,
                afterTrigger ? calculator.daysAfterTrigger(task) : null, task.triggeredOn, task.triggerReference);
    }
}
