package vn.gialai.iwd.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.gateway.domain.ApiClient;
import vn.gialai.iwd.gateway.domain.Roles;
import vn.gialai.iwd.gateway.service.ClientService;

import java.util.List;
import java.util.UUID;

/** Machine clients; role admin, the admin route's role in {@link GatewayRoutes}. */
@Path("/api/v1/admin/clients")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
@Tag(name = "API clients", description = "Machine clients of the API and their keys — Ứng dụng kết nối và khóa API")
public class ClientResource {

    private final ClientService clients;

    ClientResource(ClientService clients) {
        this.clients = clients;
    }

    /** Creates a client; the answer holds its API key, shown this once and never again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClient", summary = "Create a machine client and its API key",
            description = "Creates a client with its roles, the units it may submit for (required for the role "
                    + "submitter) and its rate limit (default 50 requests per second). The answer carries the API "
                    + "key: it is shown this once and stored only as a hash.")
    @APIResponse(responseCode = "201", description = "The client, with its API key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response create(@Valid @NotNull ClientRequest request) {
        List<String> units = request.units() == null ? List.of() : request.units();
        int rate = request.rateLimitPerSecond() == null ? ClientRequest.DEFAULT_RATE_LIMIT : request.rateLimitPerSecond();
        ClientService.Created created = clients.create(request.name(), request.roles(), units, rate);
        return Response.status(Response.Status.CREATED).entity(toResponse(created.client(), created.apiKey())).build();
    }

    @GET
    @Operation(operationId = "listClients", summary = "List the machine clients",
            description = "Every client that has not been revoked, without keys (only each key's first characters).")
    public List<ClientResponse> list() {
        return clients.list().stream().map(client -> toResponse(client, null)).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeClient", summary = "Revoke a machine client's API key",
            description = "The key stops working within the gateway's key cache time (5 seconds by default).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revoke(@Parameter(description = "The client's id") @PathParam("id") UUID id) {
        clients.revoke(id);
        return Response.noContent().build();
    }

    private static ClientResponse toResponse(ApiClient client, String apiKey) {
        return new ClientResponse(client.id, client.name, client.roles, client.units, client.rateLimitPerSecond,
                client.keyPrefix, client.createdAt, apiKey);
    }
}
