package vn.gialai.iwd.reporting.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * registry-service's reconciliation checksum, reached through the gateway (which authenticates
 * reporting's API key and mints the caller token registry verifies; the client has role reconciliation, which reaches nothing else).
 */
@RegisterRestClient(configKey = "registry")
@Path("/api/v1/registry/stats")
@ClientHeaderParam(name = "X-API-Key", value = "${iwd.registry.api-key}")
public interface RegistryStatsClient {

    /**
     * {@code checksum}: over persons with an active record, the sum of the integer value of the first 15
     * hex digits of md5(personId || ':' || version), as a decimal string.
     */
    record Checksum(long persons, String checksum) {
    }

    @GET
    @Path("/checksum")
    @Produces(MediaType.APPLICATION_JSON)
    Checksum checksum();
}
