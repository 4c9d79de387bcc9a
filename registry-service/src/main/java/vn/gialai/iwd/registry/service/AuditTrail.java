package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.AuditEntry;
import vn.gialai.iwd.registry.repository.AuditRepository;

import java.time.OffsetDateTime;

/** Records audit entries in the caller's transaction, so an audited write and its entry commit together. */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository audit;

    AuditTrail(AuditRepository audit) {
        this.audit = audit;
    }

    @Transactional
    public void record(Caller caller, String action, String target) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now();
        entry.clientId = caller.clientId();
        entry.action = action;
        entry.target = target;
        entry.requestId = caller.requestId();
        audit.persist(entry);
    }
}
