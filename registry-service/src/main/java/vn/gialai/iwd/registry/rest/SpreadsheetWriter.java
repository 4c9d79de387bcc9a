package vn.gialai.iwd.registry.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.gialai.iwd.registry.config.RegistryConfig;
import vn.gialai.iwd.registry.service.CodeLists;
import vn.gialai.iwd.registry.service.ImportColumns;
import vn.gialai.iwd.registry.service.ImportErrorFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the import template and the errors files, XLSX with fastexcel (rows flushed as they are
 * written) and CSV with commons-csv, UTF-8 with a BOM so that Excel shows Vietnamese correctly.
 */
@ApplicationScoped
public class SpreadsheetWriter {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    static final String LISTS_SHEET = "Danh mục";
    private static final List<String> YES_NO = List.of("Có", "Không");
    /** Rows of a drop-down list's validation in the template. */
    private static final int TEMPLATE_ROWS = 20_000;
    private static final int FLUSH_EVERY = 1_000;
    private static final List<String> INSTRUCTIONS = List.of(
            "Hướng dẫn nhập danh sách trí thức / How to fill in the list",
            "",
            "1. Mỗi dòng của sheet \"Danh sách\" là một người; dòng 1 là tiêu đề, không đổi tên cột. "
                    + "One row per person; row 1 holds the titles.",
            "2. Cột có dấu * là bắt buộc. Cần Ngày sinh hoặc Năm sinh. Columns marked * are required; "
                    + "give the date or the year of birth.",
            "3. Mã hồ sơ: mã riêng của đơn vị cho người đó, không đổi qua các năm (chữ, số, . _ : / -). "
                    + "Record ID: the unit's own id of the person, kept from year to year.",
            "4. Ngày: dd/mm/yyyy (15/03/1985) hoặc yyyy-mm-dd. Dates: dd/mm/yyyy or yyyy-mm-dd.",
            "5. Có/Không: \"Có\", \"x\" hoặc 1 là có; \"Không\", để trống hoặc 0 là không. Yes/No: Có, x or 1; "
                    + "Không, blank or 0.",
            "6. Giới tính, trình độ, ngành, loại hình…: chọn trong danh sách thả xuống (có thể gõ không dấu). "
                    + "Coded columns: pick from the drop-down list (labels without diacritics are accepted).",
            "7. Số CCCD: 12 chữ số; nhập dạng văn bản để giữ số 0 đầu. National ID: 12 digits, as text.",
            "8. Sheet \"Đóng góp\": mỗi dòng một đóng góp (đề tài, sáng kiến, giải thưởng…) của người có Mã hồ sơ đó. "
                    + "One row per contribution, keyed by the Record ID.",
            "9. Tải lên tối đa %1$s dòng mỗi tệp; nhiều hơn thì chia thành nhiều tệp, mỗi tệp giữ dòng tiêu đề. "
                    + "At most %2$s rows per file: split longer lists, each file with the title row.",
            "10. Dòng bị từ chối được trả về kèm cột \"Lỗi / Errors\": sửa rồi tải lên lại. Rejected rows come back "
                    + "with an errors column: fix them and upload again.");

    private final CodeLists codes;
    private final RegistryConfig config;

    SpreadsheetWriter(CodeLists codes, RegistryConfig config) {
        this.codes = codes;
        this.config = config;
    }

