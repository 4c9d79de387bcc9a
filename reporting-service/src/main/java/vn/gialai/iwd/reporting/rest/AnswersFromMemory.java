package vn.gialai.iwd.reporting.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.service.AnswerCache;

import java.util.function.Supplier;

/**
 * Most reads of the figures repeat an answer already computed for the current data: those are answered on
 * the event-loop thread that received them, with no hand-over to a worker thread and back (the largest
 * part of a cached read's cost). A read that must compute, or learn the data version, runs on a worker
 * thread, where it may query the database. The resources decide everything that depends on the request
 * (the caller, the parameters) before handing the read over.
 */
@ApplicationScoped
class AnswersFromMemory {

    private final AnswerCache answers;

    AnswersFromMemory(AnswerCache answers) {
        this.answers = answers;
    }

    <T> Uni<T> answer(Supplier<T> read) {
        return answers.ifInMemory(read).map(Uni.createFrom()::item)
                .orElseGet(() -> Uni.createFrom().item(read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
