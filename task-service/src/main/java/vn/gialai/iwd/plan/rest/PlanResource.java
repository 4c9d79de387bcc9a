package vn.gialai.iwd.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Plan follow-up", description = "Overdue reports, agencies' compliance, agencies and agency groups — "
        + "Theo dõi thực hiện kế hoạch")
public class PlanResource {

    /** GET /compliance: the year and day it was computed for, and one row per agency that owes reports. */
    public record ComplianceResponse(@Schema(required = true) int year, @Schema(required = true) LocalDate asOf, @Schema(required = true) List<ComplianceService.AgencyCompliance> items,
                                     @Schema(required = true, nullable = true, description = "Always null: one page holds all")
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
    @Operation(operationId = "listOverdueReports", summary = "Reports owed and past their due date",
            description = "Every report an agency owes on a task, not submitted by its due date, on asOf.")
    @APIResponse(responseCode = "200", description = "All overdue reports (one page)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ComplianceService.OverdueReport> overdue(@BeanParam DayParam asOf,
                                                         @Parameter(description = "Only the tasks of this plan")
                                                         @QueryParam("plan") String plan) {
        return Page.whole(compliance.overdue(asOf.orElse(tasks.today()), plan));
    }

    @GET
    @Path("/compliance")
    @Operation(operationId = "getReportingCompliance", summary = "Each agency's reporting for one year",
            description = "Per agency that owes reports for the year: owed, submitted (of which late), missing and "
                    + "not yet due, with the missing ones listed.")
    @APIResponse(responseCode = "200", description = "One row per agency")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public ComplianceResponse compliance(@Parameter(description = "The year reported on (2000 to 2100)", required = true)
                                         @QueryParam("year") String year,
                                         @BeanParam DayParam asOf,
                                         @Parameter(description = "Only the tasks of this plan") @QueryParam("plan")
                                         String plan) {
        int reportYear = QueryValues.year("year", year);
        LocalDate day = asOf.orElse(tasks.today());
        return new ComplianceResponse(reportYear, day, compliance.compliance(reportYear, day, plan), null);
    }

    @GET
    @Path("/agencies")
    @Operation(operationId = "listAgencies", summary = "The agencies that tasks can be assigned to",
            description = "The registry's units as task-service knows them, with the agency groups each belongs to.")
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
    @Operation(operationId = "listAgencyGroups", summary = "The plan's agency groups and who they mean today",
            description = "Groups such as \"the departments\" or \"the communes\": their rule and the units they expand to.")
    public Page<AgencyGroupView> agencyGroups() {
        AgencyDirectory directory = agencies.directory();
        LocalDate today = tasks.today();
        return Page.whole(agencies.groups().stream()
                .map(group -> new AgencyGroupView(group.code, group.nameVi, group.memberKinds, group.memberCodes,
                        List.copyOf(directory.holders(directory.expand(List.of(), List.of(group.code)), today, today))))
                .toList());
    }
}
