package vn.gialai.iwd.reporting.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A person's value on every non-unit dimension. Persons with equal cells are indistinguishable to every
 * indicator and breakdown, so a poll's changes are summed per cell before they reach the counters.
 */
public record Cell(Integer birthYear, String gender, String ethnicGroup, String qualification, String academicTitle,
                   String fieldOfStudy, String sector, String employment, String stateApparatus,
                   Boolean meetsStandard, boolean trainedAbroad, boolean livesAbroad, boolean foreignNational) {

    /** The SQL columns and their types, in the order of {@link #values()}, shared by person_state and person_version. */
    public static final List<String> COLUMN_NAMES = List.of("birth_year", "gender", "ethnic_group", "qualification",
            "academic_title", "field_of_study", "sector", "employment", "state_apparatus", "meets_standard",
            "trained_abroad", "lives_abroad", "foreign_national");

    public static final List<String> SQL_TYPES = List.of("integer", "varchar", "varchar", "varchar", "varchar",
            "varchar", "varchar", "varchar", "varchar", "boolean", "boolean", "boolean", "boolean");

    public static final String COLUMNS = String.join(", ", COLUMN_NAMES);

    public static final int COLUMN_COUNT = COLUMN_NAMES.size();

    public List<Object> values() {
        return Arrays.asList(birthYear, gender, ethnicGroup, qualification, academicTitle, fieldOfStudy, sector,
                employment, stateApparatus, meetsStandard, trainedAbroad, livesAbroad, foreignNational);
    }
}
