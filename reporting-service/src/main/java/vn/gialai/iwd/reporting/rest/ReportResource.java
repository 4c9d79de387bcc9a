package vn.gialai.iwd.reporting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Target;
import vn.gialai.iwd.reporting.domain.TargetChange;
import vn.gialai.iwd.reporting.service.AnnualReportService;
import vn.gialai.iwd.reporting.service.BreakdownService;
import vn.gialai.iwd.reporting.service.IndicatorService;
import vn.gialai.iwd.reporting.service.PlanProgressService;
import vn.gialai.iwd.reporting.service.ReconciliationService;
import vn.gialai.iwd.reporting.service.TargetService;
import vn.gialai.iwd.reporting.service.Today;
import vn.gialai.iwd.reporting.service.TrendService;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The province's indicators, breakdowns and targets (DESIGN §4 "Reports"). */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportResource {

    static final Set<String> BREAKDOWN_PARAMETERS = Set.of("by", "asOf", "knownAt", "units", "format");

    /** A list in the API's list shape; targets are few, so there is never a next page. */
    public record Page<T>(List<T> items, String nextCursor) {
        static <T> Page<T> of(List<T> items) {
            return new Page<>(items, null);
        }
    }

    /** A target as served: values as written (136000, 0.77), not in the column's scale. */
    public record TargetView(String indicator, int year, BigDecimal value, String source, OffsetDateTime updatedAt,
                             String updatedBy) {
        static TargetView of(Target target) {
            return new TargetView(target.indicator, target.year, target.value.stripTrailingZeros(), target.source,
                    target.updatedAt, target.updatedBy);
        }
    }

    public record TargetChangeView(String indicator, int year, BigDecimal oldValue, BigDecimal newValue, String source,
                                   OffsetDateTime changedAt, String changedBy) {
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
    private final Today today;
    private final CurrentCaller caller;

    ReportResource(IndicatorService indicators, BreakdownService breakdowns, TargetService targets,
                   AnnualReportService annualReports, TrendService trends, PlanProgressService planProgress,
                   ReconciliationService reconciliation, Today today, CurrentCaller caller) {
        this.indicators = indicators;
        this.breakdowns = breakdowns;
        this.targets = targets;
        this.annualReports = annualReports;
        this.trends = trends;
        this.planProgress = planProgress;
        this.reconciliation = reconciliation;
        this.today = today;
        this.caller = caller;
    }

    @GET
    @Path("/indicators")
    public Indicators indicators(@QueryParam("asOf") String asOf, @QueryParam("knownAt") String knownAt) {
        return indicators.indicators(today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt)));
    }

    @GET
    @Path("/breakdown")
    @RolesAllowed({"analyst", "plan-admin", "admin"})
    public Breakdown breakdown(@QueryParam("by") String by, @QueryParam("asOf") String asOf,
                               @QueryParam("knownAt") String knownAt, @QueryParam("units") String units,
                               @Context UriInfo uri) {
        return breakdowns.breakdown(QueryParams.by(by),
                today.scope(QueryParams.date("asOf", asOf), QueryParams.knownAt(knownAt)),
                QueryParams.filters(uri.getQueryParameters(), BREAKDOWN_PARAMETERS), QueryParams.currentUnits(units));
    }

    @GET
    @Path("/targets")
    public Page<TargetView> targets() {
        return Page.of(targets.list().stream().map(TargetView::of).toList());
    }

    @PUT
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"plan-admin", "admin"})
    public Page<TargetView> putTargets(@Valid @NotNull TargetsRequest request) {
        return Page.of(targets.put(request.items().stream()
                .map(item -> new TargetService.TargetInput(item.indicator(), item.year(), item.value(), item.source()))
                .toList(), caller.id()).stream().map(TargetView::of).toList());
    }

    @GET
    @Path("/targets/history")
    public Page<TargetChangeView> targetHistory() {
        return Page.of(targets.history().stream().map(TargetChangeView::of).toList());
    }

    @GET
    @Path("/trend")
    public TrendService.Trend trend(@QueryParam("from") @DefaultValue("2024") int from,
                                    @QueryParam("to") @DefaultValue("2045") int to) {
        return trends.trend(from, to);
    }

    /** 201 with the frozen report; publishing again creates the next revision. */
    @POST
    @Path("/annual/{year}/publish")
    @RolesAllowed({"plan-admin", "admin"})
    public Response publish(@PathParam("year") int year) {
        return Response.status(Response.Status.CREATED).entity(annualReports.publish(year, caller.id())).build();
    }

    @GET
    @Path("/annual/{year}")
    public JsonNode annual(@PathParam("year") int year, @QueryParam("revision") Integer revision) {
        return annualReports.published(year, revision, false);
    }

    @GET
    @Path("/plan-progress")
    public PlanProgressService.PlanProgress planProgress() {
        return planProgress.progress();
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed({"analyst", "plan-admin", "admin"})
    public ReconciliationService.Reconciliation reconciliation() {
        return reconciliation.reconcile();
    }
}