    /** The template: records and contributions sheets with drop-down lists, the lists, the instructions. */
    public void templateXlsx(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "IWD", "1.0");
        Worksheet records = workbook.newWorksheet(ImportColumns.RECORDS_SHEET);
        Worksheet contributions = workbook.newWorksheet(ImportColumns.CONTRIBUTIONS_SHEET);
        Worksheet instructions = workbook.newWorksheet(ImportColumns.INSTRUCTIONS_SHEET);
        Worksheet lists = workbook.newWorksheet(LISTS_SHEET);
        Map<String, String> listRanges = writeLists(lists);
        writeTitles(records, ImportColumns.RECORDS, listRanges);
        writeTitles(contributions, ImportColumns.CONTRIBUTIONS, listRanges);
        String vietnameseLimit = String.format(Locale.forLanguageTag("vi"), "%,d", config.maxImportRows());
        String englishLimit = String.format(Locale.ENGLISH, "%,d", config.maxImportRows());
        for (int i = 0; i < INSTRUCTIONS.size(); i++) {
            instructions.value(i, 0, INSTRUCTIONS.get(i).formatted(vietnameseLimit, englishLimit));
        }
        instructions.style(0, 0).bold().set();
        instructions.width(0, 120);
        lists.setVisibilityState(VisibilityState.HIDDEN);
        workbook.finish();
    }

    /** The template as CSV: the records sheet's Vietnamese titles (CSV has no contributions sheet). */
    public void templateCsv(OutputStream out) throws IOException {
        try (CSVPrinter csv = csv(out)) {
            csv.printRecord(ImportColumns.RECORDS.stream().map(SpreadsheetWriter::titleOf).toList());
        }
    }

    /** The rejected rows as they were sent, with an errors column last; contributions in their own sheet. */
    public void errorsXlsx(ImportErrorFiles.ErrorFile file, Function<ImportErrorFiles.StoredRow, String> errors,
                           OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "IWD", "1.0");
        Worksheet records = workbook.newWorksheet(ImportColumns.RECORDS_SHEET);
        writeRows(records, withErrorsTitle(file.recordTitles()),
                file.rows().stream().map(row -> withErrors(row, file.recordTitles(), errors)).toList());
        if (file.contributionTitles() != null) {
            Worksheet contributions = workbook.newWorksheet(ImportColumns.CONTRIBUTIONS_SHEET);
            writeRows(contributions, file.contributionTitles(),
                    file.rows().stream().flatMap(row -> row.contributions().stream()).toList());
        }
        workbook.finish();
    }

    /** The rejected rows as CSV, with an errors column last. */
    public void errorsCsv(ImportErrorFiles.ErrorFile file, Function<ImportErrorFiles.StoredRow, String> errors,
                          OutputStream out) throws IOException {
        try (CSVPrinter csv = csv(out)) {
            csv.printRecord(withErrorsTitle(file.recordTitles()));
            for (ImportErrorFiles.StoredRow row : file.rows()) {
                csv.printRecord(withErrors(row, file.recordTitles(), errors).stream().map(CsvCells::neutralised).toList());
            }
        }
    }

    private static List<String> withErrorsTitle(List<String> titles) {
        List<String> withErrors = new ArrayList<>(titles);
        withErrors.add(ImportColumns.ERRORS_TITLE);
        return withErrors;
    }

    /** The row's cells under the file's titles, then its errors. */
    private static List<String> withErrors(ImportErrorFiles.StoredRow row, List<String> titles,
                                           Function<ImportErrorFiles.StoredRow, String> errors) {
        List<String> cells = new ArrayList<>(titles.size() + 1);
        for (int i = 0; i < titles.size(); i++) {
            cells.add(i < row.cells().size() ? row.cells().get(i) : "");
        }
        cells.add(errors.apply(row));
        return cells;
    }

    private static void writeRows(Worksheet sheet, List<String> titles, List<List<String>> rows) throws IOException {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(0, c, titles.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.max(12, titles.get(c).length() + 4));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    sheet.value(r + 1, c, cells.get(c));
                }
            }
            if (r % FLUSH_EVERY == FLUSH_EVERY - 1) {
                sheet.flush();
            }
        }
    }

    private void writeTitles(Worksheet sheet, List<ImportColumns.Column> columns, Map<String, String> listRanges) {
        for (int c = 0; c < columns.size(); c++) {
            ImportColumns.Column column = columns.get(c);
            sheet.value(0, c, titleOf(column));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, Math.max(14, column.titleVi().length() + 4));
            if (column.kind() == ImportColumns.Kind.NATIONAL_ID || column.field().equals(ImportColumns.EXTERNAL_ID)) {
                // Text, so that Excel keeps a CCCD's leading zeros and an id such as 00123 as typed.
                sheet.style(c).format("@").set();
            }
            String listRange = column.kind() == ImportColumns.Kind.YES_NO ? listRanges.get("yesNo")
                    : column.codeList() == null ? null : listRanges.get(column.codeList());
            if (listRange != null) {
                // Information only: a label typed without diacritics ("nu", "thac si") is accepted on upload.
                sheet.range(1, c, TEMPLATE_ROWS, c).validateWithListByFormula(listRange).allowBlank(true)
                        .errorStyle(DataValidationErrorStyle.INFORMATION).showErrorMessage(true)
                        .errorTitle("Không có trong danh sách")
                        .error("Nên chọn trong danh sách; nhãn gõ không dấu hoặc mã vẫn được nhận khi tải lên. "
                                + "Pick from the list; labels without diacritics or codes are accepted too.");
            }
        }
        sheet.freezePane(0, 1);
    }

    /** Each code list's Vietnamese labels in a column of the lists sheet; returns each list's range formula. */
    private Map<String, String> writeLists(Worksheet lists) {
        List<String> names = ImportColumns.RECORDS.stream().map(ImportColumns.Column::codeList)
                .filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
        ImportColumns.CONTRIBUTIONS.stream().map(ImportColumns.Column::codeList).filter(Objects::nonNull)
                .forEach(names::add);
        Map<String, List<String>> labels = new LinkedHashMap<>();
        names.forEach(name -> labels.put(name, codes.labels(name).stream().map(CodeLists.Label::vi).toList()));
        labels.put("yesNo", YES_NO);
        Map<String, String> ranges = new HashMap<>();
        int column = 0;
        for (Map.Entry<String, List<String>> list : labels.entrySet()) {
            lists.value(0, column, list.getKey());
            for (int r = 0; r < list.getValue().size(); r++) {
                lists.value(r + 1, column, list.getValue().get(r));
            }
            String letters = columnLetters(column);
            ranges.put(list.getKey(), "'" + LISTS_SHEET + "'!$" + letters + "$2:$" + letters + "$"
                    + (list.getValue().size() + 1));
            column++;
        }
        return ranges;
    }

    private static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A required column's title is marked with *; the mark is ignored when the file is read. */
    private static String titleOf(ImportColumns.Column column) {
        return column.required() ? column.titleVi() + " *" : column.titleVi();
    }

    /** What a download writes. */
    public interface FileContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A download answer, streamed as it is written. */
    static Response attachment(FileContent content, String mediaType, String fileName) {
        StreamingOutput body = content::writeTo;
        return Response.ok(body, mediaType + (mediaType.equals(CSV) ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static CSVPrinter csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.DEFAULT);
    }
}
