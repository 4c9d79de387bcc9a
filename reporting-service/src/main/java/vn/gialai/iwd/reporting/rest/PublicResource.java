package vn.gialai.iwd.reporting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.reporting.domain.ContributionGrouping;
import vn.gialai.iwd.reporting.domain.Contributions;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.service.AnnualReportService;
import vn.gialai.iwd.reporting.service.PlanProgressService;
import vn.gialai.iwd.reporting.service.PublicContributions;
import vn.gialai.iwd.reporting.service.PublicFigures;
import vn.gialai.iwd.reporting.service.Today;
import vn.gialai.iwd.reporting.service.TrendService;

import java.util.List;
import java.util.Set;

/**
 * What the provincial portal publishes, without authentication (the gateway routes /api/v1/public/**
 * here without a key). Only current figures, under one disclosure rule over everything published
 * together ({@link PublicFigures}); no asOf, knownAt or filters, so that differences between answers
 * cannot single out a person.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public figures", description = "What anyone may read, without a key: current figures with small "
        + "numbers suppressed — Số liệu công khai")
public class PublicResource {

    private final PublicFigures publicFigures;
    private final AnnualReportService annualReports;
    private final PlanProgressService planProgress;
    private final PublicContributions contributions;
    private final TrendService trends;
    private final Today today;
    private final AnswersFromMemory fromMemory;

    PublicResource(PublicFigures publicFigures, AnnualReportService annualReports, PlanProgressService planProgress,
                   PublicContributions contributions, TrendService trends, Today today, AnswersFromMemory fromMemory) {
        this.publicFigures = publicFigures;
        this.contributions = contributions;
        this.trends = trends;
        this.annualReports = annualReports;
        this.planProgress = planProgress;
        this.today = today;
        this.fromMemory = fromMemory;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "getPublicIndicators", summary = "Today's indicators, as published",
            description = "The indicators against the targets. A value counting fewer persons than the threshold "
                    + "(default 5), or one that together with the public breakdowns would let such a value be computed, "
                    + "is withheld (suppressed=true, no value; a share may keep its denominator). Every value shown is exact.")
    public Uni<Indicators> indicators() {
        Scope now = today.now();
        return fromMemory.answer(() -> publicFigures.indicators(now));
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getPublicBreakdown", summary = "Today's breakdown by one or two dimensions, as published",
            description = "As the internal breakdown, for today only and without filters. Cells under the threshold "
                    + "(default 5), and the cells that would give them back through this or any other public figure, are "
                    + "withheld (count null, suppressed true; universityPlus alone: universityPlusSuppressed true). "
                    + "Every value shown is exact.")
    @APIResponse(responseCode = "200", description = "The breakdown")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Breakdown> breakdown(@Parameter(description = "One or two dimensions, comma-separated", required = true)
                               @QueryParam("by") String by, @Context UriInfo uri) {
        if (!QueryParams.filters(uri.getQueryParameters(), Set.of("by")).isEmpty()) {
            throw new InvalidParameterException("by", "Public breakdowns take no filters.");
        }
        List<Dimension> dimensions = QueryParams.by(by);
        Scope now = today.now();
        return fromMemory.answer(() -> publicFigures.breakdown(dimensions, now));
    }

    @GET
    @Path("/annual/{year}")
    @Operation(operationId = "getPublicAnnualReport", summary = "A published annual report, as published",
            description = "The public version of the year's report (small numbers suppressed), newest revision or "
                    + "the one asked for.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReportService.Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonNode annual(@Parameter(description = "The year reported on") @PathParam("year") int year,
                           @Parameter(description = "A revision number; default the newest",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                           @QueryParam("revision") String revision) {
        return annualReports.published(year, QueryParams.integer("revision", revision, null), true);
    }

    @GET
    @Path("/plan-progress")
    @Operation(operationId = "getPublicPlanProgress", summary = "Progress of the plan's tasks, as published",
            description = "Tasks per group and status, and agencies' reporting compliance.")
    public PlanProgressService.PlanProgress planProgress() {
        return planProgress.progress();
    }

    @GET
    @Path("/contributions")
    @Operation(operationId = "getPublicContributions", summary = "Contributions by type and level, year, sector or unit, as published",
            description = "As the internal report, over all years. A row made by fewer persons than the threshold "
                    + "(default 5), and the rows that would give it back through this or another public table, are "
                    + "withheld (contributions and contributors null, suppressed true). Every value shown is exact.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Contributions> contributions(@Parameter(description = "type, or type and one of level, year, sector, unit",
                                               schema = @Schema(enumeration = {"type", "type,level", "type,year",
                                                       "type,sector", "type,unit"}, defaultValue = "type"))
                                       @QueryParam("by") String by, @Context UriInfo uri) {
        if (!QueryParams.filters(uri.getQueryParameters(), Set.of("by")).isEmpty()) {
            throw new InvalidParameterException("by", "Public contributions cover all years and take no filters.");
        }
        ContributionGrouping grouping = QueryParams.contributionsBy(by);
        return fromMemory.answer(() -> contributions.report(grouping));
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getPublicTrend", summary = "Yearly trend of the indicators to the targets, as published",
            description = "Each target indicator at the end of every year from `from` to `to`, from the published "
                    + "figures: a year whose value is withheld in public says suppressed=true, and years not yet reached "
                    + "are projected (projected=true) from published values only.")
    @APIResponse(responseCode = "200", description = "The trend")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<TrendService.Trend> trend(@BeanParam TrendYears years) {
        int from = years.from();
        int to = years.to();
        return fromMemory.answer(() -> trends.trend(from, to, true));
    }
}
