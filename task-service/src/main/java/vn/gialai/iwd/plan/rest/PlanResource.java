package vn.gialai.iwd.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.gialai.iwd.plan.service.AgencyDirectory;
import vn.gialai.iwd.plan.service.AgencyService;
import vn.gialai.iwd.plan.service.ComplianceService;
import vn.gialai.iwd.plan.service.TaskService;

import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up across tasks: overdue reports, per-agency compliance, the agencies and groups. These
 * lists are computed and bounded (tasks × agencies), so they come whole, with a null nextCursor.
 */
@Path("/api/v1/plan")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanResource {

    /** GET /compliance: the year and day it was computed for, and one row per agency that owes reports. */
    public record ComplianceResponse(int year, LocalDate asOf, List<ComplianceService.AgencyCompliance> items,
                                     String nextCursor) {
    }

    private final ComplianceService compliance;
    private final AgencyService agencies;
    private final TaskService tasks;

    PlanResource(ComplianceService compliance, AgencyService agencies, TaskService tasks) {
        this.compliance = compliance;
        this.agencies = agencies;
        this.tasks = tasks;
    }

    /** Owed reports past their due date and not submitted on {@code asOf} (default today). */
    @GET
    @Path("/overdue")
    public Page<ComplianceService.OverdueReport> overdue(@QueryParam("asOf") String asOf,
                                                         @QueryParam("plan") String plan) {
        return Page.whole(compliance.overdue(QueryValues.date("asOf", asOf, tasks.today()), plan));
    }

    @GET
    @Path("/compliance")
    public ComplianceResponse compliance(@QueryParam("year") String year, @QueryParam("asOf") String asOf,
                                         @QueryParam("plan") String plan) {
        int reportYear = QueryValues.year("year", year);
        LocalDate day = QueryValues.date("asOf", asOf, tasks.today());
        return new ComplianceResponse(reportYear, day, compliance.compliance(reportYear, day, plan), null);
    }

    @GET
    @Path("/agencies")
    public Page<AgencyView> agencies() {
        AgencyDirectory directory = agencies.directory();
        return Page.whole(directory.agencies().stream()
                .map(agency -> new AgencyView(agency.code, agency.nameVi, agency.nameEn, agency.kind,
                        agency.parentCode, agency.validFrom, agency.validTo, agency.successorCodes,
                        directory.groupsOf(agency), agency.version))
                .toList());
    }

    @GET
    @Path("/agency-groups")
    public Page<AgencyGroupView> agencyGroups() {
        AgencyDirectory directory = agencies.directory();
        LocalDate today = tasks.today();
        return Page.whole(agencies.groups().stream()
                .map(group -> new AgencyGroupView(group.code, group.nameVi, group.memberKinds, group.memberCodes,
                        List.copyOf(directory.holders(directory.expand(List.of(), List.of(group.code)), today, today))))
                .toList());
    }
}
