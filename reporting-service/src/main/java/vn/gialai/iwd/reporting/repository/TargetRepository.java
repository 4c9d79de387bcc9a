package vn.gialai.iwd.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Target;

import java.util.List;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Target.Key> {

    public List<Target> listOrdered() {
        return list("order by indicator, year");
    }
}
