package vn.gialai.iwd.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.registry.domain.Contribution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

/**
 * Response bodies of the record endpoints. Every member is always present (Jackson writes nulls): the
 * schemas list them all as required and say which may be null.
 */
public final class RecordResponses {

    private RecordResponses() {
    }

    @Schema(description = "The outcome of writing one record")
    public record WriteResult(
            @Schema(required = true, examples = "SO-YTE") String unitCode,
            @Schema(required = true, examples = "HR-000123") String externalId,
            @Schema(required = true, description = "The person the record belongs to") UUID personId,
            @Schema(required = true, description = "The record's version, raised by every change") long version,
            @Schema(required = true, enumeration = {"CREATED", "UPDATED", "UNCHANGED"}) String outcome,
            @Schema(required = true, description = "Findings that did not reject the record, e.g. CCCD digits that "
                    + "disagree with the gender; empty when there are none") List<Problem.FieldError> warnings) {
    }

    @Schema(description = "A record of a batch that was not written, with every field in error")
    public record Rejection(
            @Schema(required = true, description = "Position of the record in the batch's records array, from 0")
            int index,
            @Schema(required = true, nullable = true, description = "The record's externalId; null when it has none "
                    + "or is not a JSON object") String externalId,
            @Schema(required = true, description = "One entry per field in error; field is relative to the record")
            List<Problem.FieldError> errors) {
    }

    @Schema(description = "A finding on a written record of a batch that did not reject it")
    public record ItemWarning(
            @Schema(required = true, description = "Position of the record in the batch's records array, from 0")
            int index,
            @Schema(required = true) String externalId,
            @Schema(required = true, description = "The field concerned, relative to the record", examples = "nationalId")
            String field,
            @Schema(required = true, description = "Stable code, e.g. GENDER_MISMATCH, BIRTH_YEAR_MISMATCH, "
                    + "NOT_APPLICABLE", examples = "GENDER_MISMATCH") String code,
            @Schema(required = true, description = "The same, for a person to read (Vietnamese unless "
                    + "Accept-Language: en)") String message) {
    }

    @Schema(description = "What a batch did: counts per outcome, the rejected records and the warnings")
    public record BatchResult(
            @Schema(required = true, description = "Records in the batch") int received,
            @Schema(required = true, description = "Records that were new") int created,
            @Schema(required = true, description = "Records that replaced a different stored record") int updated,
            @Schema(required = true, description = "Records equal to the stored record") int unchanged,
            @Schema(required = true, description = "Records not written, in batch order") List<Rejection> rejected,
            @Schema(required = true, description = "Findings on written records that did not reject them")
            List<ItemWarning> warnings) {
    }

    @Schema(description = "A record as stored. Codes are those of the registry's code lists (GET /api/v1/registry/codes).")
    public record RecordView(
            @Schema(required = true, examples = "SO-YTE") String unitCode,
            @Schema(required = true, examples = "HR-000123") String externalId,
            @Schema(required = true, description = "The de-duplicated person the record belongs to") UUID personId,
            @Schema(required = true, description = "Full name, Unicode NFC (Họ và tên)", examples = "Nguyễn Thị Hồng")
            String fullName,
            @Schema(required = true, nullable = true, description = "Last 4 digits of the national ID (CCCD); the "
                    + "number itself is never returned") String nationalIdLast4,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date",
                    description = "Date of birth; null when only the year was sent")
            LocalDate dateOfBirth,
            @Schema(required = true, description = "Year of birth") int birthYear,
            @Schema(required = true, description = "genders: M or F (Giới tính)", examples = "F") String gender,
            @Schema(required = true, nullable = true, description = "ethnicities: 2-digit GSO code, e.g. 01 Kinh, "
                    + "10 Gia-rai (Dân tộc)") String ethnicity,
            @Schema(required = true, description = "qualifications: COLLEGE, BACHELOR, MASTER or DOCTORATE (Trình độ "
                    + "chuyên môn)", examples = "MASTER") String highestQualification,
            @Schema(required = true, nullable = true, description = "academicTitles: ASSOCIATE_PROFESSOR or PROFESSOR "
                    + "(Chức danh khoa học)") String academicTitle,
            @Schema(required = true, nullable = true, description = "fieldsOfStudy: ISCED-F 2013 broad field 00 to 10 "
                    + "(Lĩnh vực đào tạo)") String fieldOfStudy,
            @Schema(required = true, description = "sectors (Ngành, lĩnh vực công tác)", examples = "HEALTH") String sector,
            @Schema(required = true, description = "employment (Loại hình công tác)", examples = "CIVIL_SERVANT")
            String employment,
            @Schema(required = true, nullable = true, description = "Employer (Cơ quan, đơn vị công tác)") String employer,
            @Schema(required = true, nullable = true, description = "Meets the qualification standard of the grade or "
                    + "position; only for CADRE, CIVIL_SERVANT and PUBLIC_EMPLOYEE, else null") Boolean meetsStandard,
            @Schema(required = true) boolean trainedAbroad,
            @Schema(required = true) boolean livesAbroad,
            @Schema(required = true) boolean foreignNational,
            @Schema(required = true, description = "Contributions (Đóng góp); empty when none")
            List<Contribution> contributions,
            @Schema(required = true, description = "The day the record takes effect") LocalDate effectiveDate,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date",
                    description = "The first day the record no longer counts; null while it is active") LocalDate removedOn,
            @Schema(required = true, nullable = true, description = "removalReasons: MOVED, RETIRED_FROM_REGISTRY, "
                    + "DECEASED, ERROR or NOT_REPORTED; null while active") String removalReason,
            @Schema(required = true, description = "The record's version, raised by every change") long version,
            @Schema(required = true, description = "When the record last changed") OffsetDateTime updatedAt) {
    }

    /** One page of a list; {@code nextCursor} is null on the last page. */
    public record Page<T>(
            @Schema(required = true) List<T> items,
            @Schema(required = true, nullable = true, description = "Pass as cursor to get the next page; null on the "
                    + "last page") String nextCursor) {

        /** A page of {@code limit + 1} fetched items: the one beyond the limit only tells that a next page exists. */
        static <E, T> Page<T> of(List<E> fetched, int limit, Function<E, T> view, Function<E, String> cursorOf) {
            boolean more = fetched.size() > limit;
            List<E> shown = more ? fetched.subList(0, limit) : fetched;
            return new Page<>(shown.stream().map(view).toList(), more ? cursorOf.apply(shown.get(limit - 1)) : null);
        }
    }

    @Schema(description = "A unit's snapshot: open until committed")
    public record SnapshotView(
            @Schema(required = true, description = "Pass as snapshotId with the snapshot's batches") UUID snapshotId,
            @Schema(required = true, examples = "SO-YTE") String unitCode,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                    description = "When it was committed; null while open")
            OffsetDateTime committedAt,
            @Schema(required = true, nullable = true, description = "Records the commit removed; null while open")
            Integer removed) {
    }
}
