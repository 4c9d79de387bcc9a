package vn.gialai.iwd.registry.rest;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Response bodies of the person, duplicate and checksum endpoints. */
public final class PersonResponses {

    private PersonResponses() {
    }

    public record RecordRef(String unitCode, String externalId, LocalDate effectiveDate, LocalDate removedOn,
                            String removalReason) {
    }

    public record PersonView(UUID personId, String fullName, Integer birthYear, String gender,
                             String nationalIdLast4, String highestQualification, String academicTitle, String sector,
                             String employment, int activeRecords, long version, List<RecordRef> records) {
    }

    public record DuplicateView(long id, UUID personId, UUID otherPersonId, String status, OffsetDateTime createdAt,
                                OffsetDateTime resolvedAt, String resolvedBy) {
    }

    public record ResolveRequest(@jakarta.validation.constraints.NotNull String action) {
    }

    public record ChecksumView(long persons, String checksum) {

        static ChecksumView of(long persons, BigInteger checksum) {
            return new ChecksumView(persons, checksum.toString());
        }
    }
}
