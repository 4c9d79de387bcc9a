package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.service.RecordInput;
import vn.gialai.iwd.registry.service.RecordReads;
import vn.gialai.iwd.registry.service.RecordRemovals;
import vn.gialai.iwd.registry.service.RecordService;
import vn.gialai.iwd.registry.service.RemovalReasons;
import vn.gialai.iwd.registry.service.SnapshotService;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/registry/units/{unitCode}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = RecordResource.RECORDS, description = "Records of intellectuals pushed by units, keyed by unit and the "
        + "unit's own externalId — Hồ sơ trí thức do đơn vị gửi")
public class RecordResource {

    static final String RECORDS = "Records";
    static final String SNAPSHOTS = "Snapshots";
    private static final String SNAPSHOTS_DESCRIPTION = "A unit's complete list, sent in batches and committed: the "
            + "unit's records it did not contain are removed — Danh sách đầy đủ của đơn vị";

    static final String UNIT_CODE = "Code of the reporting unit, e.g. SO-YTE or a GSO code such as 52. A submitter "
            + "may act only for its own units.";
    static final String EXTERNAL_ID = "The unit's own identifier of the record (1 to 64 letters, digits or . _ : / -).";
    static final String EXTERNAL_ID_PATTERN = "^[A-Za-z0-9._:/-]{1,64}$";
    static final String LANGUAGE = "Language of the messages of field errors and warnings: en for English; "
            + "anything else, or none, for Vietnamese (the default).";
    static final String IDEMPOTENCY_KEY = "Makes a retry safe: a request the same client repeats with the same key, the "
            + "same path and parameters and the same body bytes, for 24 hours, gets the first answer again (with "
            + "header Idempotent-Replayed: true) and is not executed twice. While the first request is still running the "
            + "retry gets 409; the same key with a different request gets 422. A request that failed is not "
            + "remembered. 1 to 200 characters, not all blank (else 400).";

    private final RecordService records;
    private final RecordReads reads;
    private final RecordRemovals removals;
    private final SnapshotService snapshots;
    private final RemovalReasons removalReasons;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;
    private final RecordJsonReader reader;

    RecordResource(RecordService records, RecordReads reads, RecordRemovals removals, SnapshotService snapshots,
                   RemovalReasons removalReasons, CurrentCaller caller, IdempotentRequests idempotent, RecordJsonReader reader) {
        this.records = records;
        this.reads = reads;
        this.removals = removals;
        this.snapshots = snapshots;
        this.removalReasons = removalReasons;
        this.caller = caller;
        this.idempotent = idempotent;
        this.reader = reader;
    }

