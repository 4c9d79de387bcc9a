package vn.gialai.iwd.registry.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.gialai.iwd.registry.service.Caller;
import vn.gialai.iwd.registry.service.IdempotencyService;
import vn.gialai.iwd.registry.service.ProblemException;
import vn.gialai.iwd.registry.service.RequestFingerprints;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs a write under the caller's {@code Idempotency-Key} (if any): a retry gets the first answer. */
@ApplicationScoped
public class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyService idempotency;
    private final RequestFingerprints fingerprints;
    private final ObjectMapper json;

    IdempotentRequests(IdempotencyService idempotency, RequestFingerprints fingerprints, ObjectMapper json) {
        this.idempotency = idempotency;
        this.fingerprints = fingerprints;
        this.json = json;
    }

    /** {@code body}: the request's bytes as received; a retry must send the same bytes. */
    public Response run(Caller caller, HttpHeaders headers, String operation, byte[] body, Supplier<Response> work) {
        return run(caller, headers, () -> fingerprints.of(operation, body), work);
    }

    /** The same for a body kept in a file (an uploaded spreadsheet). */
    public Response run(Caller caller, HttpHeaders headers, String operation, Path body, Supplier<Response> work) {
        return run(caller, headers, () -> fingerprints.of(operation, body), work);
    }

    private Response run(Caller caller, HttpHeaders headers, Supplier<String> fingerprint, Supplier<Response> work) {
        String key = headers.getHeaderString(HEADER);
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key must be 1 to 200 characters.");
        }
        Optional<IdempotencyService.StoredAnswer> stored = idempotency.claim(caller.clientId(), key, fingerprint.get());
        if (stored.isPresent()) {
            return Response.status(stored.get().status()).type(MediaType.APPLICATION_JSON)
                    .entity(stored.get().body()).header("Idempotent-Replayed", "true").build();
        }
        Response response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            idempotency.release(caller.clientId(), key);
            throw e;
        }
        idempotency.complete(caller.clientId(), key, response.getStatus(), write(response.getEntity()));
        return response;
    }

    private String write(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer", e);
        }
    }
}
