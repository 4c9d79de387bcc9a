package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.service.RecordCursor;
import vn.gialai.iwd.registry.service.RecordInput;
import vn.gialai.iwd.registry.service.RecordService;
import vn.gialai.iwd.registry.service.RemovalReasons;
import vn.gialai.iwd.registry.service.SnapshotService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/registry/units/{unitCode}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RecordResource {

    private final RecordService records;
    private final SnapshotService snapshots;
    private final RemovalReasons removalReasons;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;
    private final RecordJsonReader reader;

    RecordResource(RecordService records, SnapshotService snapshots, RemovalReasons removalReasons,
                   CurrentCaller caller, IdempotentRequests idempotent, RecordJsonReader reader) {
        this.records = records;
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
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordInput.class)))
    public Response put(@PathParam("unitCode") String unitCode, @PathParam("externalId") String externalId,
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
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchRequest.class)))
    public Response batch(@PathParam("unitCode") String unitCode, byte[] body,
                          @QueryParam("atomic") @DefaultValue("false") boolean atomic,
                          @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                          @QueryParam("snapshotId") UUID snapshotId, @Context HttpHeaders headers) {
        String operation = "BATCH " + unitCode + " atomic=" + atomic + " dryRun=" + dryRun + " snapshot=" + snapshotId;
        return idempotent.run(caller.get(), headers, operation, body, () -> {
            RecordService.BatchResult result = records.batch(caller.get(), unitCode, reader.readBatch(body), atomic,
                    dryRun, snapshotId);
            return Response.ok(ResponseMapper.toResponse(result, Messages.english(headers))).build();
        });
    }

    @DELETE
    @Path("/records/{externalId}")
    public Response delete(@PathParam("unitCode") String unitCode, @PathParam("externalId") String externalId,
                           @QueryParam("reason") String reason, @QueryParam("effectiveDate") LocalDate effectiveDate) {
        removalReasons.requireClientReason(reason);
        records.remove(caller.get(), unitCode, externalId, reason, effectiveDate);
        return Response.noContent().build();
    }

    @GET
    @Path("/records/{externalId}")
    public RecordResponses.RecordView get(@PathParam("unitCode") String unitCode,
                                          @PathParam("externalId") String externalId) {
        return ResponseMapper.toResponse(records.find(caller.get(), unitCode, externalId));
    }

    /** The unit's records, oldest change first; {@code updatedSince} for incremental sync. */
    @GET
    @Path("/records")
    public RecordResponses.Page<RecordResponses.RecordView> list(
            @PathParam("unitCode") String unitCode, @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<PersonRecord> page = records.page(caller.get(), unitCode, updatedSince,
                cursor == null ? null : RecordCursor.decode(cursor), limit);
        String next = page.size() < limit ? null
                : new RecordCursor(page.get(page.size() - 1).updatedAt, page.get(page.size() - 1).id).encode();
        return new RecordResponses.Page<>(page.stream().map(ResponseMapper::toResponse).toList(), next);
    }

    @POST
    @Path("/snapshots")
    public Response openSnapshot(@PathParam("unitCode") String unitCode) {
        return Response.status(201).entity(ResponseMapper.toResponse(snapshots.open(caller.get(), unitCode))).build();
    }

    @POST
    @Path("/snapshots/{snapshotId}/commit")
    public RecordResponses.SnapshotView commitSnapshot(@PathParam("unitCode") String unitCode,
                                                       @PathParam("snapshotId") UUID snapshotId) {
        return ResponseMapper.toResponse(snapshots.commit(caller.get(), unitCode, snapshotId));
    }
}
