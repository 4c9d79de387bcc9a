package vn.gialai.iwd.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.reporting.service.RebuildService;

@Path("/api/v1/reports/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Operating the reporting service — Quản trị")
public class AdminResource {

    private final RebuildService rebuilds;

    AdminResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** 202: the state is emptied now and refilled by the replay within seconds; the body names the new generation. */
    @POST
    @Path("/rebuild")
    @RolesAllowed({"plan-admin", "admin"})
    @Operation(operationId = "rebuildReporting", summary = "Rebuild reporting's figures from a full replay of the events",
            description = "Empties the counted state and replays every topic from the start under a new consumer "
                    + "generation; figures are complete again within seconds (GET /api/v1/reports/reconciliation).")
    @APIResponse(responseCode = "202", description = "Started; the body names the new generation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildService.Rebuild.class)))
    public Response rebuild() {
        return Response.accepted(rebuilds.start()).build();
    }
}
