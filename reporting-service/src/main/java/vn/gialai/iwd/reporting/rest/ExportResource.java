package vn.gialai.iwd.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.reporting.service.BreakdownService;
import vn.gialai.iwd.reporting.service.ExportService;
import vn.gialai.iwd.reporting.service.Today;

import java.util.Locale;
import java.util.Set;

/** Analysts' exports: pseudonymous person microdata and breakdowns, streamed. */
@Path("/api/v1/reports/export")
@RolesAllowed({"analyst", "admin"})
@Tag(name = "Exports", description = "Pseudonymous microdata and breakdowns as files for analysts — Trích xuất dữ liệu")
public class ExportResource {

    private final ExportService exports;
    private final BreakdownService breakdowns;
    private final Today today;
    private final CurrentCaller caller;

    ExportResource(ExportService exports, BreakdownService breakdowns, Today today, CurrentCaller caller) {
        this.exports = exports;
        this.caller = caller;
        this.breakdowns = breakdowns;
        this.today = today;
    }

    @GET
    @Path("/persons")
    @Operation(operationId = "exportPersons", summary = "Export every counted person as pseudonymous microdata",
            description = "One row per person: a stable pseudonym, birth year, gender, ethnic group (KINH or MINORITY), "
                    + "qualification, title, field, sector, employment, inside/outside the state apparatus, units, "
                    + "meetsStandard and contribution counts. Never a name, national ID or date of birth. Streamed; "
                    + "CSV is UTF-8 with a BOM so that Excel shows Vietnamese. At most a few exports stream at once (429 "
                    + "with Retry-After beyond); every export is recorded with its caller and row count.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ExportedPersons")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING,
                    description = "One JSON object per line, as the items of the JSON form")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "A title row, then one row per person"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response persons(@Parameter(description = "File format; default json",
                                    schema = @Schema(enumeration = {"json", "ndjson", "csv"}))
                            @QueryParam("format") String format,
                            @Parameter(description = "The day described (yyyy-mm-dd); default today") @QueryParam("asOf")
                            String asOf,
                            @Parameter(description = "As known at this date or instant; default now") @QueryParam("knownAt")
                            String knownAt) {
        ExportService.Format chosen = format(format, Set.of(ExportService.Format.values()));
        return file(chosen, "persons",
                exports.persons(chosen, today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt)), caller.id()));
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "exportBreakdown", summary = "Export a breakdown as a CSV or JSON file",
            description = "The breakdown of GET /api/v1/reports/breakdown, as a file to download.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = vn.gialai.iwd.reporting.domain.Breakdown.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "A title row, then one row per cell"))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response breakdown(@Parameter(description = "One or two dimensions, comma-separated", required = true)
                              @QueryParam("by") String by,
                              @Parameter(description = "File format; default json",
                                      schema = @Schema(enumeration = {"json", "csv"}))
                              @QueryParam("format") String format,
                              @Parameter(description = "The day described (yyyy-mm-dd); default today") @QueryParam("asOf")
                              String asOf,
                              @Parameter(description = "As known at this date or instant; default now") @QueryParam("knownAt")
                              String knownAt,
                              @Parameter(description = "current (default) or recorded units",
                                      schema = @Schema(enumeration = {"current", "recorded"}))
                              @QueryParam("units") String units, @Context UriInfo uri) {
        ExportService.Format chosen = format(format, Set.of(ExportService.Format.CSV, ExportService.Format.JSON));
        return file(chosen, "breakdown", exports.breakdown(chosen, breakdowns.breakdown(QueryParams.by(by),
                today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt)),
                QueryParams.filters(uri.getQueryParameters(), ReportResource.BREAKDOWN_PARAMETERS),
                QueryParams.currentUnits(units))));
    }

    private static ExportService.Format format(String value, Set<ExportService.Format> allowed) {
        String name = value == null ? "json" : value;
        return allowed.stream().filter(format -> format.name().equals(name.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidParameterException("format", "Expected one of "
                        + allowed.stream().map(format -> format.name().toLowerCase(Locale.ROOT)).sorted().toList() + "."));
    }

    private static Response file(ExportService.Format format, String name, ExportService.FileContent content) {
        String type = switch (format) {
            case CSV -> "text/csv; charset=UTF-8";
            case NDJSON -> "application/x-ndjson";
            case JSON -> "application/json";
        };
        return Response.ok((StreamingOutput) content::writeTo, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.name().toLowerCase(Locale.ROOT) + "\"")
                .build();
    }
}
