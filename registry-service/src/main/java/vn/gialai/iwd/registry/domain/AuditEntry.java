package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One write, or one read of personal data: who, what, when, under which request. Never a name or national ID. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String target;

    @Column(name = "request_id")
    public String requestId;
}
