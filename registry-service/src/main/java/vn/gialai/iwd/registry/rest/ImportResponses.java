package vn.gialai.iwd.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Bodies of the spreadsheet endpoints: the batch answer, with each rejection and warning located by
 * spreadsheet row and column title. Every member is always present (Jackson writes nulls).
 */
public final class ImportResponses {

    private ImportResponses() {
    }

    @Schema(name = "ImportCellError", description = "A field of a row in error, located in the file")
    public record CellError(
            @Schema(required = true, description = "The API field, as in a batch record", examples = "gender")
            String field,
            @Schema(required = true, description = "Stable code, the same as a batch's", examples = "UNKNOWN_CODE")
            String code,
            @Schema(required = true, description = "For a person to read (Vietnamese unless Accept-Language: en)")
            String message,
            @Schema(required = true, nullable = true, description = "The column's title as it appeared in the file; "
                    + "null when the file has no such column", examples = "Giới tính") String column,
            @Schema(required = true, nullable = true, description = "For a contribution's field: its row in the "
                    + "\"Đóng góp\" sheet; else null") Integer contributionRow) {
    }

    @Schema(name = "ImportRowRejection", description = "A row that was not written, with every field in error")
    public record RowRejection(
            @Schema(required = true, description = "Position of the row among the file's records, from 0") int index,
            @Schema(required = true, description = "The spreadsheet row number (the title row of the template is row 1)",
                    examples = "7") int row,
            @Schema(required = true, nullable = true, description = "The row's record ID; null when it has none")
            String externalId,
            @Schema(required = true) List<CellError> errors) {
    }

    @Schema(name = "ImportRowWarning", description = "A finding that rejected nothing: on a written row (e.g. LEADING_ZEROS_RESTORED, "
            + "GENDER_MISMATCH), on the title row (UNKNOWN_COLUMN: the column is ignored) or on a row of the "
            + "\"Đóng góp\" sheet (NO_SUCH_RECORD: no row of the records sheet has its record ID)")
    public record RowWarning(
            @Schema(required = true, nullable = true, description = "Position of the record among the file's "
                    + "records, from 0; null for the title row and the contributions sheet") Integer index,
            @Schema(required = true, nullable = true, description = "The records sheet's row; null for the "
                    + "contributions sheet") Integer row,
            @Schema(required = true, nullable = true) String externalId,
            @Schema(required = true, nullable = true, description = "The API field concerned; null for a column")
            String field,
            @Schema(required = true, nullable = true, description = "The column's title as it appeared in the file")
            String column,
            @Schema(required = true, nullable = true, description = "The row in the \"Đóng góp\" sheet, for its "
                    + "warnings; else null") Integer contributionRow,
            @Schema(required = true, examples = "LEADING_ZEROS_RESTORED") String code,
            @Schema(required = true) String message) {
    }

    @Schema(description = "What an import did: the batch counts, the rejected rows and the warnings")
    public record ImportResult(
            @Schema(required = true, nullable = true, implementation = UUID.class, description = "Id of the "
                    + "rejected rows' errors file (GET …/imports/{importId}/errors, kept 24 hours); null when no row "
                    + "was rejected") UUID importId,
            @Schema(required = true, description = "Rows of records in the file (blank rows are skipped)") int received,
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(required = true, description = "Rows not written, in file order") List<RowRejection> rejected,
            @Schema(required = true) List<RowWarning> warnings) {
    }

    /** The import answer with the problem members around it (RFC 9457 extension members). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(description = "An atomic import that was rejected as a whole: problem details (RFC 9457) with the "
            + "import's answer as extension members. Nothing was written, so created, updated and unchanged are 0; "
            + "the errors file of the rejected rows can still be downloaded.")
    public record ImportProblem(
            @Schema(required = true, examples = "about:blank") String type,
            @Schema(required = true, examples = "Unprocessable Content") String title,
            @Schema(required = true, examples = "422") int status,
            @Schema(required = true) String detail,
            @Schema(required = true, implementation = UUID.class) UUID importId,
            @Schema(required = true) int received,
            @Schema(required = true, description = "Always 0") int created,
            @Schema(required = true, description = "Always 0") int updated,
            @Schema(required = true, description = "Always 0") int unchanged,
            @Schema(required = true) List<RowRejection> rejected,
            @Schema(required = true) List<RowWarning> warnings) {
    }

    @Schema(name = "ImportTemplateColumn", description = "One column of the template")
    public record TemplateColumn(
            @Schema(required = true, description = "The API field it fills (also accepted as a title)",
                    examples = "highestQualification") String field,
            @Schema(required = true, examples = "Trình độ chuyên môn") String titleVi,
            @Schema(required = true, examples = "Highest qualification") String titleEn,
            @Schema(required = true, description = "Whether every row needs a value (a birth date or year is needed "
                    + "too)") boolean required,
            @Schema(required = true, nullable = true, description = "The codes and labels the column accepts (codes, "
                    + "Vietnamese or English labels, with or without diacritics); null for free values")
            List<CodeResponse> allowedValues) {
    }

    @Schema(name = "ImportTemplate", description = "The template's columns, for programs that build the file themselves")
    public record Template(
            @Schema(required = true, examples = "Danh sách") String sheet,
            @Schema(required = true) List<TemplateColumn> columns,
            @Schema(required = true, examples = "Đóng góp") String contributionSheet,
            @Schema(required = true, description = "One row per contribution, keyed by the record ID")
            List<TemplateColumn> contributionColumns) {
    }
}
