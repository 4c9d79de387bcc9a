package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The {@link Dataset} province counted by hand. Every expected number below is worked out from the
 * table in {@link Dataset}; tests run in order because later ones add events to the same topics.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorScenarioTest {

    static final String ANALYST = Tokens.bearer("test-analyst", Set.of("analyst"), List.of());

    @ConfigProperty(name = "iwd.consumer.topics.person")
    String personTopic;

    @ConfigProperty(name = "iwd.consumer.topics.unit")
    String unitTopic;

    @ConfigProperty(name = "iwd.consumer.group-id")
    String groupId;

    static EventLog events;

    @BeforeAll
    static void openEventLog() {
        events = new EventLog();
    }

    @AfterAll
    static void closeEventLog() {
        events.close();
    }

    @Test
    @Order(1)
    void indicatorsCountEachPersonOnceDespiteDuplicatedAndInterleavedEvents() {
        events.send(unitTopic, "52", Dataset.unitEvent("52", "Tỉnh Gia Lai", "PROVINCE", "2025-07-01", null, null));
        events.send(unitTopic, "623", Dataset.unitEvent("623", "Huyện Chư Păh", "DISTRICT", "2004-01-01", "2025-06-30", "52"));
        events.send(unitTopic, "SO-KHDT", Dataset.unitEvent("SO-KHDT", "Sở Kế hoạch và Đầu tư", "DEPARTMENT", "2004-01-01", "2025-02-28", "SO-TC"));
        events.send(unitTopic, "SO-TC", Dataset.unitEvent("SO-TC", "Sở Tài chính", "DEPARTMENT", "2004-01-01", null, null));
        events.send(unitTopic, "SO-YTE", Dataset.unitEvent("SO-YTE", "Sở Y tế", "DEPARTMENT", "2004-01-01", null, null));
        events.send(unitTopic, "SO-GDDT", Dataset.unitEvent("SO-GDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT", "2004-01-01", null, null));
        // Every event twice and persons interleaved at random; one person's versions stay in order, as the
        // outbox relay guarantees. Stale versions arriving late are the subject of a later test.
        List<String[]> all = new ArrayList<>(Dataset.personEvents());
        all.addAll(Dataset.personEvents());
        Collections.shuffle(all, new Random(7));
        all.sort(Comparator.comparing((String[] event) -> event[1].contains("\"version\": 2")));
        all.forEach(event -> events.send(personTopic, event[0], event[1]));
        events.awaitConsumed(groupId);

        JsonPath indicators = given().header("Authorization", ANALYST).get("/api/v1/reports/indicators")
                .then().statusCode(200).extract().jsonPath();
        // P1–P6 and the 10 teachers; P7 was removed. P2, reported by two units, counts once.
        assertIndicator(indicators, "COLLEGE_PLUS_COUNT", 16);
        // BACHELOR or higher: P1, P2, P3, P6 and the teachers = 14 of 16.
        assertShare(indicators, "UNIVERSITY_PLUS_SHARE", "0.875", 14, 16);
        // Civil servants P2, P3 (v2 meets the standard), P6: 3 of 3.
        assertShare(indicators, "CIVIL_SERVANT_STANDARD_SHARE", "1", 3, 3);
        assertIndicator(indicators, "WOMEN_COUNT", 13);
        assertIndicator(indicators, "ETHNIC_MINORITY_COUNT", 2);
        assertIndicator(indicators, "YOUNG_COUNT", 3);
        assertIndicator(indicators, "RETIRED_COUNT", 1);
        assertIndicator(indicators, "OUTSIDE_STATE_COUNT", 1);
        assertIndicator(indicators, "DOCTORATE_COUNT", 2);
        assertIndicator(indicators, "PROFESSOR_COUNT", 1);
        assertIndicator(indicators, "ASSOCIATE_PROFESSOR_COUNT", 1);
        assertEquals(Dataset.P3_MEETS_STANDARD, indicators.getString("lastEventAt"));
    }

    @Test
    @Order(2)
    void targetsShowProgressRequiredGrowthAndStatus() {
        JsonPath indicators = given().header("Authorization", ANALYST).get("/api/v1/reports/indicators")
                .then().statusCode(200).extract().jsonPath();
        String count = "indicators.find { it.code == 'COLLEGE_PLUS_COUNT' }.targets";
        // 16 / 136000 = 0.000118; (136000 / 16)^(1/4) − 1 = 8.6018 from 2026 to 2030; far above 5 %: AT_RISK.
        assertEquals(List.of(2030, 2045), indicators.getList(count + ".year"));
        assertDecimal("0.0001", indicators.getString(count + "[0].progress"));
        assertDecimal("8.6018", indicators.getString(count + "[0].requiredAnnualGrowth"));
        assertEquals("AT_RISK", indicators.getString(count + "[0].status"));
        // (146000 / 16)^(1/19) − 1 = 0.6160
        assertDecimal("0.616", indicators.getString(count + "[1].requiredAnnualGrowth"));
        String share = "indicators.find { it.code == 'UNIVERSITY_PLUS_SHARE' }.targets";
        // 0.875 / 0.77 = 1.13636…; 0.875 / 0.80 = 1.09375 → 1.0938 (half-even keeps …8)
        assertDecimal("1.1364", indicators.getString(share + "[0].progress"));
        assertDecimal("1.0938", indicators.getString(share + "[1].progress"));
        assertEquals("ACHIEVED", indicators.getString(share + "[0].status"));
        assertNull(indicators.get(share + "[0].requiredAnnualGrowth"));
    }

    @Test
    @Order(3)
    void breakdownBySectorCountsPersonsAndStatesTheDistinctTotal() {
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=sector")
                .then().statusCode(200)
                .body("by", contains("sector"))
                .body("distinctTotal", equalTo(16))
                .body("rows.key", contains("AGRICULTURE", "EDUCATION", "HEALTH", "INDUSTRY", "SCIENCE_TECHNOLOGY"))
                .body("rows.count", contains(1, 11, 2, 1, 1))
                .body("rows.universityPlus", contains(0, 11, 2, 0, 1))
                .body("rows.universityPlusShare", contains(0.0f, 1.0f, 1.0f, 0.0f, 1.0f))
                .body("rows[2].label", equalTo("Y tế"));
    }

    @Test
    @Order(4)
    void unitRowsCountRecordsAndFollowSuccessorsToTodaysUnits() {
        // P2 is in SO-YTE and SO-GDDT: 7 + 10 records for 16 persons. 623 → 52, SO-KHDT → SO-TC.
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=unit")
                .then().statusCode(200)
                .body("distinctTotal", equalTo(16))
                .body("rows.key", contains("52", "SO-GDDT", "SO-TC", "SO-YTE"))
                .body("rows.count", contains(1, 12, 2, 2))
                .body("rows.universityPlus", contains(0, 12, 1, 2))
                .body("rows.label", contains("Tỉnh Gia Lai", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Y tế"));
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=unit&units=recorded")
                .then().statusCode(200)
                .body("rows.key", contains("623", "SO-GDDT", "SO-KHDT", "SO-TC", "SO-YTE"))
                .body("rows.count", contains(1, 12, 1, 1, 2));
    }

    @Test
    @Order(5)
    void twoWayBreakdownsAndFiltersCombineDimensions() {
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=sector,gender")
                .then().statusCode(200)
                .body("by", contains("sector", "gender"))
                .body("rows.key", contains("AGRICULTURE|M", "EDUCATION|F", "HEALTH|F", "HEALTH|M", "INDUSTRY|F",
                        "SCIENCE_TECHNOLOGY|M"))
                .body("rows.count", contains(1, 11, 1, 1, 1, 1))
                .body("rows[1].keys", equalTo(Map.of("sector", "EDUCATION", "gender", "F")))
                .body("rows[1].label", equalTo("Giáo dục và đào tạo | Nữ"));
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=unit,employment")
                .then().statusCode(200)
                .body("rows.key", contains("52|RETIRED", "SO-GDDT|CIVIL_SERVANT", "SO-GDDT|PUBLIC_EMPLOYEE",
                        "SO-TC|CIVIL_SERVANT", "SO-TC|PRIVATE_ENTERPRISE", "SO-YTE|CIVIL_SERVANT",
                        "SO-YTE|PUBLIC_EMPLOYEE"))
                .body("rows.count", contains(1, 2, 10, 1, 1, 1, 1));
        // Women only: the teachers, P3 (education), P1 (health), P5 (industry).
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=sector&gender=F")
                .then().statusCode(200)
                .body("distinctTotal", equalTo(13))
                .body("rows.key", contains("EDUCATION", "HEALTH", "INDUSTRY"))
                .body("rows.count", contains(11, 1, 1));
    }

    @Test
    @Order(6)
    void staleAndRepeatedEventsArrivingLaterChangeNothing() {
        events.send(personTopic, Dataset.P3, Dataset.p3(1, Dataset.FIRST_KNOWN, false));
        events.send(personTopic, Dataset.P3, Dataset.p3(2, Dataset.P3_MEETS_STANDARD, true));
        events.awaitConsumed(groupId);
        JsonPath indicators = given().header("Authorization", ANALYST).get("/api/v1/reports/indicators")
                .then().statusCode(200).extract().jsonPath();
        assertShare(indicators, "CIVIL_SERVANT_STANDARD_SHARE", "1", 3, 3);
        assertIndicator(indicators, "COLLEGE_PLUS_COUNT", 16);
    }

    @Test
    @Order(7)
    void asOfCountsTheRecordsInEffectOnThatDay() {
        // 2025-01-01: P5 not yet (from 2025-06-01); P7 still (until 2025-03-01), with the profile it had.
        JsonPath indicators = given().header("Authorization", ANALYST)
                .get("/api/v1/reports/indicators?asOf=2025-01-01").then().statusCode(200).extract().jsonPath();
        assertEquals("2025-01-01", indicators.getString("asOf"));
        assertIndicator(indicators, "COLLEGE_PLUS_COUNT", 16);
        assertShare(indicators, "UNIVERSITY_PLUS_SHARE", "0.9375", 15, 16);
        assertShare(indicators, "CIVIL_SERVANT_STANDARD_SHARE", "0.75", 3, 4);
        // Ages reached in 2026: P5 26, P1 34, P3 31, teachers 41, P2 51, P6 58, P4 68.
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=ageBand&asOf=2026-06-30")
                .then().statusCode(200)
                .body("rows.key", contains("0-30", "31-35", "36-45", "46-55", "56-60", "61+"))
                .body("rows.count", contains(1, 2, 10, 1, 1, 1));
    }

    @Test
    @Order(8)
    void knownAtReproducesWhatWasKnownOnThatDay() {
        // By the end of 2026-01-15 (Vietnam), P7's removal (01-20) and P3's standard (02-15) were unknown.
        JsonPath indicators = given().header("Authorization", ANALYST)
                .get("/api/v1/reports/indicators?knownAt=2026-01-15").then().statusCode(200).extract().jsonPath();
        assertEquals("2026-01-15", indicators.getString("knownAt"));
        assertIndicator(indicators, "COLLEGE_PLUS_COUNT", 17);
        // Civil servants P2, P3, P6, P7; meeting: P2, P6.
        assertShare(indicators, "CIVIL_SERVANT_STANDARD_SHARE", "0.5", 2, 4);
        JsonPath beforeStandard = given().header("Authorization", ANALYST)
                .get("/api/v1/reports/indicators?knownAt=2026-02-01").then().statusCode(200).extract().jsonPath();
        assertIndicator(beforeStandard, "COLLEGE_PLUS_COUNT", 16);
        assertShare(beforeStandard, "CIVIL_SERVANT_STANDARD_SHARE", "0.6667", 2, 3);
    }

    /** JSON numbers compared as decimals: 0.0001 and 1.0E-4 are the same value. */
    static void assertDecimal(String expected, String actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual)), expected + " ≠ " + actual);
    }

    static void assertIndicator(JsonPath indicators, String code, long value) {
        assertEquals(value, indicators.getLong("indicators.find { it.code == '" + code + "' }.value"), code);
    }

    static void assertShare(JsonPath indicators, String code, String value, long numerator, long denominator) {
        String path = "indicators.find { it.code == '" + code + "' }";
        assertDecimal(value, indicators.getString(path + ".value"));
        assertEquals(numerator, indicators.getLong(path + ".numerator"), code + " numerator");
        assertEquals(denominator, indicators.getLong(path + ".denominator"), code + " denominator");
    }
}
