package vn.gialai.iwd.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.gialai.iwd.reporting.service.RebuildService;

@Path("/api/v1/reports/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final RebuildService rebuilds;

    AdminResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** 202: the state is emptied now and refilled by the replay within seconds; the body names the new generation. */
    @POST
    @Path("/rebuild")
    @RolesAllowed({"plan-admin", "admin"})
    public Response rebuild() {
        return Response.accepted(rebuilds.start()).build();
    }
}
