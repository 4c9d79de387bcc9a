package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whole answers (indicators, breakdowns, trends) reused until the data version changes: an applied
 * poll on any replica, a rebuild or a target edit. Repeated reads between two polls then cost one small
 * query whatever the number of persons; past days and past knowledge are reused too, since a late
 * event about that day moves the data version like any other.
 */
@ApplicationScoped
public class AnswerCache {

    private static final int MAX_ANSWERS = 1_000;

    /**
     * The answers computed after reading one data version: what they read is at least that new, so no
     * answer is ever kept under a version newer than its data.
     */
    private record Answers(String version, Map<String, Object> byQuestion) {
    }

    private final ConsumerStateRepository consumerState;
    private volatile Answers answers = new Answers("", new ConcurrentHashMap<>());

    AnswerCache(ConsumerStateRepository consumerState) {
        this.consumerState = consumerState;
    }

    /** @param question everything the answer depends on besides the data, e.g. "indicators|" + scope */
    @SuppressWarnings("unchecked")
    public <T> T reuse(String question, Supplier<T> compute) {
        String version = consumerState.dataVersion();
        Answers current = answers;
        if (!current.version().equals(version) || current.byQuestion().size() > MAX_ANSWERS) {
            current = new Answers(version, new ConcurrentHashMap<>());
            answers = current;
        }
        Object known = current.byQuestion().get(question);
        if (known != null) {
            return (T) known;
        }
        // Computed outside the map: public figures are built from other cached answers (the breakdowns),
        // which a computation inside computeIfAbsent could not reuse. Two racing requests may both compute;
        // the first stored answer wins.
        T computed = compute.get();
        Object stored = current.byQuestion().putIfAbsent(question, computed);
        return stored != null ? (T) stored : computed;
    }
}
