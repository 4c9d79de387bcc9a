package vn.gialai.iwd.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A client as the admin API shows it; {@code apiKey} only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientResponse(@Schema(required = true) UUID id, @Schema(required = true) String name,
                             @Schema(required = true) List<String> roles, @Schema(required = true) List<String> units,
                             @Schema(required = true) int rateLimitPerSecond,
                             @Schema(required = true, description = "First characters of the key, to recognise it")
                             String keyPrefix,
                             @Schema(required = true) OffsetDateTime createdAt,
                             @Schema(description = "The API key: only in the answer to the creation, never again")
                             String apiKey) {
}
