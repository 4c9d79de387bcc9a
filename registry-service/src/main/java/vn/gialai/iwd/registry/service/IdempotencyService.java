package vn.gialai.iwd.registry.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.IdempotencyKey;
import vn.gialai.iwd.registry.repository.IdempotencyKeyRepository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Idempotency-Key bookkeeping, each step in its own transaction: claim the key before the work,
 * store the answer after it, release the key if the work failed so that a retry can run it.
 */
@ApplicationScoped
public class IdempotencyService {

    /** An answer already given under the key. */
    public record StoredAnswer(int status, String body) {
    }

    private static final Duration RETENTION = Duration.ofHours(24);
    /** A claim older than this without an answer belongs to a crashed request and may be taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final IdempotencyKeyRepository keys;

    IdempotencyService(IdempotencyKeyRepository keys) {
        this.keys = keys;
    }

    /** @return the stored answer to replay, or empty when this request now owns the key */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredAnswer> claim(String clientId, String key, String requestHash) {
        if (keys.claim(clientId, key, requestHash)) {
            return Optional.empty();
        }
        IdempotencyKey held = keys.findById(new IdempotencyKey.Id(clientId, key), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            return claim(clientId, key, requestHash);
        }
        if (!held.requestHash.equals(requestHash)) {
            throw ProblemException.unprocessable("This Idempotency-Key was used for a different request.");
        }
        if (held.statusCode != null) {
            return Optional.of(new StoredAnswer(held.statusCode, held.responseBody));
        }
        if (held.createdAt.isAfter(OffsetDateTime.now().minus(ABANDONED_AFTER))) {
            throw ProblemException.conflict("The first request with this Idempotency-Key is still running; retry later.");
        }
        held.createdAt = OffsetDateTime.now();
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String clientId, String key, int status, String body) {
        IdempotencyKey held = keys.findById(new IdempotencyKey.Id(clientId, key));
        held.statusCode = status;
        held.responseBody = body;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String clientId, String key) {
        keys.deleteById(new IdempotencyKey.Id(clientId, key));
    }

    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetOldKeys() {
        keys.deleteOlderThan(OffsetDateTime.now().minus(RETENTION));
    }
}
