package vn.gialai.iwd.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.TargetChange;

import java.util.List;

@ApplicationScoped
public class TargetChangeRepository implements PanacheRepository<TargetChange> {

    public List<TargetChange> listOrdered() {
        return list("order by id");
    }
}
