package vn.gialai.iwd.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.ScheduleKind;
import vn.gialai.iwd.plan.repository.PlanTaskRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Plan tasks: reading them with their derived status, and plan-admin's changes (each one published). */
@ApplicationScoped
public class TaskService {

    private final PlanTaskRepository tasks;
    private final AgencyService agencies;
    private final TaskViews views;
    private final TaskValidator validator;
    private final TaskPublisher publisher;
    private final Clock clock;

    TaskService(PlanTaskRepository tasks, AgencyService agencies, TaskViews views, TaskValidator validator,
                TaskPublisher publisher, Clock clock) {
        this.tasks = tasks;
        this.agencies = agencies;
        this.views = views;
        this.validator = validator;
        this.publisher = publisher;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public KeysetPage<TaskView> list(String planCode, LocalDate asOf, long afterId, int limit) {
        return KeysetPage.read(limit, rows -> tasks.page(planCode, afterId, rows), task -> task.id,
                shown -> views.views(shown, asOf));
    }

    @Transactional
    public TaskView get(String code, LocalDate asOf) {
        return views.view(find(code), asOf);
    }

    PlanTask find(String code) {
        return tasks.findByCode(code).orElseThrow(() -> notFound(code));
    }

    PlanTask lock(String code) {
        return tasks.findByCodeForUpdate(code).orElseThrow(() -> notFound(code));
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("A task with code " + code + " exists.");
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("No task with code " + code + ".");
    }

    @Transactional
    public TaskView create(TaskDefinition definition) {
        validator.check(definition, agencies.directory());
        if (tasks.findByCode(definition.code()).isPresent()) {
            throw codeTaken(definition.code());
        }
        PlanTask task = new PlanTask();
        task.code = definition.code();
        apply(task, definition);
        try {
            tasks.persistAndFlush(task);
        } catch (ConstraintViolationException e) {
            // another request created the same code between our check and our insert
            throw codeTaken(definition.code());
        }
        return publisher.taskChanged(task);
    }

    @Transactional
    public TaskView update(String code, TaskPatch patch) {
        PlanTask task = lock(code);
        TaskDefinition merged = merge(task, patch);
        validator.check(merged, agencies.directory());
        apply(task, merged);
        return publisher.taskChanged(task);
    }

    /** The outside act an AFTER_TRIGGER task waits for; recording it again corrects it. */
    @Transactional
    public TaskView recordTrigger(String code, LocalDate occurredOn, String reference) {
        PlanTask task = lock(code);
        if (task.scheduleKind != ScheduleKind.AFTER_TRIGGER) {
            throw ProblemException.conflict(
                    "Task " + code + " has a " + task.scheduleKind + " schedule and waits for no trigger.");
        }
        if (occurredOn.isAfter(today())) {
            throw new InvalidFieldsException("occurredOn", "OUT_OF_RANGE", "A trigger cannot lie in the future.");
        }
        if (occurredOn.getYear() < 1) {
            // Year 0 and years BC are well-formed ISO dates that PostgreSQL cannot store (was a 500, issue 15).
            throw new InvalidFieldsException("occurredOn", "OUT_OF_RANGE", "A trigger cannot lie before the year 1.");
        }
        task.triggeredOn = occurredOn;
        task.triggerReference = reference;
        return publisher.taskChanged(task);
    }

    private static TaskDefinition merge(PlanTask task, TaskPatch patch) {
        ScheduleInput schedule = new ScheduleInput(task.scheduleKind, task.scheduleText, task.dueDate, task.startYear,
                task.daysAfterTrigger);
        return new TaskDefinition(task.code,
                patch.plan() != null ? patch.plan() : task.planCode,
                patch.group() != null ? patch.group() : task.groupCode,
                patch.groupTitle() != null ? patch.groupTitle() : task.groupTitle,
                patch.title() != null ? patch.title() : task.title,
                patch.lead() != null ? patch.lead() : new AgencyAssignment(task.leadText, task.leadUnits, task.leadGroups),
                patch.coordinating() != null ? patch.coordinating()
                        : new AgencyAssignment(task.coordinatingText, task.coordinatingUnits, task.coordinatingGroups),
                patch.schedule() != null ? patch.schedule() : schedule,
                patch.submissionLevel() != null ? patch.submissionLevel() : task.submissionLevel);
    }

    private void apply(PlanTask task, TaskDefinition definition) {
        AgencyAssignment coordinating = definition.coordinating() != null ? definition.coordinating() : AgencyAssignment.NONE;
        ScheduleInput schedule = definition.schedule();
        task.planCode = definition.plan();
        task.groupCode = definition.group();
        task.groupTitle = definition.groupTitle();
        task.title = definition.title();
        task.leadText = definition.lead().text();
        task.leadUnits = List.copyOf(definition.lead().unitsOrEmpty());
        task.leadGroups = List.copyOf(definition.lead().groupsOrEmpty());
        task.coordinatingText = coordinating.text();
        task.coordinatingUnits = List.copyOf(coordinating.unitsOrEmpty());
        task.coordinatingGroups = List.copyOf(coordinating.groupsOrEmpty());
        if (schedule.kind() != ScheduleKind.AFTER_TRIGGER) {
            task.triggeredOn = null;
            task.triggerReference = null;
        }
        task.scheduleKind = schedule.kind();
        task.scheduleText = schedule.text();
        task.dueDate = schedule.dueDate();
        task.startYear = schedule.startYear();
        task.daysAfterTrigger = schedule.daysAfterTrigger();
        task.submissionLevel = definition.submissionLevel();
        task.updatedAt = OffsetDateTime.now(clock);
    }
}
