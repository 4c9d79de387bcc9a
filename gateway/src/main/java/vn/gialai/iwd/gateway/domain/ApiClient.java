package vn.gialai.iwd.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A machine client of the API: its roles, the units it may act for, its rate limit; the key only as a hash. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> roles;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> units;

    @Column(name = "rate_limit_per_second", nullable = false)
    public int rateLimitPerSecond;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** The environment variable whose value is this client's key, for the clients the deployment supplies. */
    @Column(name = "bootstrap_variable")
    public String bootstrapVariable;
}
