package vn.gialai.iwd.registry.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of the import template: the API field each one fills, its Vietnamese and English
 * titles, how a clerk's value in it is read, and how a title found in a file is recognised.
 */
public final class ImportColumns {

    /** How the values of a column are read. */
    public enum Kind { TEXT, NATIONAL_ID, DATE, INTEGER, CODE, YES_NO }

    /** One column; {@code codeList} names the code list of a CODE column. */
    public record Column(String field, String titleVi, String titleEn, boolean required, Kind kind, String codeList) {

        static Column of(String field, String titleVi, String titleEn, boolean required, Kind kind) {
            return new Column(field, titleVi, titleEn, required, kind, null);
        }

        static Column code(String field, String titleVi, String titleEn, boolean required, String codeList) {
            return new Column(field, titleVi, titleEn, required, Kind.CODE, codeList);
        }
    }

    public static final String RECORDS_SHEET = "Danh sách";
    public static final String CONTRIBUTIONS_SHEET = "Đóng góp";
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    public static final String EXTERNAL_ID = "externalId";
    /** The column an errors file adds; a file uploaded again with it is read without it. */
    public static final String ERRORS_TITLE = "Lỗi / Errors";

    public static final List<Column> RECORDS = List.of(
            Column.of(EXTERNAL_ID, "Mã hồ sơ", "Record ID", true, Kind.TEXT),
            Column.of("fullName", "Họ và tên", "Full name", true, Kind.TEXT),
            Column.of("nationalId", "Số CCCD", "National ID", false, Kind.NATIONAL_ID),
            Column.of("dateOfBirth", "Ngày sinh", "Date of birth", false, Kind.DATE),
            Column.of("birthYear", "Năm sinh", "Year of birth", false, Kind.INTEGER),
            Column.code("gender", "Giới tính", "Gender", true, "genders"),
            Column.code("ethnicity", "Dân tộc", "Ethnicity", false, "ethnicities"),
            Column.code("highestQualification", "Trình độ chuyên môn", "Highest qualification", true, "qualifications"),
            Column.code("academicTitle", "Chức danh khoa học", "Academic title", false, "academicTitles"),
            Column.code("fieldOfStudy", "Lĩnh vực đào tạo", "Field of study", false, "fieldsOfStudy"),
            Column.code("sector", "Ngành, lĩnh vực công tác", "Sector", true, "sectors"),
            Column.code("employment", "Loại hình công tác", "Employment", true, "employment"),
            Column.of("employer", "Cơ quan, đơn vị công tác", "Employer", false, Kind.TEXT),
            Column.of("meetsStandard", "Đạt chuẩn chức danh", "Meets the standard", false, Kind.YES_NO),
            Column.of("trainedAbroad", "Đào tạo ở nước ngoài", "Trained abroad", false, Kind.YES_NO),
            Column.of("livesAbroad", "Đang ở nước ngoài", "Lives abroad", false, Kind.YES_NO),
            Column.of("foreignNational", "Người nước ngoài", "Foreign national", false, Kind.YES_NO),
            Column.of("effectiveDate", "Ngày hiệu lực", "Effective date", false, Kind.DATE));

    /** The contributions sheet: one row per contribution, keyed by the record's externalId. */
    public static final List<Column> CONTRIBUTIONS = List.of(
            Column.of(EXTERNAL_ID, "Mã hồ sơ", "Record ID", true, Kind.TEXT),
            Column.code("type", "Loại đóng góp", "Contribution type", true, "contributionTypes"),
            Column.of("title", "Tên đóng góp", "Title", true, Kind.TEXT),
            Column.of("year", "Năm", "Year", true, Kind.INTEGER),
            Column.code("level", "Cấp", "Level", true, "contributionLevels"));

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private ImportColumns() {
    }

    /**
     * What a title or a label says once case, diacritics, spaces and punctuation are set aside:
     * "Họ và tên", "HO VA TEN" and "ho_va_ten" read alike, and so do "fullName" and "Full name".
     */
    public static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(Names.fold(text)).replaceAll("");
    }

    /** The titles of a file's title row, read against the columns of one sheet. */
    public record Header(Map<String, Integer> positionOfField, Map<String, String> titleOfField, List<String> unknown,
                         List<String> titles) {

        /** The title the field's column has in the file; null when the file lacks the column. */
        public String titleOf(String field) {
            return titleOfField.get(field);
        }

        /** Where the field's column is in a row; empty when the file lacks the column. */
        public Optional<Integer> positionOf(String field) {
            return Optional.ofNullable(positionOfField.get(field));
        }

        public boolean recognisesAny() {
            return !positionOfField.isEmpty();
        }
    }

    /**
     * Reads a title row: each title that names a column (its Vietnamese or English title or its API
     * field name) is that column; others are unknown. A column named twice keeps its first position,
     * and the second is unknown too.
     */
    public static Header header(List<String> titles, List<Column> columns) {
        Map<String, Column> byKey = new HashMap<>();
        for (Column column : columns) {
            byKey.put(key(column.field()), column);
            byKey.put(key(column.titleVi()), column);
            byKey.put(key(column.titleEn()), column);
        }
        Map<String, Integer> positionOfField = new HashMap<>();
        Map<String, String> titleOfField = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i) == null ? "" : titles.get(i).strip();
            if (title.isEmpty() || key(title).equals(key(ERRORS_TITLE))) {
                continue;
            }
            Column column = byKey.get(key(title));
            if (column == null || titleOfField.containsKey(column.field())) {
                unknown.add(title);
            } else {
                positionOfField.put(column.field(), i);
                titleOfField.put(column.field(), title);
            }
        }
        return new Header(positionOfField, titleOfField, unknown, List.copyOf(titles));
    }
}
