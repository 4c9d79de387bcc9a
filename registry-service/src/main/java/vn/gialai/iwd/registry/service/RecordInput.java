package vn.gialai.iwd.registry.service;

import java.time.LocalDate;
import java.util.List;

/**
 * One record as a unit's system sends it. Codes arrive as strings so that a wrong code is reported
 * as a field error with a stable code rather than a parse failure. {@code externalId} is used in
 * batches only (in a single PUT it comes from the path).
 */
public record RecordInput(
        String externalId,
        String fullName,
        String nationalId,
        LocalDate dateOfBirth,
        Integer birthYear,
        String gender,
        String ethnicity,
        String highestQualification,
        String academicTitle,
        String fieldOfStudy,
        String sector,
        String employment,
        String employer,
        Boolean meetsStandard,
        Boolean trainedAbroad,
        Boolean livesAbroad,
        Boolean foreignNational,
        List<ContributionInput> contributions,
        LocalDate effectiveDate) {

    public record ContributionInput(String type, String title, Integer year, String level) {
    }
}
