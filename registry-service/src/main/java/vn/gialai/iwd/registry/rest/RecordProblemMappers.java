package vn.gialai.iwd.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gialai.iwd.registry.domain.Unit;
import vn.gialai.iwd.registry.service.BatchRejectedException;
import vn.gialai.iwd.registry.service.ImportRejectedException;
import vn.gialai.iwd.registry.service.ImportService;
import vn.gialai.iwd.registry.service.RecordRejectedException;
import vn.gialai.iwd.registry.service.UnitRetiredException;

import java.util.List;

/** 422 answers of the record and import endpoints, with field errors in the caller's language. */
public class RecordProblemMappers {

    private static final int UNPROCESSABLE = 422;

    /** The batch result with the problem members around it (RFC 9457 extension members). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An atomic batch that was rejected as a whole: problem details (RFC 9457) with the batch "
            + "result as extension members. Nothing was written, so created, updated and unchanged are 0.")
    public record BatchProblem(
            @Schema(required = true, examples = "about:blank") String type,
            @Schema(required = true, examples = "Unprocessable Content") String title,
            @Schema(required = true, examples = "422") int status,
            @Schema(required = true, description = "What went wrong, in the caller's language") String detail,
            @Schema(required = true, description = "Records in the batch") int received,
            @Schema(required = true, description = "Always 0") int created,
            @Schema(required = true, description = "Always 0") int updated,
            @Schema(required = true, description = "Always 0") int unchanged,
            @Schema(required = true, description = "The records that failed, in batch order")
            List<RecordResponses.Rejection> rejected,
            @Schema(required = true, description = "Findings on the valid records that would not have rejected them")
            List<RecordResponses.ItemWarning> warnings) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(description = "Records sent under a unit dissolved before today: problem details (RFC 9457) naming the "
            + "units to send them under instead.")
    public record RetiredUnitProblem(
            @Schema(required = true, examples = "about:blank") String type,
            @Schema(required = true, examples = "Unprocessable Content") String title,
            @Schema(required = true, examples = "422") int status,
            @Schema(required = true, description = "The unit, the day it was dissolved and its successors, in the "
                    + "caller's language") String detail,
            @Schema(required = true, description = "The dissolved unit", examples = "64") String unitCode,
            @Schema(description = "The units that took over; absent when there are none") List<String> successorCodes,
            @Schema(required = true, description = "One entry: field unitCode, code UNIT_RETIRED")
            List<Problem.FieldError> errors) {
    }

    @ServerExceptionMapper
    public Response rejected(RecordRejectedException exception, HttpHeaders headers) {
        boolean english = Messages.english(headers);
        return new Problem("about:blank", "Unprocessable Content", UNPROCESSABLE,
                english ? "The record is not valid." : "Bản ghi không hợp lệ.",
                exception.errors().stream().map(error -> Messages.toError(error, english)).toList()).toResponse();
    }

    @ServerExceptionMapper
    public Response batchRejected(BatchRejectedException exception, HttpHeaders headers) {
        boolean english = Messages.english(headers);
        RecordResponses.BatchResult result = ResponseMapper.toResponse(exception.result(), english);
        BatchProblem problem = new BatchProblem("about:blank", "Unprocessable Content", UNPROCESSABLE,
                english ? "The batch was rejected as a whole: nothing was written."
                        : "Lô bị từ chối toàn bộ: không bản ghi nào được ghi.",
                result.received(), 0, 0, 0, result.rejected(), result.warnings());
        return Response.status(UNPROCESSABLE).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response importRejected(ImportRejectedException exception, HttpHeaders headers) {
        boolean english = Messages.english(headers);
        ImportService.Result result = exception.result();
        ImportResponses.ImportProblem problem = new ImportResponses.ImportProblem("about:blank",
                "Unprocessable Content", UNPROCESSABLE, english
                ? "The file was rejected as a whole: nothing was written. Fix the rejected rows and upload it again."
                : "Tệp bị từ chối toàn bộ: không dòng nào được ghi. Hãy sửa các dòng bị từ chối rồi tải lên lại.",
                result.importId(), result.received(), 0, 0, 0, ResponseMapper.rejectionsOf(result, english),
                ResponseMapper.warningsOf(result, english));
        return Response.status(UNPROCESSABLE).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unitRetired(UnitRetiredException exception, HttpHeaders headers) {
        boolean english = Messages.english(headers);
        Unit unit = exception.unit();
        String successors = String.join(", ", unit.successorCodes);
        String message = Messages.text("UNIT_RETIRED", List.of(unit.code, unit.validTo, successors), english);
        RetiredUnitProblem problem = new RetiredUnitProblem("about:blank", "Unprocessable Content", UNPROCESSABLE,
                message, unit.code, unit.successorCodes,
                List.of(new Problem.FieldError("unitCode", "UNIT_RETIRED", message)));
        return Response.status(UNPROCESSABLE).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
