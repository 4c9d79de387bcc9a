package vn.gialai.iwd.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.domain.Target;
import vn.gialai.iwd.reporting.domain.TargetChange;
import vn.gialai.iwd.reporting.service.BreakdownService;
import vn.gialai.iwd.reporting.service.IndicatorService;
import vn.gialai.iwd.reporting.service.TargetService;
import vn.gialai.iwd.reporting.service.Today;

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

    private final IndicatorService indicators;
    private final BreakdownService breakdowns;
    private final TargetService targets;
    private final Today today;
    private final CurrentCaller caller;

    ReportResource(IndicatorService indicators, BreakdownService breakdowns, TargetService targets, Today today,
                   CurrentCaller caller) {
        this.indicators = indicators;
        this.breakdowns = breakdowns;
        this.targets = targets;
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
    public Page<Target> targets() {
        return Page.of(targets.list());
    }

    @PUT
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"plan-admin", "admin"})
    public Page<Target> putTargets(@Valid @NotNull TargetsRequest request) {
        return Page.of(targets.put(request.items().stream()
                .map(item -> new TargetService.TargetInput(item.indicator(), item.year(), item.value(), item.source()))
                .toList(), caller.id()));
    }

    @GET
    @Path("/targets/history")
    public Page<TargetChange> targetHistory() {
        return Page.of(targets.history());
    }
}
