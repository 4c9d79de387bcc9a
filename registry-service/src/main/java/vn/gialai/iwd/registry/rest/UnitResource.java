package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.gialai.iwd.registry.service.UnitService;

import java.util.List;

@Path("/api/v1/registry/units")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UnitResource {

    private final UnitService units;

    UnitResource(UnitService units) {
        this.units = units;
    }

    @GET
    public List<UnitResponse> list() {
        return units.list().stream().map(ResponseMapper::toResponse).toList();
    }

    @GET
    @Path("/{code}")
    public UnitResponse get(@PathParam("code") String code) {
        return ResponseMapper.toResponse(units.get(code));
    }

    /** Creates or replaces a unit (admin): 201 when new, 200 otherwise. */
    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    public Response put(@PathParam("code") @Pattern(regexp = UnitRequest.CODE_PATTERN) String code,
                        @Valid @NotNull UnitRequest request) {
        UnitService.Saved saved = units.save(new UnitService.UnitDefinition(code, request.nameVi(), request.nameEn(),
                request.kind(), request.parentCode(), request.validFrom(), request.validTo(), request.successorCodes()));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ResponseMapper.toResponse(saved.unit())).build();
    }
}
