package vn.gialai.iwd.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.gialai.iwd.reporting.service.BreakdownService;
import vn.gialai.iwd.reporting.service.ExportService;
import vn.gialai.iwd.reporting.service.Today;

import java.util.Locale;
import java.util.Set;

/** Analysts' exports: pseudonymous person microdata and breakdowns, streamed. */
@Path("/api/v1/reports/export")
@RolesAllowed({"analyst", "admin"})
public class ExportResource {

    private final ExportService exports;
    private final BreakdownService breakdowns;
    private final Today today;

    ExportResource(ExportService exports, BreakdownService breakdowns, Today today) {
        this.exports = exports;
        this.breakdowns = breakdowns;
        this.today = today;
    }

    @GET
    @Path("/persons")
    public Response persons(@QueryParam("format") String format, @QueryParam("asOf") String asOf,
                            @QueryParam("knownAt") String knownAt) {
        ExportService.Format chosen = format(format, Set.of(ExportService.Format.values()));
        return file(chosen, "persons",
                exports.persons(chosen, today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt))));
    }

    @GET
    @Path("/breakdown")
    public Response breakdown(@QueryParam("by") String by, @QueryParam("format") String format,
                              @QueryParam("asOf") String asOf, @QueryParam("knownAt") String knownAt,
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

    private static Response file(ExportService.Format format, String name, jakarta.ws.rs.core.StreamingOutput body) {
        String type = switch (format) {
            case CSV -> "text/csv; charset=UTF-8";
            case NDJSON -> "application/x-ndjson";
            case JSON -> "application/json";
        };
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.name().toLowerCase(Locale.ROOT) + "\"")
                .build();
    }
}
