package vn.gialai.iwd.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheet imports against the real database and broker: CSV and XLSX as clerks fill them in. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class ImportTest {

    /** Units no other test writes to, so that counts are exact. */
    private static final String UNIT = "LHH-KHKT";
    private static final String UNTOUCHED_UNIT = "HOI-VHNT";
    private static final String LARGE_UNIT = "HH-DN";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] TITLES = {"Mã hồ sơ", "Họ và tên", "Số CCCD", "Ngày sinh", "Giới tính", "Dân tộc",
        "Trình độ chuyên môn", "Ngành, lĩnh vực công tác", "Loại hình công tác", "Đạt chuẩn chức danh"};
    /** A woman born in 1985 in Gia Lai (064), whose CCCD agrees with that. */
    private static final String WOMAN_1985 = "064185";

    private static String prefix() {
        return "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse upload(String unit, String contentType, byte[] file, String query) {
        return given().header("Authorization", Tokens.submitter(unit)).contentType(contentType).body(file)
                .when().post("/api/v1/registry/units/{unit}/imports" + query, unit).then();
    }

    private static ValidatableResponse csv(String unit, String content, String query) {
        return upload(unit, "text/csv", content.getBytes(StandardCharsets.UTF_8), query);
    }

    private static ValidatableResponse record(String unit, String externalId) {
        return given().header("Authorization", Tokens.submitter(unit))
                .when().get("/api/v1/registry/units/{unit}/records/{id}", unit, externalId).then();
    }

    private static int recordCount(String unit) {
        return given().header("Authorization", Tokens.submitter(unit)).queryParam("limit", 1000)
                .when().get("/api/v1/registry/units/{unit}/records", unit).then().statusCode(200)
                .extract().path("items.size()");
    }

    /** A quoted CSV line. */
    private static String line(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }

    private static String csvHeader() {
        return line(TITLES);
    }

    @Test
    void theJsonTemplateListsEveryColumnWithItsTitlesAndAllowedValues() {
        given().header("Authorization", Tokens.submitter(UNIT)).queryParam("format", "json")
                .when().get("/api/v1/registry/import-template").then().statusCode(200)
                .body("sheet", equalTo("Danh sách"))
                .body("columns", hasSize(18))
                .body("columns[0].field", equalTo("externalId"))
                .body("columns[0].titleVi", equalTo("Mã hồ sơ"))
                .body("columns[0].required", equalTo(true))
                .body("columns[0].allowedValues", nullValue())
                .body("columns.find { it.field == 'gender' }.allowedValues.find { it.code == 'F' }.labelVi", equalTo("Nữ"))
                .body("columns.find { it.field == 'highestQualification' }.allowedValues", hasSize(4))
                .body("contributionSheet", equalTo("Đóng góp"))
                .body("contributionColumns", hasSize(5));
        given().header("Authorization", Tokens.submitter(UNIT)).queryParam("format", "pdf")
                .when().get("/api/v1/registry/import-template").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theXlsxTemplateHasItsSheetsAndImportsAsAnEmptyFile() throws IOException {
        byte[] template = given().header("Authorization", Tokens.submitter(UNIT))
                .when().get("/api/v1/registry/import-template").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(List.of("Danh sách", "Đóng góp", "Hướng dẫn", "Danh mục"),
                    workbook.getSheets().map(Sheet::getName).toList());
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertEquals("Mã hồ sơ *", rows.get(0).getCellText(0));
            assertEquals("Họ và tên *", rows.get(0).getCellText(1));
        }
        String records = sheetXml(template, "xl/worksheets/sheet1.xml");
        assertTrue(records.contains("<dataValidation sqref=\"F2:F20001\" type=\"list\"")
                && records.contains("<formula1>'Danh mục'!$A$2:$A$3</formula1>"), "gender has the drop-down list of genders");
        upload(UNIT, XLSX, template, "").statusCode(200).body("received", equalTo(0)).body("rejected", hasSize(0))
                .body("warnings", hasSize(0));

        byte[] csvTemplate = given().header("Authorization", Tokens.submitter(UNIT)).queryParam("format", "csv")
                .when().get("/api/v1/registry/import-template").then().statusCode(200).contentType("text/csv")
                .extract().asByteArray();
        String text = new String(csvTemplate, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFMã hồ sơ *,Họ và tên *,Số CCCD,Ngày sinh"), text);
    }

    @Test
    void csvTitlesAndValuesAreReadAsClerksTypeThem() {
        String run = prefix();
        // Titles without diacritics, in English or as field names, in another order, plus a column of its own.
        String file = "\uFEFF" + line("ho va ten", "MA HO SO", "Gender", "dateOfBirth", "Trinh do chuyen mon", "Nganh, linh vuc cong tac",
                "loai hinh cong tac", "So CCCD", "Dan toc", "Dat chuan chuc danh", "Ghi chú")
                + line("Trần Thị Mai", run + "-1", "nu", "15/03/1985", "thac si", "Y te", "vien chuc",
                "64185000123", "1", "x", "chuyển công tác")
                + line("Lê Văn Nam", run + "-2", "Nam", "1979-11-02", "Tiến sĩ", "Giáo dục và đào tạo", "Công chức",
                "", "Ba-na", "Không", "")
                + line("Phạm Thị Hoa", run + "-3", "F", "31121", "BACHELOR", "HEALTH", "PUBLIC_EMPLOYEE", "", "",
                "", "");
        csv(UNIT, file, "").statusCode(200)
                .body("received", equalTo(3)).body("created", equalTo(3)).body("rejected", hasSize(0))
                .body("importId", nullValue())
                .body("warnings", hasSize(2))
                .body("warnings[0].code", equalTo("UNKNOWN_COLUMN")).body("warnings[0].row", equalTo(1))
                .body("warnings[0].column", equalTo("Ghi chú")).body("warnings[0].index", nullValue())
                .body("warnings[1].code", equalTo("LEADING_ZEROS_RESTORED")).body("warnings[1].row", equalTo(2))
                .body("warnings[1].field", equalTo("nationalId")).body("warnings[1].column", equalTo("So CCCD"));
        record(UNIT, run + "-1").statusCode(200)
                .body("gender", equalTo("F")).body("highestQualification", equalTo("MASTER"))
                .body("sector", equalTo("HEALTH")).body("employment", equalTo("PUBLIC_EMPLOYEE"))
                .body("dateOfBirth", equalTo("1985-03-15")).body("ethnicity", equalTo("01"))
                .body("meetsStandard", equalTo(true)).body("nationalIdLast4", equalTo("0123"));
        record(UNIT, run + "-2").statusCode(200)
                .body("gender", equalTo("M")).body("highestQualification", equalTo("DOCTORATE"))
                .body("sector", equalTo("EDUCATION")).body("employment", equalTo("CIVIL_SERVANT"))
                .body("ethnicity", equalTo("12")).body("meetsStandard", equalTo(false));
        // 31121 is the spreadsheet day serial of 1985-03-15.
        record(UNIT, run + "-3").statusCode(200).body("dateOfBirth", equalTo("1985-03-15"))
                .body("meetsStandard", nullValue());
    }

    @Test
    void aSemicolonCsvFromExcelInVietnameseSettingsIsReadAndMessagesFollowTheLanguage() {
        String run = prefix();
        String file = "\uFEFF" + String.join(";", TITLES) + "\r\n"
                + String.join(";", run + "-1", "Võ Thị Thu", "", "02/09/1990", "Nữ", "Kinh", "Cao đẳng",
                "Giáo dục và đào tạo", "Viên chức", "Có") + "\r\n"
                + String.join(";", run + "-2", "Võ Văn Thu", "", "02/09/1990", "Nam", "Kinh", "Sơ cấp",
                "Giáo dục và đào tạo", "Viên chức", "Có") + "\r\n";
        given().header("Authorization", Tokens.submitter(UNIT)).header("Accept-Language", "en")
                .contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/registry/units/{unit}/imports", UNIT).then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", hasSize(1))
                .body("rejected[0].errors[0].code", equalTo("BELOW_COLLEGE"))
                .body("rejected[0].errors[0].column", equalTo("Trình độ chuyên môn"))
                .body("rejected[0].errors[0].message", equalTo("The registry holds people with a college degree or higher only."));
        record(UNIT, run + "-1").statusCode(200).body("highestQualification", equalTo("COLLEGE"))
                .body("dateOfBirth", equalTo("1990-09-02"));
    }

    @Test
    void rejectionsNameTheirSpreadsheetRowAndTheColumnAsItAppeared() {
        String run = prefix();
        String file = csvHeader()
                + line(run + "-1", "Nguyễn Văn A", "", "01/01/1980", "Nam", "Kinh", "Đại học", "Y tế", "Viên chức", "Có")
                + line(run + "-2", "Nguyễn Văn B", "", "31/02/1980", "X", "Kinh", "Đại học", "Y tế", "Viên chức", "có")
                + line("", "", "", "", "", "", "", "", "", "")
                + line(run + "-3", "", "", "01/01/1980", "Nam", "Kinh", "Trung cấp", "Y tế", "Viên chức", "có thể");
        csv(UNIT, file, "").statusCode(200)
                .body("received", equalTo(3)).body("created", equalTo(1)).body("importId", notNullValue())
                .body("rejected", hasSize(2))
                .body("rejected[0].row", equalTo(3)).body("rejected[0].index", equalTo(1))
                .body("rejected[0].externalId", equalTo(run + "-2"))
                .body("rejected[0].errors", hasSize(2))
                .body("rejected[0].errors.find { it.field == 'dateOfBirth' }.code", equalTo("INVALID_DATE"))
                .body("rejected[0].errors.find { it.field == 'dateOfBirth' }.column", equalTo("Ngày sinh"))
                .body("rejected[0].errors.find { it.field == 'dateOfBirth' }.message",
                        equalTo("Không phải ngày hợp lệ theo dạng dd/mm/yyyy."))
                .body("rejected[0].errors.find { it.field == 'gender' }.code", equalTo("UNKNOWN_CODE"))
                .body("rejected[0].errors.find { it.field == 'gender' }.column", equalTo("Giới tính"))
                .body("rejected[1].row", equalTo(5)).body("rejected[1].index", equalTo(2))
                .body("rejected[1].errors", hasSize(3))
                .body("rejected[1].errors.find { it.field == 'fullName' }.code", equalTo("REQUIRED"))
                .body("rejected[1].errors.find { it.field == 'fullName' }.column", equalTo("Họ và tên"))
                .body("rejected[1].errors.find { it.field == 'highestQualification' }.code", equalTo("BELOW_COLLEGE"))
                .body("rejected[1].errors.find { it.field == 'meetsStandard' }.code", equalTo("INVALID_TYPE"))
                .body("rejected[1].errors.find { it.field == 'meetsStandard' }.column", equalTo("Đạt chuẩn chức danh"));
        record(UNIT, run + "-1").statusCode(200);
        record(UNIT, run + "-2").statusCode(404);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String file = csvHeader() + rows(prefix(), 25);
        csv(UNIT, file, "").statusCode(200).body("created", equalTo(25));
        csv(UNIT, file, "").statusCode(200).body("received", equalTo(25)).body("created", equalTo(0))
                .body("updated", equalTo(0)).body("unchanged", equalTo(25)).body("rejected", hasSize(0));
    }

    @Test
    void atomicRefusesTheWholeFileAndDryRunWritesNothing() {
        String run = prefix();
        String file = csvHeader() + rows(run, 3)
                + line(run + "-bad", "Nguyễn Văn X", "", "01/01/1980", "?", "Kinh", "Đại học", "Y tế", "Viên chức", "");
        csv(UNIT, file, "?atomic=true").statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("received", equalTo(4)).body("created", equalTo(0))
                .body("rejected", hasSize(1)).body("rejected[0].row", equalTo(5))
                .body("rejected[0].errors[0].column", equalTo("Giới tính")).body("importId", notNullValue());
        record(UNIT, run + "-0").statusCode(404);

        csv(UNIT, file, "?dryRun=true").statusCode(200).body("created", equalTo(3)).body("rejected", hasSize(1));
        record(UNIT, run + "-0").statusCode(404);
        csv(UNIT, file, "?atomic=maybe").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aFileSentUnderASnapshotRemovesWhatItNoLongerLists() {
        String unit = "CD-GIALAI";
        String run = prefix();
        csv(unit, csvHeader() + rows(run, 3), "").statusCode(200).body("created", equalTo(3));
        String snapshot = given().header("Authorization", Tokens.submitter(unit))
                .when().post("/api/v1/registry/units/{unit}/snapshots", unit).then().statusCode(201)
                .extract().path("snapshotId");
        csv(unit, csvHeader() + rows(run, 2), "?snapshotId=" + snapshot).statusCode(200)
                .body("received", equalTo(2)).body("unchanged", equalTo(2));
        given().header("Authorization", Tokens.submitter(unit))
                .when().post("/api/v1/registry/units/{unit}/snapshots/{id}/commit", unit, snapshot).then()
                .statusCode(200).body("removed", equalTo(1));
        record(unit, run + "-2").statusCode(200).body("removalReason", equalTo("NOT_REPORTED"));
        record(unit, run + "-1").statusCode(200).body("removalReason", nullValue());
    }

    @Test
    void xlsxWithAHeadingDaySerialsNumericIdsAndAContributionsSheet() throws IOException {
        String run = prefix();
        long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.of(1985, 3, 15));
        byte[] file = xlsx(records -> {
            records.title("DANH SÁCH TRÍ THỨC NĂM 2025 — LIÊN HIỆP CÁC HỘI KH&KT");
            records.title("Họ và tên", "Mã hồ sơ", "Số CCCD", "Ngày sinh", "Giới tính", "Dân tộc", "Trình độ chuyên môn",
                    "Ngành, lĩnh vực công tác", "Loại hình công tác", "Đào tạo ở nước ngoài");
            records.row("Đinh Thị Lan", run + "-1", 64185000777L, serial, "Nữ", 10, "Thac sy", "Y tế", "Viên chức", true);
            records.row("Rơ Mah Hlim", run + "-2", null, serial, "nu", 10, "Đại học", "y te", "vien chuc", false);
        }, contributions -> {
            contributions.title("Mã hồ sơ", "Loại đóng góp", "Tên đóng góp", "Năm", "Cấp");
            contributions.row(run + "-1", "Sáng kiến", "Quy trình tiêm chủng lưu động", 2023, "Cấp tỉnh");
            contributions.row(run + "-2", "Đề tài, dự án nghiên cứu", "Cây dược liệu Kon Ka Kinh", 2022, "cap tinh");
            contributions.row(run + "-2", "Giải thưởng", "Giải Ba", 2021, "Cấp thiên hà");
            contributions.row(run + "-9", "Giải thưởng", "Giải Nhất", 2021, "Quốc tế");
        });
        upload(UNIT, XLSX, file, "").statusCode(200)
                .body("received", equalTo(2)).body("created", equalTo(1))
                .body("rejected", hasSize(1)).body("rejected[0].row", equalTo(4))
                .body("rejected[0].errors", hasSize(1))
                .body("rejected[0].errors[0].field", equalTo("contributions[1].level"))
                .body("rejected[0].errors[0].code", equalTo("UNKNOWN_CODE"))
                .body("rejected[0].errors[0].column", equalTo("Cấp"))
                .body("rejected[0].errors[0].contributionRow", equalTo(4))
                .body("warnings.code", equalTo(List.of("LEADING_ZEROS_RESTORED", "NO_SUCH_RECORD")))
                .body("warnings[0].row", equalTo(3)).body("warnings[0].column", equalTo("Số CCCD"))
                .body("warnings[1].contributionRow", equalTo(5)).body("warnings[1].externalId", equalTo(run + "-9"))
                .body("warnings[1].row", nullValue());
        record(UNIT, run + "-1").statusCode(200)
                .body("dateOfBirth", equalTo("1985-03-15")).body("nationalIdLast4", equalTo("0777"))
                .body("ethnicity", equalTo("10")).body("highestQualification", equalTo("MASTER"))
                .body("trainedAbroad", equalTo(true))
                .body("contributions", hasSize(1)).body("contributions[0].type", equalTo("INITIATIVE"))
                .body("contributions[0].level", equalTo("PROVINCIAL")).body("contributions[0].year", equalTo(2023));
    }

    @Test
    void aFormulaInTheErrorsFileIsTextAndComesBackAsItWasUploaded() throws IOException {
        String run = prefix();
        String formula = "=HYPERLINK(\"http://evil.example\",\"Nguyễn Văn A\")";
        String importId = csv(UNIT, csvHeader() + line(run + "-1", formula, "", "01/01/1980", "Ong", "Kinh", "Đại học",
                "Y tế", "Viên chức", "Có"), "").statusCode(200).body("rejected", hasSize(1)).extract().path("importId");
        byte[] errors = given().header("Authorization", Tokens.submitter(UNIT)).queryParam("format", "csv")
                .when().get("/api/v1/registry/units/{unit}/imports/{id}/errors", UNIT, importId)
                .then().statusCode(200).extract().asByteArray();
        CSVRecord row = CSVFormat.DEFAULT.parse(new StringReader(new String(errors, StandardCharsets.UTF_8).substring(1)))
                .getRecords().get(1);
        assertEquals("'" + formula, row.get(1), "a spreadsheet shows the cell as text instead of running it");

        List<String> cells = new ArrayList<>(row.toList());
        cells.set(4, "Nam");
        csv(UNIT, csvHeader() + line(cells.subList(0, 10).toArray(String[]::new)), "").statusCode(200)
                .body("created", equalTo(1)).body("rejected", hasSize(0));
        record(UNIT, run + "-1").statusCode(200).body("fullName", equalTo(formula));
    }

    @Test
    void theErrorsFileRoundTrips() throws IOException {
        String run = prefix();
        String file = csvHeader()
                + line(run + "-1", "Nguyễn Văn A", "", "01/01/1980", "Nam", "Kinh", "Đại học", "Y tế", "Viên chức", "Có")
                + line(run + "-2", "Nguyễn Văn B", "", "01/01/1981", "Ong", "Kinh", "Đại học", "Y tế", "Viên chức", "Có")
                + line(run + "-3", "Nguyễn Văn C", "", "01/01/1982", "Ba", "Kinh", "Đại học", "Y tế", "Viên chức", "Có");
        String importId = csv(UNIT, file, "").statusCode(200).body("rejected", hasSize(2))
                .extract().path("importId");
        byte[] errors = given().header("Authorization", Tokens.submitter(UNIT)).queryParam("format", "csv")
                .when().get("/api/v1/registry/units/{unit}/imports/{id}/errors", UNIT, importId)
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(
                new String(errors, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals(3, rows.size());
        assertEquals("Lỗi / Errors", rows.get(0).get(10));
        assertEquals(run + "-2", rows.get(1).get(0));
        assertEquals("Giới tính: Mã không có trong danh mục giới tính. (UNKNOWN_CODE)", rows.get(1).get(10));

        // The clerk fixes the gender in the errors file and uploads it as it is.
        StringBuilder fixed = new StringBuilder();
        for (CSVRecord row : rows) {
            List<String> cells = new ArrayList<>(row.toList());
            if (row.getRecordNumber() > 1) {
                cells.set(4, "Nữ");
            }
            fixed.append(line(cells.toArray(String[]::new)));
        }
        csv(UNIT, fixed.toString(), "").statusCode(200).body("received", equalTo(2)).body("created", equalTo(2))
                .body("rejected", hasSize(0)).body("warnings", hasSize(0));
        record(UNIT, run + "-3").statusCode(200).body("gender", equalTo("F"));

        byte[] workbook = given().header("Authorization", Tokens.submitter(UNIT))
                .when().get("/api/v1/registry/units/{unit}/imports/{id}/errors", UNIT, importId)
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            List<org.dhatim.fastexcel.reader.Row> sheet = read.getFirstSheet().read();
            assertEquals(3, sheet.size());
            assertEquals(run + "-3", sheet.get(2).getCellText(0));
        }
        given().header("Authorization", Tokens.submitter("SO-YTE"))
                .when().get("/api/v1/registry/units/{unit}/imports/{id}/errors", UNIT, importId)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.submitter(UNIT))
                .when().get("/api/v1/registry/units/{unit}/imports/{id}/errors", UNIT, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void brokenAndForeignFilesAreRefusedAndNothingIsWritten() throws IOException {
        int before = recordCount(UNTOUCHED_UNIT);
        byte[] random = new byte[4096];
        new Random(12).nextBytes(random);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        byte[] workbook = xlsx(records -> {
            records.title(TITLES);
            for (int i = 0; i < 2000; i++) {
                records.row(prefix(), "Người " + i, null, 31121L, "Nam", "Kinh", "Đại học", "Y tế", "Viên chức", "Có");
            }
        }, null);
        Map<String, byte[]> files = Map.of(
                "a workbook cut in half", java.util.Arrays.copyOf(workbook, workbook.length / 2),
                "random bytes as XLSX", random,
                "a PDF", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII),
                "a zip that is no workbook", zip.toByteArray(),
                "an encrypted workbook", ole2,
                "an empty file", new byte[0]);
        files.forEach((what, bytes) -> upload(UNTOUCHED_UNIT, XLSX, bytes, "").statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400)));
        upload(UNTOUCHED_UNIT, "text/csv", random, "").statusCode(400).contentType("application/problem+json");
        byte[] latin1 = ("Mã hồ sơ,Họ và tên\nA-1,Trần\n").getBytes(StandardCharsets.ISO_8859_1);
        upload(UNTOUCHED_UNIT, "text/csv", latin1, "").statusCode(400).contentType("application/problem+json");
        csv(UNTOUCHED_UNIT, "A-1,Nguyễn Văn A,1980\nA-2,Trần Thị B,1981\n", "").statusCode(400)
                .contentType("application/problem+json");
        csv(UNTOUCHED_UNIT, csvHeader() + rows(prefix(), 3) + "\"" + prefix() + ",Trần\n", "").statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The CSV file cannot be read: a value opened with a quote (\") is never closed."));
        upload(UNTOUCHED_UNIT, "application/pdf", random, "").statusCode(415);
        assertEquals(before, recordCount(UNTOUCHED_UNIT));
    }

    @Test
    void anotherUnitsFileIsForbidden() {
        csv("SO-YTE", csvHeader() + rows(prefix(), 1), "").statusCode(200);
        given().header("Authorization", Tokens.submitter("SO-YTE")).contentType("text/csv")
                .body((csvHeader() + rows(prefix(), 1)).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/registry/units/{unit}/imports", UNTOUCHED_UNIT)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.submitter("SO-YTE")).contentType(XLSX).body(new byte[]{1, 2, 3})
                .when().post("/api/v1/registry/units/{unit}/imports", UNTOUCHED_UNIT)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aRetriedUploadWithItsIdempotencyKeyGetsTheFirstAnswer() {
        byte[] file = (csvHeader() + rows(prefix(), 2)).getBytes(StandardCharsets.UTF_8);
        String key = "import-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 2; attempt++) {
            ExtractableResponse<Response> answer = given().header("Authorization", Tokens.submitter(UNIT))
                    .header("Idempotency-Key", key).contentType("text/csv").body(file)
                    .when().post("/api/v1/registry/units/{unit}/imports", UNIT).then().statusCode(200)
                    .body("created", equalTo(2)).extract();
            assertEquals(attempt == 0 ? null : "true", answer.header("Idempotent-Replayed"));
        }
        given().header("Authorization", Tokens.submitter(UNIT)).header("Idempotency-Key", key).contentType("text/csv")
                .body((csvHeader() + rows(prefix(), 1)).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/registry/units/{unit}/imports", UNIT).then().statusCode(422);
    }

    @Test
    void aFormWithOneFileFieldIsImportedToo() {
        given().header("Authorization", Tokens.submitter(UNIT))
                .multiPart("file", "danh-sach.csv", (csvHeader() + rows(prefix(), 2)).getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .when().post("/api/v1/registry/units/{unit}/imports", UNIT).then().statusCode(200)
                .body("created", equalTo(2));
    }

    @Test
    void twentyThousandRowsGoThroughInOneUploadAsCsvAndAsXlsx() throws IOException {
        int count = 20_000;
        String run = prefix();
        byte[] csvFile = (csvHeader() + rows(run + "C", count)).getBytes(StandardCharsets.UTF_8);
        HeapSampler heap = new HeapSampler();
        long started = System.nanoTime();
        upload(LARGE_UNIT, "text/csv", csvFile, "").statusCode(200)
                .body("received", equalTo(count)).body("created", equalTo(count)).body("rejected", hasSize(0));
        long csvMillis = (System.nanoTime() - started) / 1_000_000;
        long csvHeap = heap.peakGrowthMb();

        byte[] xlsxFile = xlsx(records -> {
            records.title(TITLES);
            for (int i = 0; i < count; i++) {
                records.row(run + "X-" + i, "Người " + run + " Thứ " + i, null, 31122L + i % 3000, i % 2 == 0 ? "Nữ" : "Nam",
                        "Kinh", "Đại học", "Y tế", "Viên chức", "Có");
            }
        }, null);
        heap = new HeapSampler();
        started = System.nanoTime();
        upload(LARGE_UNIT, XLSX, xlsxFile, "").statusCode(200)
                .body("received", equalTo(count)).body("created", equalTo(count)).body("rejected", hasSize(0));
        long xlsxMillis = (System.nanoTime() - started) / 1_000_000;
        long xlsxHeap = heap.peakGrowthMb();
        System.out.printf("import of %d rows: CSV %d bytes in %d ms (live heap peak +%d MB), XLSX %d bytes in %d ms "
                + "(live heap peak +%d MB)%n", count, csvFile.length, csvMillis, csvHeap, xlsxFile.length, xlsxMillis, xlsxHeap);
    }

    /**
     * Samples, every 20 ms, the heap each collection left in use (what is live, not garbage waiting for
     * the next collection) from its creation until asked for the peak above the starting value.
     */
    private static final class HeapSampler {

        private final long start;
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread sampler;

        HeapSampler() {
            System.gc();
            start = used();
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakGrowthMb() {
            sampler.interrupt();
            return Math.max(0, peak.get() - start) / (1024 * 1024);
        }

        private static long used() {
            return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .map(java.lang.management.MemoryPoolMXBean::getCollectionUsage)
                    .filter(java.util.Objects::nonNull).mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
        }
    }

    /** One part of a workbook's zip, as text (read from a file: the writer's zip entries need its central directory). */
    private static String sheetXml(byte[] workbook, String part) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, workbook);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** Valid rows of men without national ID, born 1980, named after the run (so no other test's persons match). */
    private static String rows(String run, int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(line(run + "-" + i, "Người " + run + " Số " + i, "", "01/01/1980", "Nam", "Kinh", "Đại học", "Y tế",
                    "Viên chức", "Có"));
        }
        return rows.toString();
    }

    /** Writes one sheet of a test workbook. */
    private interface SheetFiller {
        void fill(SheetRows rows) throws IOException;
    }

    /** Rows of a test sheet: text, numbers and booleans as Excel stores them. */
    private static final class SheetRows {

        private final Worksheet sheet;
        private int next;

        SheetRows(Worksheet sheet) {
            this.sheet = sheet;
        }

        void title(String... titles) {
            row((Object[]) titles);
        }

        void row(Object... cells) {
            for (int c = 0; c < cells.length; c++) {
                Object cell = cells[c];
                if (cell instanceof Number number) {
                    sheet.value(next, c, number);
                } else if (cell instanceof Boolean flag) {
                    sheet.value(next, c, flag);
                } else if (cell != null) {
                    sheet.value(next, c, cell.toString());
                }
            }
            next++;
        }
    }

    private static byte[] xlsx(SheetFiller records, SheetFiller contributions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ImportTest", "1.0");
        records.fill(new SheetRows(workbook.newWorksheet("Danh sách")));
        if (contributions != null) {
            contributions.fill(new SheetRows(workbook.newWorksheet("Đóng góp")));
        }
        workbook.finish();
        return out.toByteArray();
    }
}
