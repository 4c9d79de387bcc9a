package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Every rule a record must satisfy, each yielding a field-level finding with a stable code. */
@ApplicationScoped
public class RecordValidator {

    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    /** Levels a unit's HR system may send that are real but below the registry's threshold. */
    private static final Set<String> BELOW_COLLEGE = Set.of("NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY",
            "HIGH_SCHOOL", "ELEMENTARY", "VOCATIONAL", "INTERMEDIATE");
    private static final int OLDEST_BIRTH_YEAR = 1900;
    private static final int YOUNGEST_AGE = 15;

    private final CodeLists codes;
    private final Clock clock;

    RecordValidator(CodeLists codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Every finding on a submitted record: the values that could not be read, then the rules over the
     * values that could (a field that could not be read is not reported again as missing). A batch
     * record must carry its externalId; a PUT takes it from the path.
     */
    public List<Finding> validate(SubmittedRecord submitted, boolean externalIdRequired) {
        if (submitted.input() == null) {
            return submitted.readErrors();
        }
        List<Finding> rules = validate(submitted.input());
        if (externalIdRequired) {
            checkExternalId(submitted.externalId(), rules);
        }
        if (submitted.readErrors().isEmpty()) {
            return rules;
        }
        List<Finding> findings = new ArrayList<>(submitted.readErrors());
        Set<String> unreadable = submitted.readErrors().stream().map(Finding::field).collect(Collectors.toSet());
        for (Finding finding : rules) {
            if (!unreadable.contains(finding.field())) {
                findings.add(finding);
            }
        }
        return findings;
    }

    /** The externalId of a batch record, or of the path of a PUT. */
    public static void checkExternalId(String externalId, List<Finding> findings) {
        if (externalId == null || externalId.isBlank()) {
            findings.add(Finding.error("externalId", "REQUIRED"));
        } else if (!EXTERNAL_ID.matcher(externalId).matches()) {
            findings.add(Finding.error("externalId", "INVALID_FORMAT"));
        }
    }

    private List<Finding> validate(RecordInput record) {
        List<Finding> findings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (record.fullName() == null || Names.fold(record.fullName()).isEmpty()) {
            findings.add(Finding.error("fullName", "REQUIRED"));
        } else if (Names.normalise(record.fullName()).length() > 200) {
            findings.add(Finding.error("fullName", "TOO_LONG", 200));
        } else {
            checkStorable("fullName", record.fullName(), findings);
        }
        checkBirth(record, today, findings);
        checkNationalId(record, findings);
        if (record.gender() == null) {
            findings.add(Finding.error("gender", "REQUIRED"));
        } else {
            checkCode("gender", "genders", record.gender(), findings);
        }
        checkCode("ethnicity", "ethnicities", record.ethnicity(), findings);
        checkQualification(record.highestQualification(), findings);
        checkCode("academicTitle", "academicTitles", record.academicTitle(), findings);
        checkCode("fieldOfStudy", "fieldsOfStudy", record.fieldOfStudy(), findings);
        requireCode("sector", "sectors", record.sector(), findings);
        requireCode("employment", "employment", record.employment(), findings);
        if (record.employer() != null && record.employer().length() > 300) {
            findings.add(Finding.error("employer", "TOO_LONG", 300));
        } else {
            checkStorable("employer", record.employer(), findings);
        }
        if (record.meetsStandard() != null && record.employment() != null
                && !CodeLists.STANDARD_APPLIES.contains(record.employment())) {
            findings.add(Finding.warning("meetsStandard", "NOT_APPLICABLE"));
        }
        checkContributions(record.contributions(), today, findings);
        if (record.effectiveDate() != null && record.effectiveDate().isAfter(today)) {
            findings.add(Finding.error("effectiveDate", "IN_FUTURE"));
        } else if (record.effectiveDate() != null && record.effectiveDate().getYear() < OLDEST_BIRTH_YEAR) {
            // Year 0 and years BC are well-formed ISO dates that PostgreSQL cannot store (issue 15).
            findings.add(Finding.error("effectiveDate", "OUT_OF_RANGE", OLDEST_BIRTH_YEAR + "-01-01", today));
        }
        return findings;
    }

    /** The birth year the record states, from the date of birth when given. */
    public static Integer birthYearOf(RecordInput record) {
        return record.dateOfBirth() != null ? Integer.valueOf(record.dateOfBirth().getYear()) : record.birthYear();
    }

    private void checkBirth(RecordInput record, LocalDate today, List<Finding> findings) {
        if (record.dateOfBirth() == null && record.birthYear() == null) {
            findings.add(Finding.error("dateOfBirth", "REQUIRED"));
            return;
        }
        if (record.dateOfBirth() != null && record.birthYear() != null
                && record.dateOfBirth().getYear() != record.birthYear()) {
            findings.add(Finding.error("birthYear", "BIRTH_YEAR_CONFLICT"));
        }
        int year = birthYearOf(record);
        if (year < OLDEST_BIRTH_YEAR || year > today.getYear() - YOUNGEST_AGE) {
            findings.add(Finding.error(record.dateOfBirth() != null ? "dateOfBirth" : "birthYear", "OUT_OF_RANGE",
                    OLDEST_BIRTH_YEAR, today.getYear() - YOUNGEST_AGE));
        }
    }

    /**
     * CCCD: 12 digits; digits 1–3 the province of birth (001–096); digit 4 encodes century and gender
     * (0/1: 1900s male/female, 2/3: 2000s, …); digits 5–6 the last two digits of the birth year.
     * A mismatch with the record is a warning: HR data and ID cards both contain errors.
     */
    private static void checkNationalId(RecordInput record, List<Finding> findings) {
        String id = record.nationalId();
        if (id == null) {
            return;
        }
        if (!CCCD.matcher(id).matches()) {
            findings.add(Finding.error("nationalId", "INVALID_FORMAT"));
            return;
        }
        int province = Integer.parseInt(id.substring(0, 3));
        if (province < 1 || province > 96) {
            findings.add(Finding.error("nationalId", "INVALID_PROVINCE"));
            return;
        }
        int centuryGender = id.charAt(3) - '0';
        String encodedGender = centuryGender % 2 == 0 ? "M" : "F";
        if (record.gender() != null && !encodedGender.equals(record.gender())) {
            findings.add(Finding.warning("nationalId", "GENDER_MISMATCH"));
        }
        Integer birthYear = birthYearOf(record);
        if (birthYear != null) {
            int encodedYear = 1900 + (centuryGender / 2) * 100 + Integer.parseInt(id.substring(4, 6));
            if (encodedYear != birthYear) {
                findings.add(Finding.warning("nationalId", "BIRTH_YEAR_MISMATCH"));
            }
        }
    }

    /**
     * Free text must be text PostgreSQL stores as sent: U+0000 is refused by the database and an
     * unpaired surrogate (a JSON escape such as \\ud800) would be stored as "?". Both are INVALID_FORMAT
     * (issue 15: they were a 500); every other character, controls included, is stored verbatim.
     */
    private static void checkStorable(String field, String text, List<Finding> findings) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (c == 0 || unpaired) {
                findings.add(Finding.error(field, "INVALID_FORMAT"));
                return;
            }
        }
    }

    private void checkQualification(String qualification, List<Finding> findings) {
        if (qualification == null) {
            findings.add(Finding.error("highestQualification", "REQUIRED"));
        } else if (BELOW_COLLEGE.contains(qualification)) {
            findings.add(Finding.error("highestQualification", "BELOW_COLLEGE"));
        } else {
            checkCode("highestQualification", "qualifications", qualification, findings);
        }
    }

    private void checkContributions(List<RecordInput.ContributionInput> contributions, LocalDate today,
                                    List<Finding> findings) {
        if (contributions == null) {
            return;
        }
        for (int i = 0; i < contributions.size(); i++) {
            RecordInput.ContributionInput contribution = contributions.get(i);
            String prefix = "contributions[" + i + "].";
            if (contribution == null) {
                findings.add(Finding.error("contributions[" + i + "]", "REQUIRED"));
                continue;
            }
            requireCode(prefix + "type", "contributionTypes", contribution.type(), findings);
            requireCode(prefix + "level", "contributionLevels", contribution.level(), findings);
            if (contribution.title() == null || contribution.title().isBlank()) {
                findings.add(Finding.error(prefix + "title", "REQUIRED"));
            } else if (contribution.title().length() > 500) {
                findings.add(Finding.error(prefix + "title", "TOO_LONG", 500));
            } else {
                checkStorable(prefix + "title", contribution.title(), findings);
            }
            if (contribution.year() == null) {
                findings.add(Finding.error(prefix + "year", "REQUIRED"));
            } else if (contribution.year() < 1950 || contribution.year() > today.getYear()) {
                findings.add(Finding.error(prefix + "year", "OUT_OF_RANGE", 1950, today.getYear()));
            }
        }
    }

    private void requireCode(String field, String list, String value, List<Finding> findings) {
        if (value == null) {
            findings.add(Finding.error(field, "REQUIRED"));
        } else {
            checkCode(field, list, value, findings);
        }
    }

    private void checkCode(String field, String list, String value, List<Finding> findings) {
        if (value != null && !codes.contains(list, value)) {
            findings.add(Finding.error(field, "UNKNOWN_CODE", list));
        }
    }
}
