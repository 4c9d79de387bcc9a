package vn.gialai.iwd.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.plan.domain.ProgressReport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {

    /** Every report of the given tasks, oldest first, grouped by task id. */
    public Map<Long, List<ProgressReport>> byTask(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return list("taskId in ?1", Sort.by("id"), taskIds).stream()
                .collect(Collectors.groupingBy(report -> report.taskId));
    }

    public List<ProgressReport> page(long taskId, long afterId, int limit) {
        return find("taskId = ?1 and id > ?2", Sort.by("id"), taskId, afterId).page(0, limit).list();
    }
}
