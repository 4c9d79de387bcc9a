package vn.gialai.iwd.registry.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of {@link RecordValidator} (DESIGN.md §3 "Record", docs/decisions.md §5, the record's OpenAPI
 * schema), each with its field and stable code, on records built by hand. "Today" is 15 June 2026 in
 * Asia/Ho_Chi_Minh; the code lists are the Flyway seed's.
 */
class RecordValidatorTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 10:00 on 15 June 2026 in Vietnam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T03:00:00Z"), VIETNAM);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    /** The youngest birth year: 15 years before the current year (2026 − 15). */
    static final int YOUNGEST = 2011;

    static CodeLists codes;
    static RecordValidator validator;

    @BeforeAll
    static void codeListsFromTheSeed() {
        codes = SeededCodeLists.load();
        validator = new RecordValidator(codes, CLOCK);
    }

    /** A complete, valid record: a woman born 15 March 1985 in Gia Lai (province 064), CCCD 064185000123. */
    static final class Rec {
        String externalId = "HR-000123";
        String fullName = "Nguyễn Thị Hồng";
        String nationalId = "064185000123";
        LocalDate dateOfBirth = LocalDate.of(1985, 3, 15);
        Integer birthYear;
        String gender = "F";
        String ethnicity = "10";
        String highestQualification = "MASTER";
        String academicTitle;
        String fieldOfStudy = "09";
        String sector = "HEALTH";
        String employment = "CIVIL_SERVANT";
        String employer = "Sở Y tế tỉnh Gia Lai";
        Boolean meetsStandard = true;
        Boolean trainedAbroad;
        Boolean livesAbroad;
        Boolean foreignNational;
        List<RecordInput.ContributionInput> contributions =
                List.of(new RecordInput.ContributionInput("RESEARCH_PROJECT", "Đề tài cấp tỉnh", 2023, "PROVINCIAL"));
        LocalDate effectiveDate = LocalDate.of(2026, 1, 1);

        RecordInput build() {
            return new RecordInput(externalId, fullName, nationalId, dateOfBirth, birthYear, gender, ethnicity,
                    highestQualification, academicTitle, fieldOfStudy, sector, employment, employer, meetsStandard,
                    trainedAbroad, livesAbroad, foreignNational, contributions, effectiveDate);
        }
    }

    static List<Finding> findings(Consumer<Rec> change) {
        return findings(validator, change);
    }

    static List<Finding> findings(RecordValidator validator, Consumer<Rec> change) {
        Rec rec = new Rec();
        change.accept(rec);
        return validator.validate(new SubmittedRecord(rec.build(), List.of()), false);
    }

    static void assertFindings(Consumer<Rec> change, Finding... expected) {
        assertEquals(Arrays.asList(expected), findings(change));
    }

    static void assertValid(Consumer<Rec> change) {
        assertEquals(List.of(), findings(change));
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }

    static RecordInput.ContributionInput contribution(String type, String title, Integer year, String level) {
        return new RecordInput.ContributionInput(type, title, year, level);
    }

    @Test
    void aCompleteRecordHasNoFinding() {
        assertValid(rec -> { });
    }

    @Test
    void onlyTheRequiredFieldsMakeAValidRecord() {
        assertValid(rec -> {
            rec.externalId = null;
            rec.nationalId = null;
            rec.ethnicity = null;
            rec.academicTitle = null;
            rec.fieldOfStudy = null;
            rec.employer = null;
            rec.meetsStandard = null;
            rec.contributions = null;
            rec.effectiveDate = null;
        });
    }

    @Test
    void everyFindingOfARecordIsReportedAtOnce() {
        List<Finding> findings = findings(rec -> {
            rec.fullName = " ";
            rec.gender = null;
            rec.highestQualification = "UPPER_SECONDARY";
            rec.sector = null;
            rec.employment = "INTERN";
            rec.effectiveDate = TODAY.plusDays(1);
        });
        assertEquals(List.of(
                Finding.error("fullName", "REQUIRED"),
                Finding.error("gender", "REQUIRED"),
                Finding.error("highestQualification", "BELOW_COLLEGE"),
                Finding.error("sector", "REQUIRED"),
                Finding.error("employment", "UNKNOWN_CODE", "employment"),
                // meetsStandard is sent and INTERN is not one of the employments the standard applies to
                Finding.warning("meetsStandard", "NOT_APPLICABLE"),
                Finding.error("effectiveDate", "IN_FUTURE")), findings);
    }

    @Nested
    class FullName {

        @Test
        void isRequiredAndBlankIsAbsent() {
            assertFindings(rec -> rec.fullName = null, Finding.error("fullName", "REQUIRED"));
            assertFindings(rec -> rec.fullName = "", Finding.error("fullName", "REQUIRED"));
            assertFindings(rec -> rec.fullName = " \t\n ", Finding.error("fullName", "REQUIRED"));
        }

        @Test
        void isAtMost200CharactersAfterNfcNormalisation() {
            assertValid(rec -> rec.fullName = repeat("a", 200));
            assertFindings(rec -> rec.fullName = repeat("a", 201), Finding.error("fullName", "TOO_LONG", 200));
            // "ễ" sent decomposed is 3 UTF-16 units (e, U+0302, U+0303) but one character once NFC-normalised
            String decomposed = "e\u0302\u0303";
            assertValid(rec -> rec.fullName = repeat(decomposed, 200));
            assertFindings(rec -> rec.fullName = repeat(decomposed, 201), Finding.error("fullName", "TOO_LONG", 200));
            // surrounding and repeated spaces are not counted: the stored name has them collapsed
            assertValid(rec -> rec.fullName = "   " + repeat("a", 100) + "     " + repeat("b", 99) + "   ");
        }

        @Test
        void aNameOfInvisibleCharactersOnlyIsAbsent() {
            assertFindings(rec -> rec.fullName = "\u00A0", Finding.error("fullName", "REQUIRED"));
            assertFindings(rec -> rec.fullName = "\u200B", Finding.error("fullName", "REQUIRED"));
            assertFindings(rec -> rec.fullName = " \u200B\u00A0\uFEFF ", Finding.error("fullName", "REQUIRED"));
        }

        @Test
        void mustBeTextTheDatabaseStoresAsSent() {
            assertFindings(rec -> rec.fullName = "Nguyễn\u0000Hồng", Finding.error("fullName", "INVALID_FORMAT"));
            assertFindings(rec -> rec.fullName = "Nguyễn \uD800", Finding.error("fullName", "INVALID_FORMAT"));
            assertFindings(rec -> rec.fullName = "\uDC00Hồng", Finding.error("fullName", "INVALID_FORMAT"));
            assertFindings(rec -> rec.fullName = "Hồng\uD800x", Finding.error("fullName", "INVALID_FORMAT"));
            // a surrogate pair (a character outside the BMP, e.g. a rare Hán-Nôm character) is fine, as are controls
            assertValid(rec -> rec.fullName = "Nguyễn \uD840\uDC00");
            assertValid(rec -> rec.fullName = "Nguyễn\u0007Hồng");
        }
    }

    @Nested
    class Birth {

        @Test
        void aDateOfBirthOrABirthYearIsRequired() {
            assertFindings(rec -> rec.dateOfBirth = null, Finding.error("dateOfBirth", "REQUIRED"));
            assertValid(rec -> {
                rec.dateOfBirth = null;
                rec.birthYear = 1985;
            });
            assertValid(rec -> rec.birthYear = 1985);
        }

        @Test
        void aBirthYearThatDisagreesWithTheDateOfBirthIsAConflict() {
            assertFindings(rec -> rec.birthYear = 1986, Finding.error("birthYear", "BIRTH_YEAR_CONFLICT"));
            // 31 December 1985 is still 1985
            assertValid(rec -> {
                rec.dateOfBirth = LocalDate.of(1985, 12, 31);
                rec.birthYear = 1985;
            });
        }

        @Test
        void theYearLiesFrom1900To15YearsBeforeTheCurrentYear() {
            Finding tooOldDate = Finding.error("dateOfBirth", "OUT_OF_RANGE", 1900, YOUNGEST);
            Finding tooOldYear = Finding.error("birthYear", "OUT_OF_RANGE", 1900, YOUNGEST);
            Consumer<Rec> noCccd = rec -> rec.nationalId = null;
            assertValid(noCccd.andThen(rec -> rec.dateOfBirth = LocalDate.of(1900, 1, 1)));
            assertFindings(noCccd.andThen(rec -> rec.dateOfBirth = LocalDate.of(1899, 12, 31)), tooOldDate);
            assertValid(noCccd.andThen(rec -> rec.dateOfBirth = LocalDate.of(YOUNGEST, 12, 31)));
            assertFindings(noCccd.andThen(rec -> rec.dateOfBirth = LocalDate.of(YOUNGEST + 1, 1, 1)), tooOldDate);
            assertFindings(noCccd.andThen(rec -> rec.dateOfBirth = TODAY.plusDays(1)), tooOldDate);

            Consumer<Rec> yearOnly = noCccd.andThen(rec -> rec.dateOfBirth = null);
            assertValid(yearOnly.andThen(rec -> rec.birthYear = 1900));
            assertFindings(yearOnly.andThen(rec -> rec.birthYear = 1899), tooOldYear);
            assertValid(yearOnly.andThen(rec -> rec.birthYear = YOUNGEST));
            assertFindings(yearOnly.andThen(rec -> rec.birthYear = YOUNGEST + 1), tooOldYear);
            assertFindings(yearOnly.andThen(rec -> rec.birthYear = 0), tooOldYear);
        }

        @Test
        void theCurrentYearIsVietnamsYear() {
            // 17:30 UTC on 31 December 2025 is 00:30 on 1 January 2026 in Vietnam: 2011 births are already allowed
            Instant newYearInVietnam = Instant.parse("2025-12-31T17:30:00Z");
            RecordValidator vietnam = new RecordValidator(codes, Clock.fixed(newYearInVietnam, VIETNAM));
            RecordValidator utc = new RecordValidator(codes, Clock.fixed(newYearInVietnam, ZoneOffset.UTC));
            Consumer<Rec> born2011 = rec -> {
                rec.nationalId = null;
                rec.dateOfBirth = null;
                rec.birthYear = 2011;
                rec.effectiveDate = null;
                rec.contributions = null;
            };
            assertEquals(List.of(), findings(vietnam, born2011));
            assertEquals(List.of(Finding.error("birthYear", "OUT_OF_RANGE", 1900, 2010)), findings(utc, born2011));
        }

        @Test
        void birthYearOfPrefersTheDateOfBirth() {
            Rec rec = new Rec();
            rec.birthYear = 1990;
            assertEquals(1985, RecordValidator.birthYearOf(rec.build()));
            rec.dateOfBirth = null;
            assertEquals(1990, RecordValidator.birthYearOf(rec.build()));
            rec.birthYear = null;
            assertNull(RecordValidator.birthYearOf(rec.build()));
        }
    }

    @Nested
    class NationalId {

        @Test
        void isOptionalAndTwelveDigits() {
            assertValid(rec -> rec.nationalId = null);
            Finding format = Finding.error("nationalId", "INVALID_FORMAT");
            assertFindings(rec -> rec.nationalId = "06418500012", format);
            assertFindings(rec -> rec.nationalId = "0641850001234", format);
            assertFindings(rec -> rec.nationalId = "06418500012A", format);
            assertFindings(rec -> rec.nationalId = "064 185 000 123", format);
            assertFindings(rec -> rec.nationalId = " 064185000123", format);
            assertFindings(rec -> rec.nationalId = "", format);
            // Arabic-Indic or full-width digits are not the card's digits
            assertFindings(rec -> rec.nationalId = "٠٦٤١٨٥٠٠٠١٢٣", format);
            assertFindings(rec -> rec.nationalId = "０６４１８５０００１２３", format);
        }

        @Test
        void theFirstThreeDigitsAreAProvinceFrom001To096() {
            Finding province = Finding.error("nationalId", "INVALID_PROVINCE");
            assertFindings(rec -> rec.nationalId = "000185000123", province);
            assertValid(rec -> rec.nationalId = "001185000123");
            assertValid(rec -> rec.nationalId = "096185000123");
            assertFindings(rec -> rec.nationalId = "097185000123", province);
            assertFindings(rec -> rec.nationalId = "999185000123", province);
        }

        @Test
        void anInvalidIdIsNotAlsoComparedWithGenderAndBirthYear() {
            // digit 4 = 0 (a man of the 1900s) and "99" would disagree with this woman born 1985; only the first failure counts
            assertFindings(rec -> rec.nationalId = "000099000123", Finding.error("nationalId", "INVALID_PROVINCE"));
            assertFindings(rec -> rec.nationalId = "06409900012", Finding.error("nationalId", "INVALID_FORMAT"));
        }

        @Test
        void theFourthDigitEncodesGenderAndADisagreementIsAWarning() {
            Finding mismatch = Finding.warning("nationalId", "GENDER_MISMATCH");
            // 0 man / 1 woman born in the 1900s
            assertFindings(rec -> rec.nationalId = "064085000123", mismatch);
            assertValid(rec -> {
                rec.nationalId = "064085000123";
                rec.gender = "M";
            });
            assertFindings(rec -> {
                rec.nationalId = "064185000123";
                rec.gender = "M";
            }, mismatch);
            // without a gender there is nothing to compare with (gender itself is then REQUIRED)
            assertFindings(rec -> {
                rec.nationalId = "064085000123";
                rec.gender = null;
            }, Finding.error("gender", "REQUIRED"));
            assertTrue(findings(rec -> rec.nationalId = "064085000123").get(0).warning(), "a warning, not an error");
        }

        @Test
        void theFourthDigitEncodesTheCenturyAndDigitsFiveAndSixTheYear() {
            Finding mismatch = Finding.warning("nationalId", "BIRTH_YEAR_MISMATCH");
            // a woman born in 2005: digit 4 = 3 (woman, 2000s), then "05"
            Consumer<Rec> born2005 = rec -> rec.dateOfBirth = LocalDate.of(2005, 8, 1);
            assertValid(born2005.andThen(rec -> rec.nationalId = "064305000123"));
            // 1 = woman of the 1900s: 1905, not 2005
            assertFindings(born2005.andThen(rec -> rec.nationalId = "064105000123"), mismatch);
            // a man born in 2001: digit 4 = 2
            assertValid(rec -> {
                rec.gender = "M";
                rec.dateOfBirth = LocalDate.of(2001, 1, 1);
                rec.nationalId = "064201000123";
            });
            // the 1985 woman with a 2000s digit (3 → 2085) or the wrong two digits (86)
            assertFindings(rec -> rec.nationalId = "064385000123", mismatch);
            assertFindings(rec -> rec.nationalId = "064186000123", mismatch);
            // compared with the birth year when only that is known
            assertValid(rec -> {
                rec.dateOfBirth = null;
                rec.birthYear = 1985;
            });
            assertFindings(rec -> {
                rec.dateOfBirth = null;
                rec.birthYear = 1984;
            }, mismatch);
            // 1900 itself: digit 1 and "00"
            assertValid(rec -> {
                rec.dateOfBirth = LocalDate.of(1900, 1, 1);
                rec.nationalId = "064100000123";
            });
        }

        @Test
        void bothWarningsComeTogetherAndTheRecordStaysAcceptable() {
            List<Finding> findings = findings(rec -> rec.nationalId = "064286000123");
            assertEquals(List.of(Finding.warning("nationalId", "GENDER_MISMATCH"),
                    Finding.warning("nationalId", "BIRTH_YEAR_MISMATCH")), findings);
            assertTrue(findings.stream().allMatch(Finding::warning));
        }

        @Test
        void theCardIsComparedWithTheDateOfBirthWhenBirthYearConflicts() {
            // the card says 1985 like the date of birth; the conflicting birthYear is an error of its own
            assertFindings(rec -> rec.birthYear = 1986, Finding.error("birthYear", "BIRTH_YEAR_CONFLICT"));
        }

        @Test
        void noBirthYearMeansNoYearComparison() {
            assertFindings(rec -> {
                rec.dateOfBirth = null;
                rec.nationalId = "064199000123";
            }, Finding.error("dateOfBirth", "REQUIRED"));
        }
    }

    @Nested
    class Codes {

        @Test
        void genderIsRequiredAndMOrF() {
            assertFindings(rec -> rec.gender = null, Finding.error("gender", "REQUIRED"));
            assertFindings(rec -> {
                rec.gender = "X";
                rec.nationalId = null;
            }, Finding.error("gender", "UNKNOWN_CODE", "genders"));
            // codes are exact: no case folding
            assertFindings(rec -> {
                rec.gender = "f";
                rec.nationalId = null;
            }, Finding.error("gender", "UNKNOWN_CODE", "genders"));
            assertValid(rec -> {
                rec.gender = "M";
                rec.nationalId = "064085000123";
            });
        }

        @Test
        void ethnicityIsOptionalAndOneOfThe54GsoCodes() {
            assertValid(rec -> rec.ethnicity = null);
            assertValid(rec -> rec.ethnicity = "01");
            assertValid(rec -> rec.ethnicity = "54");
            Finding unknown = Finding.error("ethnicity", "UNKNOWN_CODE", "ethnicities");
            // 55 (foreign national) is deliberately not an ethnicity; codes are 2-digit
            assertFindings(rec -> rec.ethnicity = "55", unknown);
            assertFindings(rec -> rec.ethnicity = "00", unknown);
            assertFindings(rec -> rec.ethnicity = "1", unknown);
            assertFindings(rec -> rec.ethnicity = "Kinh", unknown);
        }

        @Test
        void aQualificationIsRequiredAndCollegeOrHigher() {
            assertFindings(rec -> rec.highestQualification = null, Finding.error("highestQualification", "REQUIRED"));
            for (String level : List.of("COLLEGE", "BACHELOR", "MASTER", "DOCTORATE")) {
                assertValid(rec -> rec.highestQualification = level);
            }
            for (String below : List.of("NONE", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "HIGH_SCHOOL",
                    "ELEMENTARY", "VOCATIONAL", "INTERMEDIATE")) {
                assertFindings(rec -> rec.highestQualification = below,
                        Finding.error("highestQualification", "BELOW_COLLEGE"));
            }
            assertFindings(rec -> rec.highestQualification = "PHD",
                    Finding.error("highestQualification", "UNKNOWN_CODE", "qualifications"));
            assertFindings(rec -> rec.highestQualification = "master",
                    Finding.error("highestQualification", "UNKNOWN_CODE", "qualifications"));
        }

        @Test
        void anAcademicTitleIsOptionalAndAssociateProfessorOrProfessor() {
            assertValid(rec -> rec.academicTitle = "ASSOCIATE_PROFESSOR");
            assertValid(rec -> rec.academicTitle = "PROFESSOR");
            assertFindings(rec -> rec.academicTitle = "PGS", Finding.error("academicTitle", "UNKNOWN_CODE", "academicTitles"));
        }

        @Test
        void aFieldOfStudyIsOptionalAndAnIscedBroadField00To10() {
            assertValid(rec -> rec.fieldOfStudy = "00");
            assertValid(rec -> rec.fieldOfStudy = "10");
            assertFindings(rec -> rec.fieldOfStudy = "11", Finding.error("fieldOfStudy", "UNKNOWN_CODE", "fieldsOfStudy"));
            assertFindings(rec -> rec.fieldOfStudy = "9", Finding.error("fieldOfStudy", "UNKNOWN_CODE", "fieldsOfStudy"));
        }

        @Test
        void sectorAndEmploymentAreRequiredCodes() {
            assertFindings(rec -> rec.sector = null, Finding.error("sector", "REQUIRED"));
            assertFindings(rec -> rec.sector = "health", Finding.error("sector", "UNKNOWN_CODE", "sectors"));
            assertValid(rec -> rec.sector = "OTHER");
            assertFindings(rec -> {
                rec.employment = null;
                rec.meetsStandard = null;
            }, Finding.error("employment", "REQUIRED"));
            assertFindings(rec -> {
                rec.employment = "CONTRACTOR";
                rec.meetsStandard = null;
            }, Finding.error("employment", "UNKNOWN_CODE", "employment"));
            assertValid(rec -> {
                rec.employment = "RETIRED";
                rec.meetsStandard = null;
            });
        }

        @Test
        void aCodeOfAnotherListIsUnknown() {
            // HEALTH is a sector, not an employment; RETIRED is an employment, not a sector
            assertFindings(rec -> rec.sector = "RETIRED", Finding.error("sector", "UNKNOWN_CODE", "sectors"));
            assertFindings(rec -> {
                rec.employment = "HEALTH";
                rec.meetsStandard = null;
            }, Finding.error("employment", "UNKNOWN_CODE", "employment"));
        }
    }

    @Nested
    class EmployerAndStandard {

        @Test
        void theEmployerIsAtMost300Characters() {
            assertValid(rec -> rec.employer = repeat("x", 300));
            assertFindings(rec -> rec.employer = repeat("x", 301), Finding.error("employer", "TOO_LONG", 300));
            assertFindings(rec -> rec.employer = "Sở\u0000Y tế", Finding.error("employer", "INVALID_FORMAT"));
        }

        @Test
        void meetsStandardAppliesToCadresCivilServantsAndPublicEmployeesOnly() {
            for (String employment : List.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE")) {
                assertValid(rec -> rec.employment = employment);
                assertValid(rec -> {
                    rec.employment = employment;
                    rec.meetsStandard = false;
                });
            }
            Finding notApplicable = Finding.warning("meetsStandard", "NOT_APPLICABLE");
            // armed forces are inside the state apparatus but the civil-service standard is not theirs
            for (String employment : List.of("ARMED_FORCES", "STATE_ENTERPRISE", "PRIVATE_ENTERPRISE", "RETIRED", "OTHER")) {
                assertFindings(rec -> rec.employment = employment, notApplicable);
                assertFindings(rec -> {
                    rec.employment = employment;
                    rec.meetsStandard = false;
                }, notApplicable);
                assertValid(rec -> {
                    rec.employment = employment;
                    rec.meetsStandard = null;
                });
            }
            assertTrue(findings(rec -> rec.employment = "RETIRED").get(0).warning());
        }
    }

    @Nested
    class Contributions {

        @Test
        void noneOrAnEmptyListIsFine() {
            assertValid(rec -> rec.contributions = null);
            assertValid(rec -> rec.contributions = List.of());
        }

        @Test
        void everyMemberIsRequiredAndNamedByItsIndex() {
            List<RecordInput.ContributionInput> list = new ArrayList<>();
            list.add(contribution("AWARD", "Giải thưởng khoa học", 2020, "NATIONAL"));
            list.add(contribution(null, null, null, null));
            list.add(null);
            assertFindings(rec -> rec.contributions = list,
                    Finding.error("contributions[1].type", "REQUIRED"),
                    Finding.error("contributions[1].level", "REQUIRED"),
                    Finding.error("contributions[1].title", "REQUIRED"),
                    Finding.error("contributions[1].year", "REQUIRED"),
                    Finding.error("contributions[2]", "REQUIRED"));
            assertFindings(rec -> rec.contributions = List.of(contribution("PATENT", "  ", 2020, "UNIT")),
                    Finding.error("contributions[0].title", "REQUIRED"));
        }

        @Test
        void typeAndLevelAreCodes() {
            assertFindings(rec -> rec.contributions = List.of(contribution("BOOK", "Sách", 2020, "UNIT")),
                    Finding.error("contributions[0].type", "UNKNOWN_CODE", "contributionTypes"));
            assertFindings(rec -> rec.contributions = List.of(contribution("PUBLICATION", "Bài báo", 2020, "DISTRICT")),
                    Finding.error("contributions[0].level", "UNKNOWN_CODE", "contributionLevels"));
            for (String type : List.of("RESEARCH_PROJECT", "INITIATIVE", "PATENT", "AWARD", "CONSULTING_REVIEW",
                    "TECH_TRANSFER", "PUBLICATION")) {
                for (String level : List.of("UNIT", "PROVINCIAL", "NATIONAL", "INTERNATIONAL")) {
                    assertValid(rec -> rec.contributions = List.of(contribution(type, "Tên", 2020, level)));
                }
            }
        }

        @Test
        void theTitleIsAtMost500Characters() {
            assertValid(rec -> rec.contributions = List.of(contribution("AWARD", repeat("t", 500), 2020, "UNIT")));
            assertFindings(rec -> rec.contributions = List.of(contribution("AWARD", repeat("t", 501), 2020, "UNIT")),
                    Finding.error("contributions[0].title", "TOO_LONG", 500));
            assertFindings(rec -> rec.contributions = List.of(contribution("AWARD", "x\uDBFF", 2020, "UNIT")),
                    Finding.error("contributions[0].title", "INVALID_FORMAT"));
        }

        @Test
        void theYearLiesFrom1950ToTheCurrentYear() {
            Finding range = Finding.error("contributions[0].year", "OUT_OF_RANGE", 1950, 2026);
            assertValid(rec -> rec.contributions = List.of(contribution("AWARD", "Giải", 1950, "UNIT")));
            assertFindings(rec -> rec.contributions = List.of(contribution("AWARD", "Giải", 1949, "UNIT")), range);
            assertValid(rec -> rec.contributions = List.of(contribution("AWARD", "Giải", 2026, "UNIT")));
            assertFindings(rec -> rec.contributions = List.of(contribution("AWARD", "Giải", 2027, "UNIT")), range);
        }
    }

    @Nested
    class EffectiveDate {

        @Test
        void isOptionalAndNotInVietnamsFuture() {
            assertValid(rec -> rec.effectiveDate = null);
            assertValid(rec -> rec.effectiveDate = TODAY);
            assertFindings(rec -> rec.effectiveDate = TODAY.plusDays(1), Finding.error("effectiveDate", "IN_FUTURE"));
            assertFindings(rec -> rec.effectiveDate = LocalDate.of(9999, 12, 31), Finding.error("effectiveDate", "IN_FUTURE"));
        }

        @Test
        void todayIsTheDayInVietnamNotInUtc() {
            // 18:30 UTC on 1 December is 01:30 on 2 December in Vietnam (VietnamDayTest, without a server)
            RecordValidator early = new RecordValidator(codes, Clock.fixed(Instant.parse("2026-12-01T18:30:00Z"), VIETNAM));
            assertEquals(List.of(), findings(early, rec -> rec.effectiveDate = LocalDate.of(2026, 12, 2)));
            assertEquals(List.of(Finding.error("effectiveDate", "IN_FUTURE")),
                    findings(early, rec -> rec.effectiveDate = LocalDate.of(2026, 12, 3)));
        }

        @Test
        void yearsBefore1900CannotBeStored() {
            assertValid(rec -> rec.effectiveDate = LocalDate.of(1900, 1, 1));
            assertFindings(rec -> rec.effectiveDate = LocalDate.of(1899, 12, 31),
                    Finding.error("effectiveDate", "OUT_OF_RANGE", "1900-01-01", TODAY));
            assertFindings(rec -> rec.effectiveDate = LocalDate.of(0, 1, 1),
                    Finding.error("effectiveDate", "OUT_OF_RANGE", "1900-01-01", TODAY));
            assertFindings(rec -> rec.effectiveDate = LocalDate.of(-44, 3, 15),
                    Finding.error("effectiveDate", "OUT_OF_RANGE", "1900-01-01", TODAY));
        }
    }

    @Nested
    class ExternalIdAndReadErrors {

        private List<Finding> batch(String externalId) {
            Rec rec = new Rec();
            rec.externalId = externalId;
            return validator.validate(new SubmittedRecord(rec.build(), List.of()), true);
        }

        @Test
        void aBatchRecordNeedsAnExternalIdOfUpTo64SafeCharacters() {
            assertEquals(List.of(Finding.error("externalId", "REQUIRED")), batch(null));
            assertEquals(List.of(Finding.error("externalId", "REQUIRED")), batch(""));
            assertEquals(List.of(Finding.error("externalId", "REQUIRED")), batch("   "));
            assertEquals(List.of(), batch("HR-000123"));
            assertEquals(List.of(), batch("a.b_c:d/e-F9"));
            assertEquals(List.of(), batch(repeat("A", 64)));
            Finding format = Finding.error("externalId", "INVALID_FORMAT");
            assertEquals(List.of(format), batch(repeat("A", 65)));
            assertEquals(List.of(format), batch("HR 000123"));
            assertEquals(List.of(format), batch("Mã-1"));
            assertEquals(List.of(format), batch("HR#1"));
        }

        @Test
        void aPutTakesItsExternalIdFromThePath() {
            Rec rec = new Rec();
            rec.externalId = null;
            assertEquals(List.of(), validator.validate(new SubmittedRecord(rec.build(), List.of()), false));
            List<Finding> onPath = new ArrayList<>();
            RecordValidator.checkExternalId("bad id", onPath);
            assertEquals(List.of(Finding.error("externalId", "INVALID_FORMAT")), onPath);
        }

        @Test
        void aBodyThatIsNotAnObjectGivesOnlyItsReadErrors() {
            List<Finding> read = List.of(Finding.error("", "INVALID_TYPE"));
            assertEquals(read, validator.validate(new SubmittedRecord(null, read), true));
        }

        @Test
        void anUnreadableFieldIsNotReportedAgainAndTheOtherRulesStillRun() {
            Rec rec = new Rec();
            rec.dateOfBirth = null; // "2031-02-30" could not be read
            rec.gender = null;
            rec.externalId = null; // 12345 was sent, a number
            List<Finding> read = List.of(Finding.error("dateOfBirth", "INVALID_DATE"),
                    Finding.error("externalId", "INVALID_TYPE"));
            assertEquals(List.of(
                            Finding.error("dateOfBirth", "INVALID_DATE"),
                            Finding.error("externalId", "INVALID_TYPE"),
                            Finding.error("gender", "REQUIRED")),
                    validator.validate(new SubmittedRecord(rec.build(), read), true));
        }
    }
}
