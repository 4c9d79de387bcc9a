package vn.gialai.iwd.registry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * One record as a unit's system sends it. Codes arrive as strings so that a wrong code is reported
 * as a field error with a stable code rather than a parse failure. {@code externalId} is used in
 * batches only (in a single PUT it comes from the path).
 */
@Schema(description = "One record as a unit's system sends it. Every rule is checked per field and each failure is "
        + "reported with the field and a stable code: REQUIRED, INVALID_TYPE, INVALID_DATE, INVALID_FORMAT, TOO_LONG, "
        + "OUT_OF_RANGE, UNKNOWN_CODE, UNKNOWN_FIELD, BELOW_COLLEGE, … Codes are those of the registry's code lists "
        + "(GET /api/v1/registry/codes/{list}). A member sent as null counts as absent; unknown members are errors.",
        additionalProperties = Schema.False.class)
public record RecordInput(
        @Schema(description = "The unit's own id of the record. Required in a batch; in a PUT optional, and equal to "
                + "the path's when given", pattern = "^[A-Za-z0-9._:/-]{1,64}$", examples = "HR-000123")
        String externalId,
        @Schema(required = true, description = "Full name (Họ và tên), at most 200 characters after Unicode NFC normalisation. Required.",
                examples = "Nguyễn Thị Hồng")
        String fullName,
        @Schema(description = "National ID (số CCCD): 12 digits, the first three a province code 001 to 096. Stored "
                + "only as a keyed hash and its last 4 digits. Digits that disagree with gender or birth year are a "
                + "warning, not an error.", pattern = "^[0-9]{12}$", examples = "064185000123")
        String nationalId,
        @Schema(description = "Date of birth (Ngày sinh). dateOfBirth or birthYear is required; the year lies from "
                + "1900 to 15 years before now.")
        LocalDate dateOfBirth,
        @Schema(description = "Year of birth, when the date is not known; must agree with dateOfBirth when both are "
                + "given", examples = "1985")
        Integer birthYear,
        @Schema(required = true, description = "genders: M or F (Giới tính). Required.", examples = "F")
        String gender,
        @Schema(description = "ethnicities: 2-digit GSO code (Dân tộc), e.g. 01 Kinh, 10 Gia-rai, 12 Ba-na",
                examples = "01")
        String ethnicity,
        @Schema(required = true, description = "qualifications: COLLEGE, BACHELOR, MASTER or DOCTORATE (Trình độ chuyên môn). "
                + "Required; a level below college is refused with BELOW_COLLEGE.", examples = "MASTER")
        String highestQualification,
        @Schema(description = "academicTitles: ASSOCIATE_PROFESSOR or PROFESSOR (Chức danh khoa học)",
                examples = "ASSOCIATE_PROFESSOR")
        String academicTitle,
        @Schema(description = "fieldsOfStudy: ISCED-F 2013 broad field 00 to 10 (Lĩnh vực đào tạo)", examples = "09")
        String fieldOfStudy,
        @Schema(required = true, description = "sectors (Ngành, lĩnh vực công tác). Required.", examples = "HEALTH")
        String sector,
        @Schema(required = true, description = "employment (Loại hình công tác). Required.", examples = "CIVIL_SERVANT")
        String employment,
        @Schema(description = "Employer (Cơ quan, đơn vị công tác), at most 300 characters")
        String employer,
        @Schema(description = "Meets the qualification standard of the grade or position (Đạt chuẩn). Kept only for "
                + "CADRE, CIVIL_SERVANT and PUBLIC_EMPLOYEE; for other employment it is ignored with the warning "
                + "NOT_APPLICABLE.")
        Boolean meetsStandard,
        @Schema(description = "Trained abroad (Đào tạo ở nước ngoài); absent means false")
        Boolean trainedAbroad,
        @Schema(description = "Lives abroad (Trí thức ở nước ngoài); absent means false")
        Boolean livesAbroad,
        @Schema(description = "Foreign national (Người nước ngoài); absent means false")
        Boolean foreignNational,
        @Schema(description = "Contributions (Đóng góp); absent means none")
        List<ContributionInput> contributions,
        @Schema(description = "The day the record takes effect (Ngày hiệu lực); not in the future; absent means "
                + "today in Vietnam")
        LocalDate effectiveDate) {

    @Schema(description = "One contribution; every member is required", additionalProperties = Schema.False.class)
    public record ContributionInput(
            @Schema(required = true, description = "contributionTypes: RESEARCH_PROJECT, INITIATIVE, PATENT, AWARD, CONSULTING_REVIEW, "
                    + "TECH_TRANSFER or PUBLICATION", examples = "RESEARCH_PROJECT")
            String type,
            @Schema(required = true, description = "Title, at most 500 characters")
            String title,
            @Schema(required = true, description = "Year, from 1950 to the current year", examples = "2023")
            Integer year,
            @Schema(required = true, description = "contributionLevels: UNIT, PROVINCIAL, NATIONAL or INTERNATIONAL", examples = "PROVINCIAL")
            String level) {
    }
}
