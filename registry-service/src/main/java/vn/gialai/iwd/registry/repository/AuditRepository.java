package vn.gialai.iwd.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.domain.AuditEntry;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {
}
