package vn.gialai.iwd.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.plan.domain.Agency;

import java.util.List;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public List<Agency> listOrdered() {
        return listAll(Sort.by("code"));
    }
}
