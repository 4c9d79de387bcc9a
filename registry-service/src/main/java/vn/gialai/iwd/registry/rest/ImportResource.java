package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.gialai.iwd.registry.service.ImportColumns;
import vn.gialai.iwd.registry.service.ImportErrorFiles;
import vn.gialai.iwd.registry.service.ImportService;
import vn.gialai.iwd.registry.service.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Spreadsheets for units without an HR system: the import of a filled-in file (CSV or XLSX) as a
 * batch, and the errors file of its rejected rows. The template is {@link ImportTemplateResource}'s.
 */
@Path("/api/v1/registry/units/{unitCode}/imports")
@Authenticated
@Tag(name = ImportResource.IMPORTS, description = "Spreadsheets (CSV, XLSX) for units without an HR system: the "
        + "template, the import, the rejected rows to fix — Nhập danh sách từ Excel")
public class ImportResource {

    static final String IMPORTS = "Spreadsheet imports";
    private static final String FORMATS = "xlsx, csv";
    private static final Set<String> FILE_FORMATS = Set.of("xlsx", "csv");
    private static final String IMPORT_DESCRIPTION = "The file's rows become records of the unit exactly as a batch "
            + "would (the same rules, codes and messages; the same atomic, dryRun and snapshotId; Idempotency-Key "
            + "honoured), and the answer is the batch answer in which every rejection also carries its spreadsheet "
            + "row and every error the column's title as it appeared. The body is the file itself (text/csv or the "
            + "XLSX media type; the bytes decide which) or a multipart/form-data form with one file field. Titles: "
            + "the template's Vietnamese or English titles or the API field names, in any order, case and "
            + "diacritics ignored; the title row may follow a few heading rows; unknown columns are ignored with "
            + "a warning. Values as clerks type them: codes or labels with or without diacritics (Nữ, nu, F; "
            + "Thạc sĩ, thac si, MASTER), dates dd/mm/yyyy, yyyy-mm-dd or spreadsheet day serials, Có/Không, x, "
            + "1/0, true/false; a CCCD of 10 or 11 digits (a spreadsheet dropped its leading zeros) is restored "
            + "with the warning LEADING_ZEROS_RESTORED. An XLSX workbook may add a sheet \"Đóng góp\" of "
            + "contributions, one per row, keyed by the record ID. Up to IWD_MAX_IMPORT_ROWS rows per file (50,000 "
            + "by default), read as a stream and written a batch at a time in one transaction (more: 413, split the "
            + "file into files of that size, each with its title row, sent under one snapshot). A file that is no "
            + "spreadsheet, is password-protected, is empty or has no title row is refused (400) and nothing is "
            + "written. When rows are rejected their errors file can be downloaded with the answer's importId.";

