package vn.gialai.iwd.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.UnitView;

@ApplicationScoped
public class UnitViewRepository implements PanacheRepositoryBase<UnitView, String> {
}
