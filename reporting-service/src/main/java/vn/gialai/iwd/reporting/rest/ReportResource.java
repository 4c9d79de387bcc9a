package vn.gialai.iwd.reporting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.domain.Target;
import vn.gialai.iwd.reporting.domain.TargetChange;
import vn.gialai.iwd.reporting.service.AnnualReportService;
import vn.gialai.iwd.reporting.service.BreakdownService;
import vn.gialai.iwd.reporting.service.ContributionService;
import vn.gialai.iwd.reporting.service.IndicatorService;
import vn.gialai.iwd.reporting.service.PlanProgressService;
import vn.gialai.iwd.reporting.service.PublicContributions;
import vn.gialai.iwd.reporting.service.PublicFigures;
import vn.gialai.iwd.reporting.service.ReconciliationService;
import vn.gialai.iwd.reporting.service.TargetService;
import vn.gialai.iwd.reporting.service.Today;
import vn.gialai.iwd.reporting.service.TrendService;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The province's indicators, breakdowns and targets (DESIGN §4 "Reports"). Internal roles read exact
 * figures; the portal, a public website, reads exactly the public ones ({@link PublicFigures}): today's,
 * without asOf, knownAt or filters, since answers for two days or two instants differ by the persons
 * who changed in between.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Indicators and reports", description = "The province's figures against the targets of Resolution "
        + "45-NQ/TW: exact for the administration and analysts, the public (disclosure-controlled) figures for the "
        + "portal — Chỉ tiêu và báo cáo")
public class ReportResource {

    private static final String AS_OF = "The day the figures describe (yyyy-mm-dd); default today in Asia/Ho_Chi_Minh. "
            + "Not for the portal role.";
    private static final String KNOWN_AT = "Figures as they were known at this date or instant (yyyy-mm-dd or "
            + "an ISO-8601 instant); default now. With asOf, reproduces a published figure. Not for the portal role.";
    private static final String PUBLIC_ONLY = "The portal role reads today's public figures only; a published annual "
            + "report gives a past year's.";

    static final Set<String> BREAKDOWN_PARAMETERS = Set.of("by", "asOf", "knownAt", "units", "format");

    /** A list in the API's list shape; targets are few, so there is never a next page. */
    public record Page<T>(@Schema(required = true) List<T> items,
                          @Schema(required = true, nullable = true, description = "Always null: one page holds all")
                          String nextCursor) {
        static <T> Page<T> of(List<T> items) {
            return new Page<>(items, null);
        }
    }

    /** A target as served: values as written (136000, 0.77), not in the column's scale. */
    @Schema(description = "A target of the plan for one indicator and year")
    public record TargetView(@Schema(required = true, examples = "COLLEGE_PLUS_COUNT") String indicator,
                             @Schema(required = true, examples = "2030") int year,
                             @Schema(required = true, description = "A count (136000) or a share (0.77)") BigDecimal value,
                             @Schema(required = true, nullable = true, description = "Where the target comes from")
                             String source,
                             @Schema(required = true) OffsetDateTime updatedAt,
                             @Schema(required = true, nullable = true, description = "Client that set it; null for the plan's own")
                             String updatedBy) {
        static TargetView of(Target target) {
            return new TargetView(target.indicator, target.year, target.value.stripTrailingZeros(), target.source,
                    target.updatedAt, target.updatedBy);
        }
    }

    @Schema(description = "One change of a target, oldest first")
    public record TargetChangeView(@Schema(required = true) String indicator, @Schema(required = true) int year,
                                   @Schema(required = true, nullable = true, description = "Null when the target was first set")
                                   BigDecimal oldValue,
                                   @Schema(required = true) BigDecimal newValue,
                                   @Schema(required = true, nullable = true) String source,
                                   @Schema(required = true) OffsetDateTime changedAt,
                                   @Schema(required = true, nullable = true) String changedBy) {
        static TargetChangeView of(TargetChange change) {
            return new TargetChangeView(change.indicator, change.year,
                    change.oldValue == null ? null : change.oldValue.stripTrailingZeros(),
                    change.newValue.stripTrailingZeros(), change.source, change.changedAt, change.changedBy);
        }
    }

