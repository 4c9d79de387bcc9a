package vn.gialai.iwd.reporting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Indicators;
import vn.gialai.iwd.reporting.service.AnnualReportService;
import vn.gialai.iwd.reporting.service.BreakdownService;
import vn.gialai.iwd.reporting.service.IndicatorService;
import vn.gialai.iwd.reporting.service.PlanProgressService;
import vn.gialai.iwd.reporting.service.Today;

import java.util.Set;

/**
 * What the provincial portal publishes, without authentication (the gateway routes /api/v1/public/**
 * here without a key). Only current figures, with small numbers suppressed; no asOf, knownAt or
 * filters, so that differences between answers cannot single out a person.
 */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicResource {

    private final IndicatorService indicators;
    private final BreakdownService breakdowns;
    private final AnnualReportService annualReports;
    private final PlanProgressService planProgress;
    private final Today today;

    PublicResource(IndicatorService indicators, BreakdownService breakdowns, AnnualReportService annualReports,
                   PlanProgressService planProgress, Today today) {
        this.indicators = indicators;
        this.breakdowns = breakdowns;
        this.annualReports = annualReports;
        this.planProgress = planProgress;
        this.today = today;
    }

    @GET
    @Path("/indicators")
    public Indicators indicators() {
        return indicators.publicVersion(indicators.indicators(today.now()));
    }

    @GET
    @Path("/breakdown")
    public Breakdown breakdown(@QueryParam("by") String by, @Context UriInfo uri) {
        if (!QueryParams.filters(uri.getQueryParameters(), Set.of("by")).isEmpty()) {
            throw new InvalidParameterException("by", "Public breakdowns take no filters.");
        }
        return breakdowns.publicBreakdown(QueryParams.by(by), today.now());
    }

    @GET
    @Path("/annual/{year}")
    public JsonNode annual(@PathParam("year") int year, @QueryParam("revision") Integer revision) {
        return annualReports.published(year, revision, true);
    }

    @GET
    @Path("/plan-progress")
    public PlanProgressService.PlanProgress planProgress() {
        return planProgress.progress();
    }
}
