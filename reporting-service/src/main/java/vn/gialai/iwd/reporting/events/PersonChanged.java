package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tolerant reader of registry's {@code vn.gialai.iwd.registry.person.changed} data
 * (docs/events/person-changed.schema.json). The 2-digit ethnicity code is deliberately not read:
 * statistics need only {@code ethnicGroup}, and sensitive data we do not hold cannot leak.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonChanged(UUID personId, long version, boolean removed, Integer birthYear, String gender,
                            String ethnicGroup, String highestQualification, String academicTitle,
                            String fieldOfStudy, String sector, String employment, String stateApparatus,
                            Boolean meetsStandard, boolean trainedAbroad, boolean livesAbroad,
                            boolean foreignNational, List<Membership> units, Map<String, Integer> contributions,
                            List<ContributionCount> contributionCounts) {

    public static final String TYPE = "vn.gialai.iwd.registry.person.changed";

    /** Since version 2 of the event; absent (null) before. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContributionCount(String type, String level, int year, int count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Membership(String unitCode, LocalDate from, LocalDate to) {
    }
}
