package vn.gialai.iwd.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gialai.iwd.gateway.domain.ApiClient;
import vn.gialai.iwd.gateway.service.ClientService;
import vn.gialai.iwd.gateway.service.ProblemException;

import java.util.List;
import java.util.UUID;

/** Machine clients (role admin, enforced by {@link AdminAccess}). */
@Path("/api/v1/admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class ClientResource {

    private final ClientService clients;

    ClientResource(ClientService clients) {
        this.clients = clients;
    }

    /** Creates a client; the answer holds its API key, shown this once and never again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ClientRequest request) {
        List<String> units = request.units() == null ? List.of() : request.units();
        if (request.roles().contains("submitter") && units.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A submitter needs at least one unit.");
        }
        int rate = request.rateLimitPerSecond() == null ? ClientRequest.DEFAULT_RATE_LIMIT : request.rateLimitPerSecond();
        ClientService.Created created = clients.create(request.name(), request.roles(), units, rate);
        return Response.status(Response.Status.CREATED).entity(toResponse(created.client(), created.apiKey())).build();
    }

    @GET
    public List<ClientResponse> list() {
        return clients.list().stream().map(client -> toResponse(client, null)).toList();
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") UUID id) {
        clients.revoke(id);
        return Response.noContent().build();
    }

    private static ClientResponse toResponse(ApiClient client, String apiKey) {
        return new ClientResponse(client.id, client.name, client.roles, client.units, client.rateLimitPerSecond,
                client.keyPrefix, client.createdAt, apiKey);
    }
}
