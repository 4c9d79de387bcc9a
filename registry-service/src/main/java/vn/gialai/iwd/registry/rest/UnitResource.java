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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.registry.service.UnitService;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/registry/units")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Units", description = "Reporting units and agencies, with validity periods and successors across the 2025 "
        + "reorganisation — Đơn vị báo cáo và cơ quan")
public class UnitResource {

    private static final String CODE = "The unit's code: the official GSO code of an administrative unit, or a "
            + "readable code such as SO-YTE";

    private final UnitService units;

    UnitResource(UnitService units) {
        this.units = units;
    }

    @GET
    @Operation(operationId = "listUnits", summary = "List every unit, dissolved ones included",
            description = "All reporting units and agencies, parents before children. A dissolved unit has validTo "
                    + "(its last day) and names its successorCodes; records sent under it are refused with 422.")
    @APIResponse(responseCode = "200", description = "The units")
    public List<UnitResponse> list() {
        return units.list().stream().map(ResponseMapper::toResponse).toList();
    }

    /** Well-formed ISO dates beyond year 9999 or before year 1 are refused by PostgreSQL: a 400 (was a 500, issue 15). */
    private static void requireStorable(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new InvalidParameterException(field, "OUT_OF_RANGE", "Give a date from 0001-01-01 to 9999-12-31.");
        }
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "Read one unit with its validity and successors",
            description = "The unit as registry-service publishes it to the other services.")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UnitResponse get(@Parameter(description = CODE) @PathParam("code") String code) {
        return ResponseMapper.toResponse(units.get(code));
    }

    /** Creates or replaces a unit (admin): 201 when new, 200 otherwise. */
    @PUT
    @Path("/{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "putUnit", summary = "Create or replace a unit (administrators)",
            description = "Sets every field of the unit; the code comes from the path. parentCode and each successor "
                    + "code must name existing units (not the unit itself), and validTo must not be before validFrom "
                    + "(else 400). A change is published to task-service and reporting-service; sending the same "
                    + "definition again changes nothing. Needs the admin role.")
    @RequestBody(required = true, description = "The unit's definition")
    @APIResponse(responseCode = "200", description = "The unit was replaced, or already had this definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResponse.class)))
    @APIResponse(responseCode = "201", description = "The unit is new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response put(@Parameter(description = CODE + " (2 to 32 capital letters, digits or -; else 400)",
                                   schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                           pattern = "^[A-Z0-9-]{2,32}$", examples = "SO-YTE"))
                        @PathParam("code") @Pattern(regexp = UnitRequest.CODE_PATTERN) String code,
                        @Valid @NotNull UnitRequest request) {
        requireStorable("validFrom", request.validFrom());
        requireStorable("validTo", request.validTo());
        UnitService.Saved saved = units.save(new UnitService.UnitDefinition(code, request.nameVi(), request.nameEn(),
                request.kind(), request.parentCode(), request.validFrom(), request.validTo(), request.successorCodes()));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ResponseMapper.toResponse(saved.unit())).build();
    }
}
