package vn.gialai.iwd.registry.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gialai.iwd.registry.service.CodeLists;
import vn.gialai.iwd.registry.service.ImportColumns;

import java.util.List;

/** The spreadsheet template a unit without an HR system fills in (see {@link ImportResource}). */
@Path("/api/v1/registry/import-template")
@Authenticated
@Tag(name = ImportResource.IMPORTS)
public class ImportTemplateResource {

    private final SpreadsheetWriter writer;
    private final CodeLists codes;

    ImportTemplateResource(SpreadsheetWriter writer, CodeLists codes) {
        this.writer = writer;
        this.codes = codes;
    }

    @GET
    @Produces({SpreadsheetWriter.XLSX, SpreadsheetWriter.CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getImportTemplate", summary = "Download the spreadsheet template for imports",
            description = "format=xlsx (the default): a workbook with the sheet \"Danh sách\" (Vietnamese column "
                    + "titles, required ones marked *, drop-down lists of the code lists' Vietnamese labels), the "
                    + "sheet \"Đóng góp\" for contributions keyed by the record ID, and the sheet \"Hướng dẫn\" of "
                    + "instructions. format=csv: the records' title row, UTF-8 with BOM. format=json: the columns "
                    + "with their field, titles, whether required and the values they accept.")
    @APIResponse(responseCode = "200", description = "The template",
            content = {@Content(mediaType = SpreadsheetWriter.XLSX, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")),
                    @Content(mediaType = SpreadsheetWriter.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportResponses.Template.class))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response template(@Parameter(description = "xlsx (default), csv or json", schema = @Schema(
            type = SchemaType.STRING, enumeration = {"xlsx", "csv", "json"}, defaultValue = "xlsx"))
                             @QueryParam("format") String format) {
        return switch (format == null ? "xlsx" : format) {
            case "xlsx" -> SpreadsheetWriter.attachment(writer::templateXlsx, SpreadsheetWriter.XLSX, "mau-nhap-tri-thuc.xlsx");
            case "csv" -> SpreadsheetWriter.attachment(writer::templateCsv, SpreadsheetWriter.CSV, "mau-nhap-tri-thuc.csv");
            case "json" -> Response.ok(new ImportResponses.Template(ImportColumns.RECORDS_SHEET,
                    columns(ImportColumns.RECORDS), ImportColumns.CONTRIBUTIONS_SHEET,
                    columns(ImportColumns.CONTRIBUTIONS)), MediaType.APPLICATION_JSON).build();
            default -> throw new InvalidParameterException("format", "UNKNOWN_CODE", "Expected xlsx, csv or json.");
        };
    }

    private List<ImportResponses.TemplateColumn> columns(List<ImportColumns.Column> columns) {
        return columns.stream().map(column -> new ImportResponses.TemplateColumn(column.field(), column.titleVi(),
                column.titleEn(), column.required(), column.codeList() == null ? null
                : codes.labels(column.codeList()).stream()
                .map(label -> new CodeResponse(label.code(), label.vi(), label.en())).toList())).toList();
    }

}
