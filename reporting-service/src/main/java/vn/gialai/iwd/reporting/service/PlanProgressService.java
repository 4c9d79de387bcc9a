package vn.gialai.iwd.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.repository.Jdbc;

import java.util.List;

/** GET /plan-progress: the plan's tasks by group and status, and each agency's reporting compliance. */
@ApplicationScoped
public class PlanProgressService {

    public record PlanProgress(@Schema(required = true) long tasks, @Schema(required = true) List<GroupStatus> byGroupAndStatus, @Schema(required = true) List<AgencyCompliance> agencies) {
    }

    public record GroupStatus(@Schema(required = true) String group, @Schema(required = true) String status, @Schema(required = true) long tasks) {
    }

    /** Reports an agency owes over all tasks: submitted, missing (past due) and pending (not yet due). */
    public record AgencyCompliance(@Schema(required = true) String agency, @Schema(required = true) long submitted, @Schema(required = true) long missing, @Schema(required = true) long pending) {
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
