package vn.gialai.iwd.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Response bodies of the person, duplicate and checksum endpoints. Every member is always present
 * (Jackson writes nulls): the schemas list them all as required and say which may be null.
 */
public final class PersonResponses {

    private PersonResponses() {
    }

    @Schema(description = "One record of a person, by its key")
    public record RecordRef(
            @Schema(required = true, examples = "SO-YTE") String unitCode,
            @Schema(required = true, examples = "HR-000123") String externalId,
            @Schema(required = true) LocalDate effectiveDate,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date",
                    description = "Null while the record is active") LocalDate removedOn,
            @Schema(required = true, nullable = true, description = "Null while the record is active") String removalReason) {
    }

    @Schema(description = "A de-duplicated person: the profile derived from its active records, and all its records. "
            + "Name, birth year and gender are those of its latest active record (else its latest record); the "
            + "profile fields are null when the person has no active record.")
    public record PersonView(
            @Schema(required = true) UUID personId,
            @Schema(required = true, nullable = true, description = "Null when the person has no record") String fullName,
            @Schema(required = true, nullable = true, description = "Null when the person has no record") Integer birthYear,
            @Schema(required = true, nullable = true, description = "M or F; null when the person has no record")
            String gender,
            @Schema(required = true, nullable = true, description = "Last 4 digits of the national ID (CCCD), if known")
            String nationalIdLast4,
            @Schema(required = true, nullable = true, description = "Highest qualification over the active records")
            String highestQualification,
            @Schema(required = true, nullable = true) String academicTitle,
            @Schema(required = true, nullable = true, description = "From the active record with the latest effective date")
            String sector,
            @Schema(required = true, nullable = true, description = "From the active record with the latest effective date")
            String employment,
            @Schema(required = true, description = "Number of active records") int activeRecords,
            @Schema(required = true, description = "The person's version, raised by every change of its profile")
            long version,
            @Schema(required = true, description = "Every record of the person, newest effective first")
            List<RecordRef> records) {
    }

    @Schema(description = "A review case: two persons that may be one")
    public record DuplicateView(
            @Schema(required = true, description = "The case's id") long id,
            @Schema(required = true, description = "The person a MERGE keeps") UUID personId,
            @Schema(required = true, description = "The person a MERGE absorbs") UUID otherPersonId,
            @Schema(required = true, description = "SUPERSEDED: closed because a merge made another case ask the same",
                    enumeration = {"OPEN", "MERGED", "DISTINCT", "SUPERSEDED"}) String status,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                    description = "Null while OPEN") OffsetDateTime resolvedAt,
            @Schema(required = true, nullable = true, description = "Client that resolved the case; null while OPEN")
            String resolvedBy) {
    }

    @Schema(description = "A reviewer's decision on a duplicate case")
    public record ResolveRequest(
            @Schema(required = true, description = "MERGE: one person; DISTINCT: two persons",
                    enumeration = {"MERGE", "DISTINCT"})
            @jakarta.validation.constraints.NotNull String action) {
    }

    @Schema(description = "Persons with an active record and an order-independent checksum of their (id, version) pairs")
    public record ChecksumView(
            @Schema(required = true, description = "Persons with at least one active record") long persons,
            @Schema(required = true, description = "Sum of a 60-bit hash of each such person's id and version, as "
                    + "a decimal integer", pattern = "^[0-9]+$", examples = "123456789012345678901") String checksum) {

        static ChecksumView of(long persons, BigInteger checksum) {
            return new ChecksumView(persons, checksum.toString());
        }
    }
}
