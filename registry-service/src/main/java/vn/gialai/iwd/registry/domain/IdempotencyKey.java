package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A client's Idempotency-Key with the first answer given under it. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Id.class)
public class IdempotencyKey {

    @jakarta.persistence.Id
    @Column(name = "client_id")
    public String clientId;

    @jakarta.persistence.Id
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public record Id(String clientId, String key) implements Serializable {
    }
}
