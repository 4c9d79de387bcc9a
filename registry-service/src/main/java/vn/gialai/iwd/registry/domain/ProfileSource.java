package vn.gialai.iwd.registry.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The part of a record that a person's statistical profile is derived from (no name, national ID or date of birth). */
public record ProfileSource(UUID personId, String unitCode, int birthYear, String gender, String ethnicity,
                            String highestQualification, String academicTitle, String fieldOfStudy, String sector,
                            String employment, Boolean meetsStandard, boolean trainedAbroad, boolean livesAbroad,
                            boolean foreignNational, List<Contribution> contributions, LocalDate effectiveDate,
                            LocalDate removedOn, String removalReason, OffsetDateTime updatedAt) {

    public boolean isActive() {
        return removedOn == null;
    }

    public static ProfileSource of(UUID personId, String unitCode, RecordContent content, OffsetDateTime updatedAt) {
        return new ProfileSource(personId, unitCode, content.birthYear(), content.gender(), content.ethnicity(),
                content.highestQualification(), content.academicTitle(), content.fieldOfStudy(), content.sector(),
                content.employment(), content.meetsStandard(), content.trainedAbroad(), content.livesAbroad(),
                content.foreignNational(), content.contributions(), content.effectiveDate(), null, null, updatedAt);
    }
}
