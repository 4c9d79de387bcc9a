package vn.gialai.iwd.plan.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.plan.service.ReportInput;
import vn.gialai.iwd.plan.service.ReportService;
import vn.gialai.iwd.plan.service.ReportView;
import vn.gialai.iwd.plan.service.Roles;
import vn.gialai.iwd.plan.service.TaskDefinition;
import vn.gialai.iwd.plan.service.TaskPatch;
import vn.gialai.iwd.plan.service.TaskService;
import vn.gialai.iwd.plan.service.TaskView;

/** The plan's tasks and their progress reports. Reads: any caller; changes: plan-admin; reports: the task's agencies. */
@Path("/api/v1/plan/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Tasks", description = "The plan's tasks, their agencies, schedule and status — Nhiệm vụ của kế hoạch")
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
    @Operation(operationId = "listTasks", summary = "List the plan's tasks with their status",
            description = "Tasks in the order of the plan's appendix, each with the agencies responsible, its schedule, "
                    + "the reports owed and its status on asOf (NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, WAITING_TRIGGER).")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<TaskView> list(@Parameter(description = "Only the tasks of this plan") @QueryParam("plan") String plan,
                               @BeanParam DayParam asOf, @BeanParam PageParams page) {
        return Page.of(tasks.list(plan, asOf.orElse(tasks.today()), page.afterId(), page.limit()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getTask", summary = "One task with its status on a day",
            description = "The task, its agencies' progress and the reports owed, on asOf.")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TaskView get(@Parameter(description = "The task's code, e.g. III.3") @PathParam("code") String code,
                        @BeanParam DayParam asOf) {
        return tasks.get(code, asOf.orElse(tasks.today()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLAN_ADMIN, Roles.ADMIN})
    @Operation(operationId = "createTask", summary = "Add a task to a plan",
            description = "A task with its lead and coordinating agencies (unit codes and agency groups) and its schedule: "
                    + "DEADLINE (dueDate), ONGOING or ANNUAL_FROM (startYear; a report is due each year) or "
                    + "AFTER_TRIGGER (due daysAfterTrigger after an outside act is recorded).")
    @APIResponse(responseCode = "201", description = "The task, as GET returns it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull TaskDefinition definition) {
        TaskView created = tasks.create(definition);
        return Response.created(UriBuilder.fromResource(TaskResource.class).path(created.code()).build())
                .entity(created).build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.PLAN_ADMIN, Roles.ADMIN})
    @Operation(operationId = "updateTask", summary = "Change some fields of a task",
            description = "JSON merge patch: the fields present replace the task's (a schedule as a whole); the "
                    + "result is checked as a whole task. The code cannot change.")
    @APIResponse(responseCode = "200", description = "The task after the change")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TaskView update(@Parameter(description = "The task's code") @PathParam("code") String code,
                           @NotNull TaskPatch patch) {
        return tasks.update(code, patch);
    }

    @POST
    @Path("/{code}/trigger")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLAN_ADMIN, Roles.ADMIN})
    @Operation(operationId = "recordTaskTrigger", summary = "Record the outside act an AFTER_TRIGGER task waits for",
            description = "The day the awaited act (a decree, a strategy) was issued, not in the future; the task is "
                    + "then due daysAfterTrigger days later. Only for AFTER_TRIGGER tasks.")
    @APIResponse(responseCode = "200", description = "The task, now with its due date")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TaskView recordTrigger(@Parameter(description = "The task's code") @PathParam("code") String code,
                                  @Valid @NotNull TriggerRequest trigger) {
        return tasks.recordTrigger(code, trigger.occurredOn(), trigger.reference());
    }

    @POST
    @Path("/{code}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "Progress reports", description = "Agencies' reports on their tasks — Báo cáo tiến độ của cơ quan")
    @Operation(operationId = "submitProgressReport", summary = "Submit an agency's progress report on a task",
            description = "For one year (period) of the task, by a client acting for one of its lead or coordinating "
                    + "agencies (name the agency when the client acts for several). A later report for the same "
                    + "period supersedes the earlier; all are kept.")
    @APIResponse(responseCode = "201", description = "The report as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response submitReport(@Parameter(description = "The task's code") @PathParam("code") String code,
                                 @Valid @NotNull ReportInput report) {
        ReportView submitted = reports.submit(caller.get(), code, report);
        return Response.status(Response.Status.CREATED).entity(submitted).build();
    }

    /** The task's whole report history, oldest first. */
    @GET
    @Path("/{code}/reports")
    @Tag(name = "Progress reports")
    @Operation(operationId = "listProgressReports", summary = "Every progress report submitted on a task",
            description = "Oldest first, superseded ones included.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<ReportView> reports(@Parameter(description = "The task's code") @PathParam("code") String code,
                                    @BeanParam PageParams page) {
        return Page.of(reports.list(code, page.afterId(), page.limit()));
    }
}
