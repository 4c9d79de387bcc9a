package vn.gialai.iwd.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.plan.domain.AgencyGroup;

import java.util.List;

@ApplicationScoped
public class AgencyGroupRepository implements PanacheRepositoryBase<AgencyGroup, String> {

    public List<AgencyGroup> listOrdered() {
        return listAll(Sort.by("code"));
    }
}
