package vn.gialai.iwd.registry.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the registry keeps of a reported record, after normalisation. Its hash tells an UNCHANGED
 * record from an UPDATED one, so the components and their order are part of the stored hashes.
 */
public record RecordContent(String fullName, String nationalIdHmac, String nationalIdLast4, LocalDate dateOfBirth,
                            int birthYear, String gender, String ethnicity, String highestQualification,
                            String academicTitle, String fieldOfStudy, String sector, String employment,
                            String employer, Boolean meetsStandard, boolean trainedAbroad, boolean livesAbroad,
                            boolean foreignNational, List<Contribution> contributions, LocalDate effectiveDate) {
}
