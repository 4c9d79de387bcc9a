package vn.gialai.iwd.registry.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data of {@code vn.gialai.iwd.registry.person.changed}: a person's statistical profile only —
 * never a name, national ID or date of birth (docs/events/person-changed.schema.json).
 */
public record PersonChanged(
        UUID personId,
        long version,
        boolean removed,
        Integer birthYear,
        String gender,
        String ethnicity,
        String ethnicGroup,
        String highestQualification,
        String academicTitle,
        String fieldOfStudy,
        String sector,
        String employment,
        String stateApparatus,
        Boolean meetsStandard,
        boolean trainedAbroad,
        boolean livesAbroad,
        boolean foreignNational,
        List<Membership> units,
        Map<String, Integer> contributions,
        List<ContributionCount> contributionCounts) {

    public static final String TYPE = "vn.gialai.iwd.registry.person.changed";

    /**
     * Version 2 added {@code contributionCounts}; a reader of version 1 ignores it (docs/events/README.md).
     * Sent as the CloudEvent's {@code dataschema}.
     */
    public static final String SCHEMA = "https://iwd.gialai.gov.vn/events/person-changed/2";

    /** Distinct contributions of one type, level and year (never their titles). */
    public record ContributionCount(String type, String level, int year, int count) {
    }

    /** The person is reported by {@code unitCode} from {@code from}; {@code to} is the removal date, if removed. */
    public record Membership(String unitCode, LocalDate from, LocalDate to) {
    }
}
