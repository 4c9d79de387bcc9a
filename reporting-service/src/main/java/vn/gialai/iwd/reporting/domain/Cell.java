package vn.gialai.iwd.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static vn.gialai.iwd.reporting.repository.Jdbc.booleanOrNull;
import static vn.gialai.iwd.reporting.repository.Jdbc.integerOrNull;

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

    public static Cell read(ResultSet row) throws SQLException {
        return new Cell(integerOrNull(row, "birth_year"), row.getString("gender"), row.getString("ethnic_group"),
                row.getString("qualification"), row.getString("academic_title"), row.getString("field_of_study"),
                row.getString("sector"), row.getString("employment"), row.getString("state_apparatus"),
                booleanOrNull(row, "meets_standard"), row.getBoolean("trained_abroad"),
                row.getBoolean("lives_abroad"), row.getBoolean("foreign_national"));
    }
}
