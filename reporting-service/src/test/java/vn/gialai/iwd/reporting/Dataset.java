package vn.gialai.iwd.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The small province the scenario tests count by hand. Event times are fixed (UTC), so "knownAt"
 * answers are the same on every run. Today is after all of them.
 *
 * <pre>
 * person  sex eth      born qualification title  field sector             employment          apparatus meets units (from → to)
 * P1      F   MINORITY 1992 MASTER        -      09    HEALTH             PUBLIC_EMPLOYEE     INSIDE    yes   SO-YTE 2024-01-01
 * P2      M   KINH     1975 DOCTORATE     ASSOC. 09    HEALTH             CIVIL_SERVANT       INSIDE    yes   SO-YTE, SO-GDDT 2024-01-01
 * P3 v1   F   KINH     1995 BACHELOR      -      01    EDUCATION          CIVIL_SERVANT       INSIDE    no    SO-GDDT 2024-01-01
 * P3 v2   (known from 2026-02-15) the same, now meeting the standard
 * P4      M   MINORITY 1958 COLLEGE       -      08    AGRICULTURE        RETIRED             RETIRED   -     623 (old district) 2024-01-01
 * P5      F   KINH     2000 COLLEGE       -      06    INDUSTRY           PRIVATE_ENTERPRISE  OUTSIDE   -     SO-KHDT (merged into SO-TC) 2025-06-01
 * P6      M   KINH     1968 DOCTORATE     PROF.  05    SCIENCE_TECHNOLOGY CIVIL_SERVANT       INSIDE    yes   SO-TC 2024-01-01
 * P7 v1   M   KINH     1980 BACHELOR      -      09    HEALTH             CIVIL_SERVANT       INSIDE    no    SO-YTE 2024-01-01
 * P7 v2   (known from 2026-01-20) removed, without a profile (as registry sends it): the record ended 2025-03-01
 * T1..T10 F   KINH     1985 BACHELOR      -      01    EDUCATION          PUBLIC_EMPLOYEE     INSIDE    yes   SO-GDDT 2024-09-01
 * </pre>
 */
final class Dataset {

    static final String FIRST_KNOWN = "2026-01-10T03:00:00Z";
    static final String P7_REMOVED = "2026-01-20T03:00:00Z";
    static final String P3_MEETS_STANDARD = "2026-02-15T03:00:00Z";

    static final String P1 = id(1), P2 = id(2), P3 = id(3), P4 = id(4), P5 = id(5), P6 = id(6), P7 = id(7);

    private Dataset() {
    }

    static String id(int n) {
        return new UUID(0xA11CEL, n).toString();
    }

    /** A person event as registry publishes it (docs/events/person-changed.schema.json). */
    static String person(String id, int version, String time, boolean removed, Integer birthYear, String gender,
                         String ethnicGroup, String qualification, String title, String field, String sector,
                         String employment, String apparatus, Boolean meets, String units) {
        return person(id, version, time, removed, birthYear, gender, ethnicGroup, qualification, title, field, sector,
                employment, apparatus, meets, false, false, units);
    }

