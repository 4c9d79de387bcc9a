package vn.gialai.iwd.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.RegistryConfig;
import vn.gialai.iwd.registry.domain.ImportErrorFile;
import vn.gialai.iwd.registry.repository.ImportErrorFileRepository;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The rejected rows of imports, kept for a day so that the clerk can download them with their errors,
 * fix them and upload them again. The rows carry names and national IDs as typed, so they are stored
 * encrypted (AES-256-GCM under a key derived from the registry's secret with its own label).
 */
@ApplicationScoped
public class ImportErrorFiles {

    /** One finding of a stored row; arguments as text, as messages use them. */
    public record StoredError(String field, String code, List<String> arguments, String column,
                              Integer contributionRow) {
    }

    /** A rejected row: its spreadsheet row, its cells as shown, its contributions' cells and its errors. */
    public record StoredRow(int row, String externalId, List<String> cells, List<List<String>> contributions,
                            List<StoredError> errors) {
    }

    /** The errors file of an import: the titles as they appeared and the rejected rows. */
    public record ErrorFile(List<String> recordTitles, List<String> contributionTitles, List<StoredRow> rows) {
    }

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ImportErrorFileRepository files;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecretKeySpec key;

    ImportErrorFiles(ImportErrorFileRepository files, ObjectMapper json, Clock clock, RegistryConfig config) {
        this.files = files;
        this.json = json;
        this.clock = clock;
        this.key = new SecretKeySpec(derivedKey(config.nationalIdHmacKey()), "AES");
    }

    /** Keeps the rejected rows in their own transaction, so that an atomic import's rollback keeps them too. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID store(Caller caller, String unitCode, List<String> recordTitles, List<String> contributionTitles,
                      List<ImportService.RejectedRow> rows) {
        List<StoredRow> stored = rows.stream().map(row -> new StoredRow(row.rejection().row(),
                row.rejection().externalId(), row.cells(), row.contributionCells(),
                row.rejection().errors().stream().map(error -> new StoredError(error.finding().field(),
                        error.finding().code(), error.finding().arguments().stream().map(String::valueOf).toList(),
                        error.column(), error.contributionRow())).toList())).toList();
        ImportErrorFile file = new ImportErrorFile();
        file.id = UUID.randomUUID();
        file.unitCode = unitCode;
        file.clientId = caller.clientId();
        file.createdAt = OffsetDateTime.now(clock);
        file.content = encrypt(new ErrorFile(recordTitles, contributionTitles, stored));
        files.persist(file);
        return file.id;
    }

    /** The errors file of an import of the unit; 404 when unknown, another unit's, or older than a day. */
    @Transactional
    public ErrorFile find(Caller caller, String unitCode, UUID id) {
        caller.requireUnit(unitCode);
        ImportErrorFile file = files.findByIdOptional(id)
                .filter(found -> found.unitCode.equals(unitCode))
                .filter(found -> found.createdAt.isAfter(OffsetDateTime.now(clock).minus(RETENTION)))
                .orElseThrow(() -> ProblemException.notFound("No errors file " + id + " for unit " + unitCode
                        + " (they are kept for 24 hours)."));
        return decrypt(file.content);
    }

    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetOldFiles() {
        files.deleteOlderThan(OffsetDateTime.now(clock).minus(RETENTION));
    }

    private byte[] encrypt(ErrorFile file) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(file));
            byte[] content = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, content, NONCE_BYTES, sealed.length);
            return content;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal an errors file", e);
        }
    }

    private ErrorFile decrypt(byte[] content) {
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, content, 0, NONCE_BYTES));
            return json.readValue(cipher.doFinal(content, NONCE_BYTES, content.length - NONCE_BYTES), ErrorFile.class);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot open an errors file (was the registry's key rotated?)", e);
        }
    }

    private static byte[] derivedKey(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("iwd-import-error-file".getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
