package vn.gialai.iwd.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A client as the admin API shows it; {@code apiKey} only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientResponse(UUID id, String name, List<String> roles, List<String> units, int rateLimitPerSecond,
                             String keyPrefix, OffsetDateTime createdAt, String apiKey) {
}