    /** The same, for a person trained abroad or living abroad. */
    static String person(String id, int version, String time, boolean removed, Integer birthYear, String gender,
                         String ethnicGroup, String qualification, String title, String field, String sector,
                         String employment, String apparatus, Boolean meets, boolean trainedAbroad, boolean livesAbroad,
                         String units) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/iwd/registry-service",
                 "type": "vn.gialai.iwd.registry.person.changed", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json",
                 "data": {"personId": "%s", "version": %d, "removed": %s, "birthYear": %s, "gender": %s,
                          "ethnicity": %s, "ethnicGroup": %s, "highestQualification": %s, "academicTitle": %s,
                          "fieldOfStudy": %s, "sector": %s, "employment": %s, "stateApparatus": %s,
                          "meetsStandard": %s, "trainedAbroad": %s, "livesAbroad": %s, "foreignNational": false,
                          "units": [%s], "contributions": {"RESEARCH_PROJECT": 2}}}"""
                .formatted(UUID.randomUUID(), id, time, id, version, removed, birthYear, quoted(gender),
                        quoted(ethnicGroup == null ? null : "MINORITY".equals(ethnicGroup) ? "10" : "01"), quoted(ethnicGroup),
                        quoted(qualification), quoted(title), quoted(field), quoted(sector), quoted(employment),
                        quoted(apparatus), meets, trainedAbroad, livesAbroad, units);
    }

    /** A person event of version 2: its contributions by type, level and year, e.g. "PATENT NATIONAL 2024 2". */
    static String withContributions(String personEvent, String... typeLevelYearCount) {
        String counts = Stream.of(typeLevelYearCount).map(entry -> entry.split(" ")).map(parts -> """
                {"type": "%s", "level": "%s", "year": %s, "count": %s}""".formatted(parts[0], parts[1], parts[2], parts[3]))
                .collect(Collectors.joining(", "));
        return personEvent.replace("\"datacontenttype\": \"application/json\",",
                        "\"datacontenttype\": \"application/json\", \"dataschema\": \"https://iwd.gialai.gov.vn/events/person-changed/2\",")
                .replace("\"contributions\": {\"RESEARCH_PROJECT\": 2}}", "\"contributions\": {}, \"contributionCounts\": [" + counts + "]}");
    }

    static String unit(String code, String from, String to) {
        return """
                {"unitCode": "%s", "from": "%s", "to": %s}""".formatted(code, from, quoted(to));
    }

    static String unitEvent(String code, String name, String kind, String validFrom, String validTo, String successor) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/iwd/registry-service",
                 "type": "vn.gialai.iwd.registry.unit.changed", "subject": "%s", "time": "%s",
                 "datacontenttype": "application/json",
                 "data": {"code": "%s", "nameVi": "%s", "kind": "%s", "validFrom": "%s", "validTo": %s,
                          "successorCodes": [%s], "version": 1}}"""
                .formatted(UUID.randomUUID(), code, FIRST_KNOWN, code, name, kind, validFrom, quoted(validTo),
                        successor == null ? "" : quoted(successor));
    }

    /** Key and value of every person event of the data set, each version once, in version order. */
    static List<String[]> personEvents() {
        List<String[]> events = new ArrayList<>();
        add(events, P1, person(P1, 1, FIRST_KNOWN, false, 1992, "F", "MINORITY", "MASTER", null, "09", "HEALTH",
                "PUBLIC_EMPLOYEE", "INSIDE", true, unit("SO-YTE", "2024-01-01", null)));
        add(events, P2, person(P2, 1, FIRST_KNOWN, false, 1975, "M", "KINH", "DOCTORATE", "ASSOCIATE_PROFESSOR", "09",
                "HEALTH", "CIVIL_SERVANT", "INSIDE", true,
                unit("SO-GDDT", "2024-01-01", null) + ", " + unit("SO-YTE", "2024-01-01", null)));
        add(events, P3, p3(1, FIRST_KNOWN, false));
        add(events, P3, p3(2, P3_MEETS_STANDARD, true));
        add(events, P4, person(P4, 1, FIRST_KNOWN, false, 1958, "M", "MINORITY", "COLLEGE", null, "08", "AGRICULTURE",
                "RETIRED", "RETIRED", null, unit("623", "2024-01-01", null)));
        add(events, P5, person(P5, 1, FIRST_KNOWN, false, 2000, "F", "KINH", "COLLEGE", null, "06", "INDUSTRY",
                "PRIVATE_ENTERPRISE", "OUTSIDE", null, unit("SO-KHDT", "2025-06-01", null)));
        add(events, P6, person(P6, 1, FIRST_KNOWN, false, 1968, "M", "KINH", "DOCTORATE", "PROFESSOR", "05",
                "SCIENCE_TECHNOLOGY", "CIVIL_SERVANT", "INSIDE", true, unit("SO-TC", "2024-01-01", null)));
        add(events, P7, person(P7, 1, FIRST_KNOWN, false, 1980, "M", "KINH", "BACHELOR", null, "09", "HEALTH",
                "CIVIL_SERVANT", "INSIDE", false, unit("SO-YTE", "2024-01-01", null)));
        // As registry publishes a person without active records: no profile, only the dated memberships.
        add(events, P7, person(P7, 2, P7_REMOVED, true, null, null, null, null, null, null, null, null, null, null,
                unit("SO-YTE", "2024-01-01", "2025-03-01")));
        for (int teacher = 1; teacher <= 10; teacher++) {
            String id = id(100 + teacher);
            add(events, id, person(id, 1, FIRST_KNOWN, false, 1985, "F", "KINH", "BACHELOR", null, "01", "EDUCATION",
                    "PUBLIC_EMPLOYEE", "INSIDE", true, unit("SO-GDDT", "2024-09-01", null)));
        }
        return events;
    }

    static String p3(int version, String time, boolean meets) {
        return person(P3, version, time, false, 1995, "F", "KINH", "BACHELOR", null, "01", "EDUCATION",
                "CIVIL_SERVANT", "INSIDE", meets, unit("SO-GDDT", "2024-01-01", null));
    }

    private static void add(List<String[]> events, String key, String value) {
        events.add(new String[]{key, value});
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
