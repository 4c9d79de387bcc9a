package vn.gialai.iwd.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.gialai.iwd.reporting.config.ReportingConfig;
import vn.gialai.iwd.reporting.service.AnswerCache;

import java.lang.annotation.Annotation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A cached answer leaves as the bytes it was serialised to the first time, with an ETag of those bytes:
 * a repeated read costs no serialisation, and a client that sends the ETag back in If-None-Match gets
 * 304 and no body. Public answers may be kept by browsers and caches for a few seconds
 * (iwd.reporting.public-max-age); the others are private and revalidated.
 */
public class SerialisedAnswers {

    private static final String PUBLIC_PATH = "/api/v1/public/";
    private static final String PRIVATE_CACHE_CONTROL = "private, no-cache";
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private record Serialised(byte[] json, EntityTag etag) {
    }

    private final AnswerCache answers;
    private final ObjectMapper json;
    private final String publicCacheControl;

    SerialisedAnswers(AnswerCache answers, ObjectMapper json, ReportingConfig config) {
        this.answers = answers;
        this.json = json;
        this.publicCacheControl = "public, max-age=" + config.publicMaxAge().toSeconds();
    }

    @ServerResponseFilter
    public void reuseSerialisedAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (response.getStatus() != 200 || entity == null) {
            return;
        }
        Optional<Serialised> cached = answers.derivedOnce(entity, this::serialise);
        if (cached.isEmpty()) {
            return;
        }
        Serialised answer = cached.get();
        response.getHeaders().putSingle(HttpHeaders.ETAG, answer.etag());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                request.getUriInfo().getPath().startsWith(PUBLIC_PATH) ? publicCacheControl : PRIVATE_CACHE_CONTROL);
        if (request.getRequest().evaluatePreconditions(answer.etag()) != null) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(answer.json(), NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private Serialised serialise(Object answer) {
        try {
            byte[] bytes = json.writeValueAsBytes(answer);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Serialised(bytes,
                    new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16))));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot serialise a cached answer", e);
        }
    }
}
