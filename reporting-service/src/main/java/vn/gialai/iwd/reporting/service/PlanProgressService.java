package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.util.List;

/** GET /plan-progress: the plan's tasks by group and status, and each agency's reporting compliance. */
@ApplicationScoped
public class PlanProgressService {

    public record PlanProgress(long tasks, List<GroupStatus> byGroupAndStatus, List<AgencyCompliance> agencies) {
    }

    public record GroupStatus(String group, String status, long tasks) {
    }

    /** Reports an agency owes over all tasks: submitted, missing (past due) and pending (not yet due). */
    public record AgencyCompliance(String agency, long submitted, long missing, long pending) {
    }

    private final Jdbc jdbc;

    PlanProgressService(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public PlanProgress progress() {
        List<GroupStatus> groups = jdbc.query(
                "select task_group, status, count(*) from plan_task group by 1, 2 order by 1, 2", List.of(),
                row -> new GroupStatus(row.getString(1), row.getString(2), row.getLong(3)));
        List<AgencyCompliance> agencies = jdbc.query("""
                select o->>'agency', count(*) filter (where o->>'state' = 'SUBMITTED'),
                       count(*) filter (where o->>'state' = 'MISSING'), count(*) filter (where o->>'state' = 'PENDING')
                from plan_task cross join lateral jsonb_array_elements(obligations) o
                group by 1 order by 1""", List.of(),
                row -> new AgencyCompliance(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)));
        return new PlanProgress(groups.stream().mapToLong(GroupStatus::tasks).sum(), groups, agencies);
    }
}
