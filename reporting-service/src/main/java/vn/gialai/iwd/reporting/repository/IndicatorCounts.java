package vn.gialai.iwd.reporting.repository;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The counts behind the indicators, each a condition on a person's cell. {@link AggregateQueries}
 * counts them over any population and {@link CounterRepository} keeps them per birth year in
 * person_total, so that "now" and past answers count by the same rules.
 */
final class IndicatorCounts {

    /** A person_total column and the cell condition it counts. */
    record Count(String column, String condition) {
    }

    /** BACHELOR or higher: DESIGN §3's "university or higher". */
    private static final List<String> UNIVERSITY_PLUS_QUALIFICATIONS = List.of("BACHELOR", "MASTER", "DOCTORATE");

    static final String UNIVERSITY_PLUS = UNIVERSITY_PLUS_QUALIFICATIONS.stream()
            .map(qualification -> "'" + qualification + "'").collect(Collectors.joining(", ", "qualification in (", ")"));

    static final List<Count> ALL = List.of(
            new Count("persons", "true"),
            new Count("university_plus", UNIVERSITY_PLUS),
            new Count("civil_servants", "employment = 'CIVIL_SERVANT'"),
            new Count("civil_servants_meeting_standard", "employment = 'CIVIL_SERVANT' and meets_standard"),
            new Count("women", "gender = 'F'"),
            new Count("ethnic_minorities", "ethnic_group = 'MINORITY'"),
            new Count("retired", "state_apparatus = 'RETIRED'"),
            new Count("outside_state", "state_apparatus = 'OUTSIDE'"),
            new Count("doctorates", "qualification = 'DOCTORATE'"),
            new Count("professors", "academic_title = 'PROFESSOR'"),
            new Count("associate_professors", "academic_title = 'ASSOCIATE_PROFESSOR'"));

    private IndicatorCounts() {
    }

    /** The same rule as {@link #UNIVERSITY_PLUS}, for the counters summed before they reach the database. */
    static boolean universityPlus(String qualification) {
        return qualification != null && UNIVERSITY_PLUS_QUALIFICATIONS.contains(qualification);
    }

    /** Young means aged 35 or less in the asOf year; it depends on that year, hence birth_year stays a key. */
    static String young(int asOfYear) {
        return "birth_year > " + (asOfYear - 36);
    }
}