    /** Creates (201) or updates (200, also when unchanged) one record; 422 names every field in error. */
    @PUT
    @Path("/records/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putRecord", summary = "Create or replace one record of a unit",
            description = "Writes the record the unit keeps under externalId: 201 when it is new, 200 when it "
                    + "replaced the stored one or was unchanged (outcome CREATED, UPDATED or UNCHANGED). The body "
                    + "replaces the whole record; an externalId in the body must equal the path's. Every field in "
                    + "error is named in one 422 answer (errors[].field, a stable errors[].code); warnings, such as "
                    + "CCCD digits that disagree with the gender or birth year, do not reject the record and come "
                    + "back in warnings. Records with the same national ID are one person; a record without one, "
                    + "with the same name, date of birth and gender as another person, is queued for duplicate "
                    + "review. A unit dissolved before today (Vietnam's calendar) accepts no records: 422 naming "
                    + "its successors.")
    @RequestBody(required = true, description = "The record. Unknown fields, and values of the wrong JSON type, "
            + "are field errors of the record (422), not a malformed request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordInput.class)))
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200, pattern = "\\S"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE,
            schema = @Schema(type = SchemaType.STRING, examples = "en"))
    @APIResponse(responseCode = "200", description = "The record replaced the stored one (UPDATED) or equals it (UNCHANGED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordResponses.WriteResult.class)))
    @APIResponse(responseCode = "201", description = "The record is new (CREATED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordResponses.WriteResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "The record has fields in error (a Problem with errors[]), the "
            + "unit is dissolved (RetiredUnitProblem), or the Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(anyOf = {Problem.class, RecordProblemMappers.RetiredUnitProblem.class})))
    public Response put(@Parameter(description = UNIT_CODE) @PathParam("unitCode") String unitCode,
                        @Parameter(description = EXTERNAL_ID, schema = @Schema(type = SchemaType.STRING,
                                pattern = EXTERNAL_ID_PATTERN, examples = "HR-000123"))
                        @PathParam("externalId") String externalId,
                        byte[] body, @Context HttpHeaders headers) {
        return idempotent.run(caller.get(), headers, "PUT " + unitCode + "/" + externalId, body, () -> {
            RecordService.Written written = records.put(caller.get(), unitCode, externalId, reader.readOne(body));
            return Response.status(written.outcome() == RecordService.Outcome.CREATED ? 201 : 200)
                    .entity(ResponseMapper.toResponse(written, Messages.english(headers))).build();
        });
    }

    @POST
    @Path("/records/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitRecordBatch", summary = "Create or replace many records of a unit in one request",
            description = "Up to 5,000 records (more: 413, split the batch), each with its externalId. Each record is "
                    + "judged on its own: the valid ones are written and the others come back in rejected, with their "
                    + "index in the batch and every field in error; a value that cannot be read rejects its record "
                    + "only. The answer counts what was created, updated and left unchanged. With atomic=true a single "
                    + "rejection writes nothing and answers 422 with the same counts and rejections (BatchProblem). With "
                    + "dryRun=true the records are validated and the outcome predicted, but nothing is written. With "
                    + "snapshotId the batch belongs to an open snapshot of the unit (POST .../snapshots). Only a body "
                    + "that is not JSON, or not an object with a records array, is refused whole (400).")
    @RequestBody(required = true, description = "The records, as {\"records\": [...]}.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchRequest.class)))
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200, pattern = "\\S"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE,
            schema = @Schema(type = SchemaType.STRING, examples = "en"))
    @APIResponse(responseCode = "200", description = "Counts of the written (or, with dryRun, predicted) outcomes, "
            + "the rejected records and the warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordResponses.BatchResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "atomic=true and some records were rejected, nothing written "
            + "(BatchProblem); the unit is dissolved (RetiredUnitProblem); or the Idempotency-Key was used for a "
            + "different request (Problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(anyOf = {
                    RecordProblemMappers.BatchProblem.class, RecordProblemMappers.RetiredUnitProblem.class,
                    Problem.class})))
    public Response batch(@Parameter(description = UNIT_CODE) @PathParam("unitCode") String unitCode, byte[] body,
                          @Parameter(description = "true: write nothing unless every record is valid (else 422)",
                                  schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                          @QueryParam("atomic") String atomicValue,
                          @Parameter(description = "true: validate and predict the outcome, write nothing",
                                  schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                          @QueryParam("dryRun") String dryRunValue,
                          @Parameter(description = "An open snapshot of this unit that the batch belongs to; unknown, "
                                  + "another unit's: 404; malformed: 400; already committed: 409",
                                  schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                          @QueryParam("snapshotId") String snapshotValue, @Context HttpHeaders headers) {
        boolean atomic = QueryValues.flag("atomic", atomicValue);
        boolean dryRun = QueryValues.flag("dryRun", dryRunValue);
        UUID snapshotId = QueryValues.uuid("snapshotId", snapshotValue);
        String operation = "BATCH " + unitCode + " atomic=" + atomic + " dryRun=" + dryRun + " snapshot=" + snapshotId;
        return idempotent.run(caller.get(), headers, operation, body, () -> {
            RecordService.BatchResult result = records.batch(caller.get(), unitCode, reader.readBatch(body), atomic,
                    dryRun, snapshotId);
            return Response.ok(ResponseMapper.toResponse(result, Messages.english(headers))).build();
        });
    }

    @DELETE
    @Path("/records/{externalId}")
    @Operation(operationId = "removeRecord", summary = "Remove a record as of a date",
            description = "The record stops counting from effectiveDate (default today in Vietnam; never in the "
                    + "future: 422; a date before the record took effect counts as its effective date). It stays readable, "
                    + "with removedOn and removalReason; with reason ERROR it also drops out of past figures. Removing a removed "
                    + "record changes nothing (204 again). A missing reason, or one a client may not give, is a 422 naming "
                    + "the parameter in errors[]. A malformed effectiveDate is answered 404, as JAX-RS does "
                    + "for query parameters that cannot be converted.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = LANGUAGE,
            schema = @Schema(type = SchemaType.STRING, examples = "en"))
    @APIResponse(responseCode = "204", description = "Removed, or already removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response delete(@Parameter(description = UNIT_CODE) @PathParam("unitCode") String unitCode,
                           @Parameter(description = EXTERNAL_ID) @PathParam("externalId") String externalId,
                           @Parameter(description = "Why the record stops counting: MOVED, RETIRED_FROM_REGISTRY, "
                                   + "DECEASED or ERROR (list removalReasons; NOT_REPORTED is set by snapshot commits "
                                   + "only)", required = true, schema = @Schema(type = SchemaType.STRING,
                                   enumeration = {"MOVED", "RETIRED_FROM_REGISTRY", "DECEASED", "ERROR"}))
                           @QueryParam("reason") String reason,
                           @Parameter(description = "The first day the record no longer counts (yyyy-mm-dd); default "
                                   + "today in Vietnam", schema = @Schema(type = SchemaType.STRING, format = "date"))
                           @QueryParam("effectiveDate") String effectiveDate) {
        removalReasons.requireClientReason(reason);
        removals.remove(caller.get(), unitCode, externalId, reason, QueryValues.date("effectiveDate", effectiveDate));
        return Response.noContent().build();
    }

    @GET
    @Path("/records/{externalId}")
    @Operation(operationId = "getRecord", summary = "Read one record of a unit",
            description = "The record as stored, removed or not, with the person it belongs to. National IDs are "
                    + "never returned, only their last 4 digits. The read is audited.")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RecordResponses.RecordView get(@Parameter(description = UNIT_CODE) @PathParam("unitCode") String unitCode,
                                          @Parameter(description = EXTERNAL_ID) @PathParam("externalId")
                                          String externalId) {
        return ResponseMapper.toResponse(reads.find(caller.get(), unitCode, externalId));
    }

    /** The unit's records, oldest change first; {@code updatedSince} for incremental sync. */
    @GET
    @Path("/records")
    @Operation(operationId = "listRecords", summary = "List a unit's records, oldest change first",
            description = "Every record of the unit, removed ones included, in the order they last changed; for an "
                    + "incremental sync pass the time of the last change seen as updatedSince. Pages: follow "
                    + "nextCursor until it is null. The read is audited. A malformed updatedSince or a limit that "
                    + "is not an integer is answered 404 (JAX-RS conversion of query parameters); a limit out of "
                    + "range or a cursor that is not valid, 400.")
    @APIResponse(responseCode = "200", description = "One page of records")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RecordResponses.Page<RecordResponses.RecordView> list(
            @Parameter(description = UNIT_CODE) @PathParam("unitCode") String unitCode,
            @Parameter(description = "Only records changed at or after this instant (ISO 8601 with offset, e.g. "
                    + "2026-01-31T00:00:00Z)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "nextCursor of the previous page; absent for the first page")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Records per page, 1 to 1000", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limitValue) {
        int limit = QueryValues.limit(limitValue);
        List<PersonRecord> fetched = reads.page(caller.get(), unitCode, QueryValues.instant("updatedSince", updatedSince),
                Cursors.record(cursor), limit + 1);
        return RecordResponses.Page.of(fetched, limit, ResponseMapper::toResponse,
                last -> Cursors.ofRecord(last.updatedAt, last.id));
    }

    @POST
    @Path("/snapshots")
    @Tag(name = SNAPSHOTS, description = SNAPSHOTS_DESCRIPTION)
    @Operation(operationId = "openSnapshot", summary = "Start sending a unit's complete list of records",
            description = "Opens a snapshot: send the unit's whole list in batches with ?snapshotId=, then commit it. "
                    + "Committing removes (reason NOT_REPORTED) the unit's active records that no batch of the "
                    + "snapshot contained. This is how a unit sends its full list every year without leaving stale "
                    + "records behind.")
    @APIResponse(responseCode = "201", description = "The snapshot, open (committedAt and removed null)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecordResponses.SnapshotView.class)))
    public Response openSnapshot(@Parameter(description = UNIT_CODE) @PathParam("unitCode") String unitCode) {
        return Response.status(201).entity(ResponseMapper.toResponse(snapshots.open(caller.get(), unitCode))).build();
    }

    @POST
    @Path("/snapshots/{snapshotId}/commit")
    @Tag(name = SNAPSHOTS, description = SNAPSHOTS_DESCRIPTION)
    @Operation(operationId = "commitSnapshot", summary = "Commit a snapshot and remove what it did not contain",
            description = "Removes, as of today and with reason NOT_REPORTED, every active record of the unit that "
                    + "no batch of the snapshot contained, and reports how many. Committing again changes nothing "
                    + "and returns the first result.")
    @APIResponse(responseCode = "200", description = "The committed snapshot with the number of records removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RecordResponses.SnapshotView commitSnapshot(@Parameter(description = UNIT_CODE) @PathParam("unitCode")
                                                       String unitCode,
                                                       @Parameter(description = "The snapshot's id (a UUID; "
                                                               + "malformed: 404)")
                                                       @PathParam("snapshotId") UUID snapshotId) {
        return ResponseMapper.toResponse(snapshots.commit(caller.get(), unitCode, snapshotId));
    }
}
