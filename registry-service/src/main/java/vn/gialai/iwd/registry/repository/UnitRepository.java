package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.Unit;

import java.util.List;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public List<Unit> listOrdered() {
        return listAll(Sort.by("code"));
    }
}