    private final IndicatorService indicators;
    private final BreakdownService breakdowns;
    private final TargetService targets;
    private final AnnualReportService annualReports;
    private final TrendService trends;
    private final PlanProgressService planProgress;
    private final ReconciliationService reconciliation;
    private final PublicFigures publicFigures;
    private final ContributionService contributions;
    private final PublicContributions publicContributions;
    private final Today today;
    private final CurrentCaller caller;
    private final AnswersFromMemory fromMemory;

    ReportResource(IndicatorService indicators, BreakdownService breakdowns, TargetService targets,
                   AnnualReportService annualReports, TrendService trends, PlanProgressService planProgress,
                   ReconciliationService reconciliation, PublicFigures publicFigures, ContributionService contributions,
                   PublicContributions publicContributions, Today today, CurrentCaller caller,
                   AnswersFromMemory fromMemory) {
        this.publicFigures = publicFigures;
        this.contributions = contributions;
        this.publicContributions = publicContributions;
        this.indicators = indicators;
        this.breakdowns = breakdowns;
        this.targets = targets;
        this.annualReports = annualReports;
        this.trends = trends;
        this.planProgress = planProgress;
        this.reconciliation = reconciliation;
        this.today = today;
        this.caller = caller;
        this.fromMemory = fromMemory;
    }

