package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.plan.domain.ObligationState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Who is late and who has reported: the owed reports of every task, on one day. */
@ApplicationScoped
public class ComplianceService {

    /** An owed report not submitted by its due date. */
    public record OverdueReport(@Schema(required = true) String taskCode, @Schema(required = true) String plan, @Schema(required = true) String group, @Schema(required = true) String title,
                                @Schema(required = true) String agency, @Schema(required = true, nullable = true) String nameVi, @Schema(required = true, nullable = true) String period, @Schema(required = true) LocalDate dueDate,
                                @Schema(required = true) long daysOverdue) {
    }

    /** An agency's reports owed for one year: submitted (of which late), missing, or not yet due. */
    public record AgencyCompliance(@Schema(required = true) String agency, @Schema(required = true, nullable = true) String nameVi, @Schema(required = true) int owed, @Schema(required = true) int submitted,
                                   @Schema(required = true) int submittedLate, @Schema(required = true) int missing, @Schema(required = true) int pending,
                                   @Schema(required = true) List<OwedReport> missingReports) {
    }

    public record OwedReport(@Schema(required = true) String taskCode, @Schema(required = true, nullable = true) String period, @Schema(required = true) LocalDate dueDate) {
    }

    private final TaskViews views;
    private final AgencyService agencies;

    ComplianceService(TaskViews views, AgencyService agencies) {
        this.views = views;
        this.agencies = agencies;
    }

    @Transactional
    public List<OverdueReport> overdue(LocalDate asOf, String planCode) {
        List<OverdueReport> overdue = new ArrayList<>();
        AgencyDirectory directory = agencies.directory();
        for (TaskViews.Evaluated evaluated : views.evaluatePlan(planCode, asOf)) {
            for (Obligation obligation : evaluated.progress().obligations()) {
                if (obligation.state() == ObligationState.MISSING) {
                    overdue.add(new OverdueReport(evaluated.task().code, evaluated.task().planCode,
                            evaluated.task().groupCode, evaluated.task().title, obligation.agency(),
                            directory.nameOf(obligation.agency()), obligation.period(), obligation.dueDate(),
                            ChronoUnit.DAYS.between(obligation.dueDate(), asOf)));
                }
            }
        }
        overdue.sort(Comparator.comparing(OverdueReport::dueDate).thenComparing(OverdueReport::taskCode)
                .thenComparing(OverdueReport::agency));
        return overdue;
    }

    /**
     * The reports owed for {@code year}: the year's report of every yearly task, and the one report
     * of every one-off task due that year.
     */
    @Transactional
    public List<AgencyCompliance> compliance(int year, LocalDate asOf, String planCode) {
        Map<String, List<TaskObligation>> byAgency = new TreeMap<>();
        for (TaskViews.Evaluated evaluated : views.evaluatePlan(planCode, asOf)) {
            for (Obligation obligation : evaluated.progress().obligations()) {
                if (isFor(obligation, year)) {
                    byAgency.computeIfAbsent(obligation.agency(), agency -> new ArrayList<>())
                            .add(new TaskObligation(evaluated.task().code, obligation));
                }
            }
        }
        AgencyDirectory directory = agencies.directory();
        List<AgencyCompliance> rows = new ArrayList<>();
        byAgency.forEach((agency, owed) -> rows.add(new AgencyCompliance(agency, directory.nameOf(agency), owed.size(),
                count(owed, ObligationState.SUBMITTED),
                (int) owed.stream().filter(TaskObligation::submittedLate).count(),
                count(owed, ObligationState.MISSING), count(owed, ObligationState.PENDING),
                owed.stream().filter(owing -> owing.obligation().state() == ObligationState.MISSING)
                        .map(owing -> new OwedReport(owing.taskCode(), owing.obligation().period(),
                                owing.obligation().dueDate()))
                        .toList())));
        return rows;
    }

    private record TaskObligation(String taskCode, Obligation obligation) {

        boolean submittedLate() {
            return obligation.state() == ObligationState.SUBMITTED && obligation.submittedOn().isAfter(obligation.dueDate());
        }
    }

    private static boolean isFor(Obligation obligation, int year) {
        return obligation.period() != null ? obligation.period().equals(String.valueOf(year))
                : obligation.dueDate().getYear() == year;
    }

    private static int count(List<TaskObligation> owed, ObligationState state) {
        return (int) owed.stream().filter(owing -> owing.obligation().state() == state).count();
    }
}
