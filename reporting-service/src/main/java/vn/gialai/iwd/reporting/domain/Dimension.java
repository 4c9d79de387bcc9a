package vn.gialai.iwd.reporting.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a breakdown can group or filter by (DESIGN §4, plus the overseas flags the plan prioritises).
 * UNIT counts records (a person reported by two units appears in both rows); every other dimension
 * counts persons. AGE_BAND is derived at query time from the birth year and the asOf year.
 */
public enum Dimension {
    UNIT("unit", "unit_code"),
    SECTOR("sector", "sector"),
    QUALIFICATION("qualification", "qualification"),
    EMPLOYMENT("employment", "employment"),
    STATE_APPARATUS("stateApparatus", "state_apparatus"),
    GENDER("gender", "gender"),
    ETHNIC_GROUP("ethnicGroup", "ethnic_group"),
    AGE_BAND("ageBand", "birth_year"),
    FIELD_OF_STUDY("fieldOfStudy", "field_of_study"),
    ACADEMIC_TITLE("academicTitle", "academic_title"),
    MEETS_STANDARD("meetsStandard", "meets_standard"),
    TRAINED_ABROAD("trainedAbroad", "trained_abroad"),
    LIVES_ABROAD("livesAbroad", "lives_abroad"),
    FOREIGN_NATIONAL("foreignNational", "foreign_national");

    /** The key of a person whose value is not known (e.g. no academic title, no birth year). */
    public static final String UNKNOWN = "UNKNOWN";

    private final String apiName;
    private final String column;

    Dimension(String apiName, String column) {
        this.apiName = apiName;
        this.column = column;
    }

    public String apiName() {
        return apiName;
    }

    /** The cell column this dimension's key is taken from (AGE_BAND is derived from birth_year). */
    public String column() {
        return column;
    }

    public static Optional<Dimension> byApiName(String name) {
        return Arrays.stream(values()).filter(dimension -> dimension.apiName.equals(name)).findFirst();
    }

    /**
     * The SQL expression for this dimension's key over a source with the cell columns. Age bands
     * (≤30, 31–35, 36–45, 46–55, 56–60, >60) use the age reached in {@code asOfYear}.
     */
    public String keyExpression(int asOfYear) {
        if (this == AGE_BAND) {
            String age = asOfYear + " - birth_year";
            return "case when birth_year is null then '" + UNKNOWN + "'"
                    + " when " + age + " <= 30 then '0-30' when " + age + " <= 35 then '31-35'"
                    + " when " + age + " <= 45 then '36-45' when " + age + " <= 55 then '46-55'"
                    + " when " + age + " <= 60 then '56-60' else '61+' end";
        }
        return "coalesce(" + column + "::text, '" + UNKNOWN + "')";
    }
}
