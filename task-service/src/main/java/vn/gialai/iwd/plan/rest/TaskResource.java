package vn.gialai.iwd.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.gialai.iwd.plan.service.ReportInput;
import vn.gialai.iwd.plan.service.ReportService;
import vn.gialai.iwd.plan.service.ReportView;
import vn.gialai.iwd.plan.service.TaskDefinition;
import vn.gialai.iwd.plan.service.TaskPatch;
import vn.gialai.iwd.plan.service.TaskService;
import vn.gialai.iwd.plan.service.TaskView;

/** The plan's tasks and their progress reports. Reads: any caller; changes: plan-admin; reports: the task's agencies. */
@Path("/api/v1/plan/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TaskResource {

    private final TaskService tasks;
    private final ReportService reports;
    private final CurrentCaller caller;

    TaskResource(TaskService tasks, ReportService reports, CurrentCaller caller) {
        this.tasks = tasks;
        this.reports = reports;
        this.caller = caller;
    }

    /** Tasks in Appendix order with their status on {@code asOf} (default today). */
    @GET
    public Page<TaskView> list(@QueryParam("plan") String plan, @QueryParam("asOf") String asOf,
                               @QueryParam("cursor") String cursor,
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        TaskService.TaskPage page = tasks.list(plan, QueryValues.date("asOf", asOf, tasks.today()),
                Cursors.decode(cursor), limit);
        return Page.of(page.items(), page.lastId());
    }

    @GET
    @Path("/{code}")
    public TaskView get(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return tasks.get(code, QueryValues.date("asOf", asOf, tasks.today()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"plan-admin", "admin"})
    public Response create(@Valid @NotNull TaskDefinition definition) {
        TaskView created = tasks.create(definition);
        return Response.created(UriBuilder.fromResource(TaskResource.class).path(created.code()).build())
                .entity(created).build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({"plan-admin", "admin"})
    public TaskView update(@PathParam("code") String code, @NotNull TaskPatch patch) {
        return tasks.update(code, patch);
    }

    @POST
    @Path("/{code}/trigger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"plan-admin", "admin"})
    public TaskView recordTrigger(@PathParam("code") String code, @Valid @NotNull TriggerRequest trigger) {
        return tasks.recordTrigger(code, trigger.occurredOn(), trigger.reference());
    }

    @POST
    @Path("/{code}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitReport(@PathParam("code") String code, @Valid @NotNull ReportInput report) {
        ReportView submitted = reports.submit(caller.get(), code, report);
        return Response.status(Response.Status.CREATED).entity(submitted).build();
    }

    /** The task's whole report history, oldest first. */
    @GET
    @Path("/{code}/reports")
    public Page<ReportView> reports(@PathParam("code") String code, @QueryParam("cursor") String cursor,
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        ReportService.ReportPage page = reports.list(code, Cursors.decode(cursor), limit);
        return Page.of(page.items(), page.lastId());
    }
}