    @GET
    @Path("/indicators")
    @Operation(operationId = "getIndicators", summary = "Indicators against the 2030 and 2045 targets",
            description = "Every indicator (college-plus count, university-plus share, doctorates, ethnic minorities, "
                    + "young intellectuals, …) with its progress towards each target: progress, required annual growth "
                    + "and status ON_TRACK, AT_RISK or ACHIEVED. Exact for internal roles; the portal role gets the public "
                    + "indicators (as GET /api/v1/public/indicators).")
    @APIResponse(responseCode = "200", description = "The indicators")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Indicators> indicators(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                                      @Parameter(description = KNOWN_AT) @QueryParam("knownAt") String knownAt) {
        if (caller.readsPublicFigures()) {
            onlyToday(asOf, knownAt);
            Scope now = today.now();
            return fromMemory.answer(() -> publicFigures.indicators(now));
        }
        Scope scope = today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt));
        return fromMemory.answer(() -> indicators.indicators(scope));
    }

    @GET
    @Path("/breakdown")
    @RolesAllowed({"portal", "analyst", "plan-admin", "admin"})
    @Operation(operationId = "getBreakdown", summary = "Persons broken down by one or two dimensions",
            description = "Counts, university-plus counts and shares per value of one dimension or a pair "
                    + "(by=sector or by=unit,sector). Dimensions: unit, sector, qualification, employment, "
                    + "stateApparatus, gender, ethnicGroup, ageBand, fieldOfStudy, academicTitle. Further query "
                    + "parameters named after a dimension filter the rows (e.g. sector=HEALTH). Grouped by unit, rows "
                    + "count records (a person in two units counts in both); distinctTotal counts persons. The portal role "
                    + "gets the public breakdown (as GET /api/v1/public/breakdown: today, no filters).")
    @APIResponse(responseCode = "200", description = "The breakdown")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Breakdown> breakdown(@Parameter(description = "One or two dimensions, comma-separated", required = true,
                                       examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(
                                               name = "two-way", value = "sector,qualification"))
                               @QueryParam("by") String by,
                               @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
                               @Parameter(description = KNOWN_AT) @QueryParam("knownAt") String knownAt,
                               @Parameter(description = "Units as they are now (current, the default) or as recorded "
                                       + "(recorded), for units merged in the 2025 reorganisation",
                                       schema = @Schema(enumeration = {"current", "recorded"}))
                               @QueryParam("units") String units,
                               @Context UriInfo uri) {
        if (caller.readsPublicFigures()) {
            onlyToday(asOf, knownAt);
            if (!QueryParams.filters(uri.getQueryParameters(), BREAKDOWN_PARAMETERS).isEmpty()
                    || !QueryParams.currentUnits(units)) {
                throw new InvalidParameterException("by", PUBLIC_ONLY + " Public breakdowns take no filters and show today's units.");
            }
            List<Dimension> dimensions = QueryParams.by(by);
            Scope now = today.now();
            return fromMemory.answer(() -> publicFigures.breakdown(dimensions, now));
        }
        List<Dimension> dimensions = QueryParams.by(by);
        Scope scope = today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt));
        Map<Dimension, String> filters = QueryParams.filters(uri.getQueryParameters(), BREAKDOWN_PARAMETERS);
        boolean currentUnits = QueryParams.currentUnits(units);
        return fromMemory.answer(() -> breakdowns.breakdown(dimensions, scope, filters, currentUnits));
    }

    @GET
    @Path("/contributions")
    @RolesAllowed({"portal", "analyst", "plan-admin", "admin"})
    @Operation(operationId = "getContributions", summary = "Contributions of the intellectuals by type, level, year, sector or unit",
            description = "Research projects, initiatives, patents, awards, consulting and review, technology transfers "
                    + "and publications reported with the records (Kết quả đóng góp, plan task III.3), of the persons "
                    + "counted today, with the distinct persons who made them. A contribution reported for the same person "
                    + "by two units (same type, year and title) counts once, at the higher level. Grouped by unit, a "
                    + "person counts in every unit that reports them. The portal role gets the public report (as GET "
                    + "/api/v1/public/contributions: all years).")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Contributions> contributions(@Parameter(description = "type, or type and one of level, year, sector, unit",
                                               schema = @Schema(enumeration = {"type", "type,level", "type,year",
                                                       "type,sector", "type,unit"}, defaultValue = "type"))
                                       @QueryParam("by") String by,
                                       @Parameter(description = "First year of the contributions (from 1950); default 1950",
                                               schema = @Schema(type = SchemaType.INTEGER))
                                       @QueryParam("from") String from,
                                       @Parameter(description = "Last year (from `from` to this year); default this year",
                                               schema = @Schema(type = SchemaType.INTEGER))
                                       @QueryParam("to") String to) {
        ContributionGrouping grouping = QueryParams.contributionsBy(by);
        if (caller.readsPublicFigures()) {
            if (from != null || to != null) {
                throw new InvalidParameterException(from != null ? "from" : "to",
                        PUBLIC_ONLY + " Public contributions cover all years.");
            }
            return fromMemory.answer(() -> publicContributions.report(grouping));
        }
        int thisYear = today.date().getYear();
        int first = QueryParams.year("from", from, ContributionService.FIRST_YEAR, ContributionService.FIRST_YEAR, thisYear);
        int last = QueryParams.year("to", to, thisYear, first, thisYear);
        return fromMemory.answer(() -> contributions.report(grouping, first, last));
    }

    @GET
    @Path("/targets")
    @Operation(operationId = "listTargets", summary = "The plan's targets per indicator and year",
            description = "The targets indicators are measured against: 136,000 college-plus and 77 % university-plus "
                    + "by 2030, 146,000 and 80 % by 2045, and any set since.")
    public Page<TargetView> targets() {
        return Page.of(targets.list().stream().map(TargetView::of).toList());
    }

    @PUT
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"plan-admin", "admin"})
    @Operation(operationId = "putTargets", summary = "Set targets for indicators and years",
            description = "Creates or changes the given targets (1 to 100); each change is kept in the history. "
                    + "A share target lies between 0 and 1; a count target is a whole number.")
    @APIResponse(responseCode = "200", description = "Every target, after the change")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Page<TargetView> putTargets(@Valid @NotNull TargetsRequest request) {
        return Page.of(targets.put(request.items().stream()
                .map(item -> new TargetService.TargetInput(item.indicator(), item.year(), item.value(), item.source()))
                .toList(), caller.id()).stream().map(TargetView::of).toList());
    }

    @GET
    @Path("/targets/history")
    @Operation(operationId = "listTargetChanges", summary = "Every change ever made to the targets",
            description = "Who changed which target, when, from what to what; oldest first.")
    public Page<TargetChangeView> targetHistory() {
        return Page.of(targets.history().stream().map(TargetChangeView::of).toList());
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getTrend", summary = "Yearly trend of the indicators, projected to the targets",
            description = "Each target indicator's value at the end of every year from `from` to `to`; years not yet "
                    + "reached are projected (projected=true) with the growth observed so far. For the portal role a "
                    + "year's value is withheld as in the public indicators (suppressed=true), and projections use "
                    + "published values only.")
    @APIResponse(responseCode = "200", description = "The trend")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<TrendService.Trend> trend(@BeanParam TrendYears years) {
        boolean open = caller.readsPublicFigures();
        int from = years.from();
        int to = years.to();
        return fromMemory.answer(() -> trends.trend(from, to, open));
    }

    /** 201 with the frozen report; publishing again creates the next revision. */
    @POST
    @Path("/annual/{year}/publish")
    @RolesAllowed({"plan-admin", "admin"})
    @Operation(operationId = "publishAnnualReport", summary = "Publish the annual report of a year",
            description = "Freezes the year's indicators and one-way breakdowns (as of 31 December, or today for the "
                    + "running year, as known now) into a new revision; an earlier revision is never changed. The "
                    + "public version, with small numbers suppressed, is published with it.")
    @APIResponse(responseCode = "201", description = "The new revision, unsuppressed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReportService.Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response publish(@Parameter(description = "From 2024 to the current year") @PathParam("year") int year) {
        return Response.status(Response.Status.CREATED).entity(annualReports.publish(year, caller.id())).build();
    }

    @GET
    @Path("/annual/{year}")
    @Operation(operationId = "getAnnualReport", summary = "A published annual report",
            description = "The newest revision of the year's report, or the one asked for: exact for internal roles, "
                    + "the public version for the portal role.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnnualReportService.Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonNode annual(@Parameter(description = "The year reported on") @PathParam("year") int year,
                           @Parameter(description = "A revision number; default the newest",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                           @QueryParam("revision") String revision) {
        return annualReports.published(year, QueryParams.integer("revision", revision, null),
                caller.readsPublicFigures());
    }

    @GET
    @Path("/plan-progress")
    @Operation(operationId = "getPlanProgress", summary = "Progress of the plan's tasks and agencies' reporting",
            description = "Tasks per group and status, and per agency the reports submitted, missing and pending.")
    public PlanProgressService.PlanProgress planProgress() {
        return planProgress.progress();
    }

    /** The portal's questions are today's: a past day or instant would be differenced against today. */
    private static void onlyToday(String asOf, String knownAt) {
        if (asOf != null && !asOf.isBlank()) {
            throw new InvalidParameterException("asOf", PUBLIC_ONLY);
        }
        if (knownAt != null && !knownAt.isBlank()) {
            throw new InvalidParameterException("knownAt", PUBLIC_ONLY);
        }
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed({"analyst", "plan-admin", "admin"})
    @Operation(operationId = "getReconciliation", summary = "Reporting's count of persons against the registry's",
            description = "The persons reporting-service counts and registry-service's checksum of them; difference 0 "
                    + "and checksumMatches true when every change has been counted exactly once.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "502", ref = "BadGateway")
    public ReconciliationService.Reconciliation reconciliation() {
        return reconciliation.reconcile();
    }
}
