package vn.gialai.iwd.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.gialai.iwd.plan.config.EventsConfig;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.events.CloudEventWriter;
import vn.gialai.iwd.plan.events.ReportSubmitted;
import vn.gialai.iwd.plan.events.TaskChanged;
import vn.gialai.iwd.plan.repository.PlanTaskRepository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the plan's events to the outbox (topic iwd.events.topics.task, key = task code, so one
 * task's events stay in order). A task's derived state also changes with time alone (a due date
 * passes) and with units (a successor takes over), so a daily sweep republishes the tasks whose
 * derived state differs from what was last published. The same pass runs at start-up, which
 * publishes the tasks Flyway seeded (they have never been published), so reporting knows every
 * task of the plan, also after it rebuilds from the topic.
 */
@ApplicationScoped
public class TaskPublisher {

    private static final Logger LOG = Logger.getLogger(TaskPublisher.class);

    private final CloudEventWriter events;
    private final EventsConfig config;
    private final TaskViews views;
    private final PlanTaskRepository tasks;
    private final ObjectMapper json;
    private final Clock clock;

    TaskPublisher(CloudEventWriter events, EventsConfig config, TaskViews views, PlanTaskRepository tasks,
                  ObjectMapper json, Clock clock) {
        this.events = events;
        this.config = config;
        this.views = views;
        this.tasks = tasks;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change of the task: the next version, published with its state as of today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TaskView taskChanged(PlanTask task) {
        LocalDate today = LocalDate.now(clock);
        TaskViews.Evaluated evaluated = views.evaluate(List.of(task), today).get(0);
        return publish(evaluated, today);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reportSubmitted(ReportView report) {
        events.append(config.topics().task(), ReportSubmitted.TYPE, report.taskCode(), submitted(report));
    }

    @Scheduled(cron = "${iwd.plan.status-sweep-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        republishChangedDerivedStates();
    }

    void publishUnpublishedTasks(@Observes StartupEvent startup) {
        try {
            LOG.infof("published %d tasks at start-up", republishChangedDerivedStates());
        } catch (RuntimeException e) {
            // The database may still be starting; the daily sweep publishes them then.
            LOG.warn("could not publish the plan's tasks at start-up; the status sweep will", e);
        }
    }

    /**
     * One short transaction per task, each holding the task's row lock, so writers are never blocked
     * for the whole sweep.
     *
     * @return how many tasks were republished because their derived state changed
     */
    public int republishChangedDerivedStates() {
        List<String> codes = QuarkusTransaction.requiringNew().call(() -> tasks.listInPlan(null).stream()
                .map(task -> task.code).toList());
        int republished = 0;
        for (String code : codes) {
            if (QuarkusTransaction.requiringNew().call(() -> republishIfChanged(code))) {
                republished++;
            }
        }
        return republished;
    }

    private boolean republishIfChanged(String code) {
        LocalDate today = LocalDate.now(clock);
        PlanTask task = tasks.findByCodeForUpdate(code).orElseThrow();
        TaskViews.Evaluated evaluated = views.evaluate(List.of(task), today).get(0);
        if (fingerprint(evaluated.progress()).equals(task.publishedFingerprint)) {
            return false;
        }
        publish(evaluated, today);
        return true;
    }

    private TaskView publish(TaskViews.Evaluated evaluated, LocalDate today) {
        PlanTask task = evaluated.task();
        task.version = task.version + 1;
        task.updatedAt = OffsetDateTime.now(clock);
        task.publishedFingerprint = fingerprint(evaluated.progress());
        TaskView view = views.view(evaluated, today);
        events.append(config.topics().task(), TaskChanged.TYPE, task.code, changed(view));
        return view;
    }

    /** The event's own shape, field by field: a field added to the REST view does not reach the topic unasked. */
    static TaskChanged changed(TaskView view) {
        ScheduleView schedule = view.schedule();
        return new TaskChanged(view.code(), view.plan(), view.group(), view.groupTitle(), view.title(),
                view.leadAgencies(), view.coordinatingAgencies(), assignment(view.lead()), assignment(view.coordinating()),
                new TaskChanged.Schedule(schedule.kind(), schedule.text(), schedule.dueDate(), schedule.startYear(),
                        schedule.reportDue(), schedule.daysAfterTrigger(), schedule.triggeredOn(),
                        schedule.triggerReference()),
                view.submissionLevel(), view.status(), view.statusAsOf(),
                view.agencies().stream().map(agency -> new TaskChanged.AgencyPart(agency.code(), agency.nameVi(),
                        agency.role(), agency.status(), agency.reports(), agency.lastPeriod(), agency.lastStatus(),
                        agency.lastSubmittedOn())).toList(),
                view.obligations().stream().map(owed -> new TaskChanged.OwedReport(owed.agency(), owed.period(),
                        owed.dueDate(), owed.state(), owed.submittedOn())).toList(),
                view.version());
    }

    static ReportSubmitted submitted(ReportView report) {
        return new ReportSubmitted(report.id(), report.taskCode(), report.plan(), report.group(), report.agency(),
                report.role(), report.period(), report.status(), report.summary(), report.evidence(),
                report.submittedAt(), report.submittedBy());
    }

    private static TaskChanged.Assignment assignment(AgencyAssignment assignment) {
        return new TaskChanged.Assignment(assignment.text(), assignment.unitsOrEmpty(), assignment.groupsOrEmpty());
    }

    private String fingerprint(TaskProgress progress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(progress));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a task's progress", e);
        }
    }
}
