package vn.gialai.iwd.registry.rest;

import jakarta.ws.rs.core.HttpHeaders;
import vn.gialai.iwd.registry.service.Finding;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Texts of validation codes: Vietnamese by default, English when the client prefers it (Accept-Language: en). */
final class Messages {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("REQUIRED", new String[]{"Trường này là bắt buộc.", "This field is required."}),
            Map.entry("TOO_LONG", new String[]{"Dài quá {0} ký tự.", "Longer than {0} characters."}),
            Map.entry("OUT_OF_RANGE", new String[]{"Giá trị phải nằm trong khoảng {0}–{1}.", "The value must lie between {0} and {1}."}),
            Map.entry("BIRTH_YEAR_CONFLICT", new String[]{"Năm sinh không khớp với ngày sinh.", "The birth year disagrees with the date of birth."}),
            Map.entry("EXTERNAL_ID_MISMATCH", new String[]{"Mã bản ghi trong nội dung khác với mã trên đường dẫn.", "The externalId in the body differs from the one in the path."}),
            Map.entry("INVALID_TYPE", new String[]{"Sai kiểu dữ liệu: cần {0}.", "Wrong type: expected {0}."}),
            Map.entry("INVALID_DATE", new String[]{"Không phải ngày hợp lệ theo dạng {0}.", "Not a valid date in the form {0}."}),
            Map.entry("UNKNOWN_FIELD", new String[]{"Trường này không được chấp nhận.", "This field is not accepted."}),
            Map.entry("INVALID_FORMAT", new String[]{"Sai định dạng.", "The format is not valid."}),
            Map.entry("INVALID_PROVINCE", new String[]{"Ba chữ số đầu của số CCCD phải là mã tỉnh 001–096.", "The first three digits of a CCCD must be a province code 001–096."}),
            Map.entry("GENDER_MISMATCH", new String[]{"Chữ số thứ 4 của số CCCD không khớp với giới tính.", "The 4th digit of the CCCD disagrees with the gender."}),
            Map.entry("BIRTH_YEAR_MISMATCH", new String[]{"Chữ số 4–6 của số CCCD không khớp với năm sinh.", "Digits 4–6 of the CCCD disagree with the birth year."}),
            Map.entry("BELOW_COLLEGE", new String[]{"Cơ sở dữ liệu chỉ gồm người có trình độ từ cao đẳng trở lên.", "The registry holds people with a college degree or higher only."}),
            Map.entry("UNKNOWN_CODE", new String[]{"Mã không có trong danh mục {0}.", "Not a code of the list of {0}."}),
            Map.entry("NOT_APPLICABLE", new String[]{"Chỉ áp dụng cho cán bộ, công chức, viên chức; giá trị bị bỏ qua.", "Applies to cadres, civil servants and public employees only; ignored."}),
            Map.entry("IN_FUTURE", new String[]{"Ngày không được ở tương lai.", "The date must not be in the future."}),
            Map.entry("DUPLICATE_IN_BATCH", new String[]{"Mã bản ghi bị lặp trong cùng lô.", "This externalId appears more than once in the batch."}),
            Map.entry("LEADING_ZEROS_RESTORED", new String[]{"Số CCCD thiếu số 0 ở đầu (Excel đã đổi thành số); đã thêm lại, hãy kiểm tra.", "The CCCD had lost its leading zeros (Excel made it a number); they were restored: please check."}),
            Map.entry("UNKNOWN_COLUMN", new String[]{"Cột này không có trong mẫu nên được bỏ qua.", "This column is not in the template and was ignored."}),
            Map.entry("NO_SUCH_RECORD", new String[]{"Không có dòng nào trong sheet Danh sách mang mã hồ sơ này; đóng góp bị bỏ qua.", "No row of the records sheet has this record ID; the contribution was ignored."}),
            Map.entry("UNIT_RETIRED", new String[]{"Đơn vị {0} đã giải thể từ {1}; hãy gửi dưới mã {2}.", "Unit {0} was dissolved on {1}; send under {2}."}));

    /** Names of the code lists and JSON types that messages mention, in each language. */
    private static final Map<String, String[]> ARGUMENT_NAMES = Map.ofEntries(
            Map.entry("genders", new String[]{"giới tính", "genders"}),
            Map.entry("ethnicities", new String[]{"dân tộc", "ethnic groups"}),
            Map.entry("qualifications", new String[]{"trình độ chuyên môn", "qualifications"}),
            Map.entry("academicTitles", new String[]{"chức danh khoa học", "academic titles"}),
            Map.entry("fieldsOfStudy", new String[]{"lĩnh vực đào tạo", "fields of study"}),
            Map.entry("sectors", new String[]{"ngành, lĩnh vực công tác", "sectors"}),
            Map.entry("employment", new String[]{"loại hình công tác", "employment types"}),
            Map.entry("contributionTypes", new String[]{"loại đóng góp", "contribution types"}),
            Map.entry("contributionLevels", new String[]{"cấp đóng góp", "contribution levels"}),
            Map.entry("string", new String[]{"chuỗi ký tự", "a string"}),
            Map.entry("integer", new String[]{"số nguyên", "an integer"}),
            Map.entry("boolean", new String[]{"true hoặc false", "true or false"}),
            Map.entry("yesNo", new String[]{"Có hoặc Không", "Yes or No"}),
            Map.entry("array", new String[]{"danh sách (mảng JSON)", "a JSON array"}),
            Map.entry("object", new String[]{"đối tượng JSON", "a JSON object"}));

    private Messages() {
    }

    static boolean english(HttpHeaders headers) {
        List<Locale> languages = headers.getAcceptableLanguages();
        return !languages.isEmpty() && "en".equals(languages.get(0).getLanguage());
    }

    static String text(String code, List<Object> arguments, boolean english) {
        String[] texts = TEXTS.get(code);
        if (texts == null) {
            return code;
        }
        Object[] formatted = arguments.stream().map(String::valueOf)
                .map(argument -> ARGUMENT_NAMES.containsKey(argument) ? ARGUMENT_NAMES.get(argument)[english ? 1 : 0] : argument)
                .toArray();
        return MessageFormat.format(texts[english ? 1 : 0].replace("'", "''"), formatted);
    }

    static Problem.FieldError toError(Finding finding, boolean english) {
        return new Problem.FieldError(finding.field(), finding.code(), text(finding.code(), finding.arguments(), english));
    }
}
