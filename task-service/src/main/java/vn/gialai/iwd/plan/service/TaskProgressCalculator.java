package vn.gialai.iwd.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.plan.config.PlanConfig;
import vn.gialai.iwd.plan.domain.AgencyRole;
import vn.gialai.iwd.plan.domain.ObligationState;
import vn.gialai.iwd.plan.domain.PlanTask;
import vn.gialai.iwd.plan.domain.ProgressReport;
import vn.gialai.iwd.plan.domain.ReportStatus;
import vn.gialai.iwd.plan.domain.ScheduleKind;
import vn.gialai.iwd.plan.domain.TaskStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Derives statuses and owed reports (docs/task-service.md, "Statuses"). Lead agencies owe the
 * reports; coordinating agencies may report but owe nothing. Only reports submitted on or before the
 * day asked about count, so any past day can be reproduced.
 */
@ApplicationScoped
public class TaskProgressCalculator {

    /** A report the schedule asks for: the year reported on (null for a one-off task) and its due date. */
    private record Duty(String period, LocalDate dueDate) {
    }

    /** The reports known on the day asked about, and who held each reporter's duties that day. */
    private record KnownReports(List<ProgressReport> reports, AgencyDirectory directory, LocalDate asOf) {

        /** Reports by the agency or by the units whose duties it holds (its predecessors). */
        List<ProgressReport> heldBy(String agency) {
            return reports.stream().filter(report -> directory.holders(report.agencyCode, asOf).contains(agency)).toList();
        }
    }

    private final PlanConfig config;

    TaskProgressCalculator(PlanConfig config) {
        this.config = config;
    }

    /** The due date of a one-off task: fixed, or counted from the recorded trigger; null while waiting. */
    public LocalDate dueDate(PlanTask task) {
        return switch (task.scheduleKind) {
            case DEADLINE -> task.dueDate;
            case AFTER_TRIGGER -> task.triggeredOn == null ? null : task.triggeredOn.plusDays(daysAfterTrigger(task));
            case ONGOING, ANNUAL_FROM -> null;
        };
    }

    public int daysAfterTrigger(PlanTask task) {
        return task.daysAfterTrigger != null ? task.daysAfterTrigger : config.daysAfterTrigger();
    }

    public TaskProgress evaluate(PlanTask task, List<ProgressReport> allReports, AgencyDirectory directory,
                                 LocalDate asOf) {
        boolean waiting = task.scheduleKind == ScheduleKind.AFTER_TRIGGER
                && (task.triggeredOn == null || task.triggeredOn.isAfter(asOf));
        KnownReports known = new KnownReports(
                allReports.stream().filter(report -> !submittedOn(report).isAfter(asOf)).toList(), directory, asOf);
        Set<String> leadUnits = directory.expand(task.leadUnits, task.leadGroups);
        Set<String> leads = directory.holders(leadUnits, asOf, asOf);
        Set<String> coordinators = directory.holders(directory.expand(task.coordinatingUnits, task.coordinatingGroups),
                asOf, asOf);
        coordinators.removeAll(leads);

        List<Obligation> obligations = new ArrayList<>();
        for (Duty duty : waiting ? List.<Duty>of() : duties(task, asOf)) {
            LocalDate existedBy = duty.dueDate().isBefore(asOf) ? duty.dueDate() : asOf;
            for (String holder : directory.holders(leadUnits, existedBy, asOf)) {
                Optional<ProgressReport> discharge = known.heldBy(holder).stream()
                        .filter(report -> duty.period() == null ? report.status == ReportStatus.DONE
                                : duty.period().equals(report.period))
                        .findFirst();
                ObligationState state = discharge.isPresent() ? ObligationState.SUBMITTED
                        : asOf.isAfter(duty.dueDate()) ? ObligationState.MISSING : ObligationState.PENDING;
                obligations.add(new Obligation(holder, duty.period(), duty.dueDate(), state,
                        discharge.map(this::submittedOn).orElse(null)));
            }
        }
        obligations.sort(Comparator.comparing(Obligation::dueDate).thenComparing(Obligation::agency));

        List<AgencyProgress> agencies = new ArrayList<>();
        leads.forEach(code -> agencies.add(progressOf(code, AgencyRole.LEAD, task, waiting, known, obligations)));
        coordinators.forEach(code -> agencies.add(progressOf(code, AgencyRole.COORDINATING, task, waiting, known, obligations)));
        return new TaskProgress(taskStatus(waiting, agencies), List.copyOf(leads), List.copyOf(coordinators),
                agencies, obligations);
    }

    public LocalDate submittedOn(ProgressReport report) {
        return report.submittedAt.atZoneSameInstant(config.zone()).toLocalDate();
    }

    private List<Duty> duties(PlanTask task, LocalDate asOf) {
        if (task.scheduleKind.isOneOff()) {
            return List.of(new Duty(null, dueDate(task)));
        }
        return IntStream.rangeClosed(task.startYear, asOf.getYear())
                .mapToObj(year -> new Duty(String.valueOf(year), config.annualReportDue().atYear(year + 1)))
                .toList();
    }

    private AgencyProgress progressOf(String code, AgencyRole role, PlanTask task, boolean waiting,
                                      KnownReports known, List<Obligation> obligations) {
        List<ProgressReport> own = known.heldBy(code);
        ProgressReport last = own.isEmpty() ? null : own.get(own.size() - 1);
        TaskStatus status;
        if (waiting) {
            status = TaskStatus.WAITING_TRIGGER;
        } else if (obligations.stream().anyMatch(o -> o.agency().equals(code) && o.state() == ObligationState.MISSING)) {
            status = TaskStatus.OVERDUE;
        } else if (task.scheduleKind.isOneOff() && own.stream().anyMatch(report -> report.status == ReportStatus.DONE)) {
            status = TaskStatus.DONE;
        } else {
            status = own.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
        }
        return new AgencyProgress(code, known.directory().nameOf(code), role, status, own.size(),
                last == null ? null : last.period, last == null ? null : last.status,
                last == null ? null : submittedOn(last));
    }

    /** The leads decide: one overdue lead makes the task overdue, all leads done make it done. */
    private static TaskStatus taskStatus(boolean waiting, List<AgencyProgress> agencies) {
        if (waiting) {
            return TaskStatus.WAITING_TRIGGER;
        }
        List<AgencyProgress> leads = agencies.stream().filter(agency -> agency.role() == AgencyRole.LEAD).toList();
        if (leads.stream().anyMatch(lead -> lead.status() == TaskStatus.OVERDUE)) {
            return TaskStatus.OVERDUE;
        }
        if (!leads.isEmpty() && leads.stream().allMatch(lead -> lead.status() == TaskStatus.DONE)) {
            return TaskStatus.DONE;
        }
        return agencies.stream().anyMatch(agency -> agency.reports() > 0) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }
}
