package vn.gialai.iwd.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.gialai.iwd.plan.domain.PlanTask;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanTaskRepository implements PanacheRepository<PlanTask> {

    public Optional<PlanTask> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Serialises writers of one task, so its versions and events follow one another. */
    public Optional<PlanTask> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Tasks in Appendix (creation) order after {@code afterId}; {@code planCode} null means every plan. */
    public List<PlanTask> page(String planCode, long afterId, int limit) {
        String query = planCode == null ? "id > :after" : "id > :after and planCode = :plan";
        Parameters parameters = Parameters.with("after", afterId);
        if (planCode != null) {
            parameters = parameters.and("plan", planCode);
        }
        return find(query, Sort.by("id"), parameters).page(0, limit).list();
    }

    public List<PlanTask> listInPlan(String planCode) {
        return page(planCode, 0, Integer.MAX_VALUE);
    }
}
