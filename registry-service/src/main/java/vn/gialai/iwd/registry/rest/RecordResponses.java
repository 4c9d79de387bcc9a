package vn.gialai.iwd.registry.rest;

import vn.gialai.iwd.registry.domain.Contribution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Response bodies of the record endpoints. */
public final class RecordResponses {

    private RecordResponses() {
    }

    public record WriteResult(String unitCode, String externalId, UUID personId, long version, String outcome,
                              List<Problem.FieldError> warnings) {
    }

    public record Rejection(int index, String externalId, List<Problem.FieldError> errors) {
    }

    public record ItemWarning(int index, String externalId, String field, String code, String message) {
    }

    public record BatchResult(int received, int created, int updated, int unchanged, List<Rejection> rejected,
                              List<ItemWarning> warnings) {
    }

    public record RecordView(String unitCode, String externalId, UUID personId, String fullName,
                             String nationalIdLast4, LocalDate dateOfBirth, int birthYear, String gender,
                             String ethnicity, String highestQualification, String academicTitle, String fieldOfStudy,
                             String sector, String employment, String employer, Boolean meetsStandard,
                             boolean trainedAbroad, boolean livesAbroad, boolean foreignNational,
                             List<Contribution> contributions, LocalDate effectiveDate, LocalDate removedOn,
                             String removalReason, long version, OffsetDateTime updatedAt) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    public record SnapshotView(UUID snapshotId, String unitCode, OffsetDateTime createdAt, OffsetDateTime committedAt,
                               Integer removed) {
    }
}
