package vn.gialai.iwd.reporting.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whole answers (indicators, breakdowns, trends) reused until the data version changes: an applied
 * poll on any replica, a rebuild or a target edit. The version is held in memory, so a repeated read
 * costs no query: this replica's own changes advance it as they commit ({@link DataChanged}), and a
 * short periodic check picks up the other replicas' (iwd.reporting.data-version-check-interval, the
 * longest another replica's change can go unseen). Past days and past knowledge are reused too, since
 * a late event about that day moves the data version like any other.
 */
@ApplicationScoped
public class AnswerCache {

    private static final Logger LOG = Logger.getLogger(AnswerCache.class);
    private static final int MAX_ANSWERS = 1_000;

    /**
     * An answer computed after reading one data version: what it read is at least that new, so no answer is
     * ever kept under a version newer than its data. Each answer is computed once: requests that arrive while
     * it is computed wait for it instead of computing it again (at 150,000 persons the public figures take
     * about a second, and a portal's burst would otherwise compute them per request).
     */
    private record Question(String version, String question) {
    }

    /** Set while {@link #ifInMemory} runs a read: {@link #reuse} then answers from memory or not at all. */
    private static final ThreadLocal<Boolean> MEMORY_ONLY = new ThreadLocal<>();

    /** Thrown out of {@link #reuse} to {@link #ifInMemory}, never further; a constant, without a stack trace. */
    private static final class NotInMemory extends RuntimeException {
        NotInMemory() {
            super(null, null, false, false);
        }
    }

    private static final NotInMemory NOT_IN_MEMORY = new NotInMemory();

    /** Stands for "nothing derived yet" in {@link #handedOut}. */
    private static final Object NOT_DERIVED = new Object();

    private final ConsumerStateRepository consumerState;
    /**
     * The answers handed out, by identity, with what was derived from each once (the REST layer's
     * serialised form); an entry lives exactly as long as its answer.
     */
    private final Cache<Object, Object> handedOut = Caffeine.newBuilder().weakKeys().build();
    /** At most MAX_ANSWERS, the least recently used go first; those of earlier versions are dropped as one passes. */
    private final Cache<Question, CompletableFuture<Object>> answers = Caffeine.newBuilder().maximumSize(MAX_ANSWERS)
            .recordStats().build();
    private volatile String answersVersion = "";
    /** Null until first read, and after a failed check: the next request reads it from the database. */
    private volatile String knownVersion;

    AnswerCache(ConsumerStateRepository consumerState, MeterRegistry meters) {
        this.consumerState = consumerState;
        CaffeineCacheMetrics.monitor(meters, answers, "reporting-answers");
    }

    /** @param question everything the answer depends on besides the data, e.g. "indicators|" + scope */
    @SuppressWarnings("unchecked")
    public <T> T reuse(String question, Supplier<T> compute) {
        if (MEMORY_ONLY.get() != null) {
            return (T) inMemory(question);
        }
        String version = dataVersion();
        if (!version.equals(answersVersion)) {
            answersVersion = version;
            answers.invalidateAll();
        }
        // Computed outside the cache's lock: public figures are built from other cached answers (the
        // breakdowns), which a computation inside the cache's own compute could not reuse.
        Question key = new Question(version, question);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known = answers.asMap().putIfAbsent(key, mine);
        if (known != null) {
            return (T) await(known);
        }
        try {
            T computed = compute.get();
            handedOut.put(computed, NOT_DERIVED);
            mine.complete(computed);
            return computed;
        } catch (RuntimeException | Error e) {
            answers.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * What {@code read} answers when every answer it asks this cache for is already computed for the data
     * version already known; empty when one is not, without computing anything or querying the database.
     * So it may run on an event-loop thread, and only reads that must compute go to a worker.
     */
    public <T> Optional<T> ifInMemory(Supplier<T> read) {
        MEMORY_ONLY.set(Boolean.TRUE);
        try {
            return Optional.of(read.get());
        } catch (NotInMemory e) {
            return Optional.empty();
        } finally {
            MEMORY_ONLY.remove();
        }
    }

    private Object inMemory(String question) {
        String version = knownVersion;
        CompletableFuture<Object> known = version == null || !version.equals(answersVersion) ? null
                : answers.getIfPresent(new Question(version, question));
        if (known == null || !known.isDone() || known.isCompletedExceptionally()) {
            throw NOT_IN_MEMORY;
        }
        return known.join();
    }

    /**
     * What {@code derive} makes of a cached answer (compared by identity), made once and kept as long as the
     * answer; empty for any other object.
     */
    @SuppressWarnings("unchecked")
    public <R> Optional<R> derivedOnce(Object answer, Function<Object, R> derive) {
        Object derived = handedOut.asMap().computeIfPresent(answer,
                (cached, known) -> known != NOT_DERIVED ? known : derive.apply(cached));
        return Optional.ofNullable((R) derived);
    }

    @Scheduled(every = "${iwd.reporting.data-version-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkDataVersion() {
        try {
            refreshDataVersion();
        } catch (RuntimeException e) {
            knownVersion = null;
            LOG.debugf("cannot read the data version: %s", e.getMessage());
        }
    }

    void dataChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        checkDataVersion();
    }

    private String dataVersion() {
        String version = knownVersion;
        return version != null ? version : refreshDataVersion();
    }

    private synchronized String refreshDataVersion() {
        String version = consumerState.dataVersion();
        knownVersion = version;
        return version;
    }

    private static Object await(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
