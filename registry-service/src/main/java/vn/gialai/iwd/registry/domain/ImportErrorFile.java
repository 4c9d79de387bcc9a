package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The rejected rows of one spreadsheet import, encrypted, kept for a day for the errors file. */
@Entity
@Table(name = "import_error_file")
public class ImportErrorFile {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** AES-GCM: a 12-byte nonce, then the ciphertext of the rows as JSON. */
    @Column(nullable = false)
    public byte[] content;
}