    private final ImportService imports;
    private final ImportErrorFiles errorFiles;
    private final SpreadsheetReader reader;
    private final SpreadsheetWriter writer;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    ImportResource(ImportService imports, ImportErrorFiles errorFiles, SpreadsheetReader reader,
                   SpreadsheetWriter writer, CurrentCaller caller, IdempotentRequests idempotent) {
        this.imports = imports;
        this.errorFiles = errorFiles;
        this.reader = reader;
        this.writer = writer;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes({SpreadsheetWriter.CSV, SpreadsheetWriter.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importSpreadsheet", summary = "Import a unit's spreadsheet of records",
            description = IMPORT_DESCRIPTION)
    @RequestBody(required = true, description = "The file: CSV in UTF-8 (text/csv) or an XLSX workbook (the bytes "
            + "decide, so application/octet-stream is taken too). A multipart/form-data form with exactly one file "
            + "field, as a browser's upload form sends it, is accepted as well; it is not listed as a media type "
            + "here because generated clients cannot express the same operation with both kinds of body.",
            content = {@Content(mediaType = SpreadsheetWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = SpreadsheetWriter.XLSX, schema = @Schema(type = SchemaType.STRING,
                            format = "binary"))})
    @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = RecordResource.IDEMPOTENCY_KEY,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200, pattern = "\\S"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = RecordResource.LANGUAGE,
            schema = @Schema(type = SchemaType.STRING, examples = "en"))
    @APIResponse(responseCode = "200", description = "Counts of the written (or, with dryRun, predicted) outcomes, "
            + "the rejected rows with their row and columns, and the warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResponses.ImportResult.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", description = "The file has more rows than one import takes: split it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "atomic=true and some rows were rejected, nothing written "
            + "(ImportProblem); the unit is dissolved (RetiredUnitProblem); or the Idempotency-Key was used for a "
            + "different request (Problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(anyOf = {
                    ImportResponses.ImportProblem.class, RecordProblemMappers.RetiredUnitProblem.class,
                    Problem.class})))
    public Response importFile(@Parameter(description = RecordResource.UNIT_CODE) @PathParam("unitCode") String unitCode,
                               InputStream body,
                               @Parameter(description = "true: write nothing unless every row is valid (else 422)",
                                       schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                               @QueryParam("atomic") String atomicValue,
                               @Parameter(description = "true: validate and predict the outcome, write nothing",
                                       schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                               @QueryParam("dryRun") String dryRunValue,
                               @Parameter(description = "An open snapshot of this unit that the file belongs to",
                                       schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                               @QueryParam("snapshotId") String snapshotValue, @Context HttpHeaders headers) {
        java.nio.file.Path file = null;
        try {
            file = Files.createTempFile("iwd-import-", ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return importSaved(unitCode, file, atomicValue, dryRunValue, snapshotValue, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The same import, the file sent as the one file field of a form (as a browser's upload form sends it). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response importForm(@PathParam("unitCode") String unitCode, @RestForm(FileUpload.ALL) List<FileUpload> files,
                               @QueryParam("atomic") String atomicValue, @QueryParam("dryRun") String dryRunValue,
                               @QueryParam("snapshotId") String snapshotValue, @Context HttpHeaders headers) {
        if (files.size() != 1) {
            throw ProblemException.invalid("The form must have exactly one file field; it has " + files.size() + ".");
        }
        return importSaved(unitCode, files.get(0).uploadedFile(), atomicValue, dryRunValue, snapshotValue, headers);
    }

    @GET
    @Path("/{importId}/errors")
    @Produces({SpreadsheetWriter.XLSX, SpreadsheetWriter.CSV})
    @Operation(operationId = "getImportErrors", summary = "Download the rejected rows of an import to fix them",
            description = "The rows an import (its answer's importId) rejected, as they were sent, under the file's own "
                    + "titles, with a last column \"Lỗi / Errors\" listing each error with its column; XLSX also "
                    + "has the rows of the \"Đóng góp\" sheet of those records. Fix the rows in this file and upload "
                    + "it again: the errors column is ignored. Kept for 24 hours after the import.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = RecordResource.LANGUAGE,
            schema = @Schema(type = SchemaType.STRING, examples = "en"))
    @APIResponse(responseCode = "200", description = "The errors file",
            content = {@Content(mediaType = SpreadsheetWriter.XLSX, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")),
                    @Content(mediaType = SpreadsheetWriter.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response errors(@Parameter(description = RecordResource.UNIT_CODE) @PathParam("unitCode") String unitCode,
                           @Parameter(description = "The importId of the import's answer (a UUID; malformed: 404)")
                           @PathParam("importId") UUID importId,
                           @Parameter(description = "xlsx (default) or csv", schema = @Schema(type = SchemaType.STRING,
                                   enumeration = {"xlsx", "csv"}, defaultValue = "xlsx"))
                           @QueryParam("format") String format, @Context HttpHeaders headers) {
        String chosen = format == null ? "xlsx" : format;
        if (!FILE_FORMATS.contains(chosen)) {
            throw new InvalidParameterException("format", "UNKNOWN_CODE", "Expected " + FORMATS + ".");
        }
        ImportErrorFiles.ErrorFile file = errorFiles.find(caller.get(), unitCode, importId);
        boolean english = Messages.english(headers);
        String name = "loi-nhap-" + unitCode + "-" + importId.toString().substring(0, 8);
        return chosen.equals("csv")
                ? SpreadsheetWriter.attachment(out -> writer.errorsCsv(file, row -> errorsText(row, english), out), SpreadsheetWriter.CSV,
                name + ".csv")
                : SpreadsheetWriter.attachment(out -> writer.errorsXlsx(file, row -> errorsText(row, english), out), SpreadsheetWriter.XLSX,
                name + ".xlsx");
    }

    private Response importSaved(String unitCode, java.nio.file.Path file, String atomicValue, String dryRunValue,
                                 String snapshotValue, HttpHeaders headers) {
        boolean atomic = QueryValues.flag("atomic", atomicValue);
        boolean dryRun = QueryValues.flag("dryRun", dryRunValue);
        UUID snapshotId = QueryValues.uuid("snapshotId", snapshotValue);
        String operation = "IMPORT " + unitCode + " atomic=" + atomic + " dryRun=" + dryRun + " snapshot=" + snapshotId;
        return idempotent.run(caller.get(), headers, operation, file, () -> {
            ImportService.Result result = imports.importFile(caller.get(), unitCode, () -> reader.open(file), atomic,
                    dryRun, snapshotId);
            return Response.ok(ResponseMapper.toResponse(result, Messages.english(headers)),
                    MediaType.APPLICATION_JSON).build();
        });
    }

    /** The errors of a row, one per line: "column: message (code)". */
    private static String errorsText(ImportErrorFiles.StoredRow row, boolean english) {
        return row.errors().stream().map(error -> {
            String where = error.column() == null ? error.field() : error.column();
            if (error.contributionRow() != null) {
                where = ImportColumns.CONTRIBUTIONS_SHEET + " " + (english ? "row " : "dòng ") + error.contributionRow()
                        + ", " + where;
            }
            return where + ": " + Messages.text(error.code(), List.<Object>copyOf(error.arguments()), english)
                    + " (" + error.code() + ")";
        }).collect(Collectors.joining("\n"));
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is removed with the temporary directory
        }
    }
}
