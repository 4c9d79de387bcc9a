package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.gialai.iwd.reporting.domain.Cell;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.repository.Jdbc;
import vn.gialai.iwd.reporting.service.Today;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ConfigProperty(name = "iwd.consumer.topics.task")
    String taskTopic;

    @ConfigProperty(name = "iwd.consumer.group-id")
    String groupId;

    @Inject
    Jdbc jdbc;

    @Inject
    Today today;

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
        // Their records per unit: P5's SO-KHDT is carried to SO-TC.
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=unit&gender=F")
                .then().statusCode(200)
                .body("distinctTotal", equalTo(13))
                .body("rows.key", contains("SO-GDDT", "SO-TC", "SO-YTE"))
                .body("rows.count", contains(11, 1, 1))
                .body("rows.universityPlus", contains(11, 0, 1));
        // Three dimensions at once (beyond the pair counters): the same rules over the maintained cells.
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=unit,employment&gender=F")
                .then().statusCode(200)
                .body("distinctTotal", equalTo(13))
                .body("rows.key", contains("SO-GDDT|CIVIL_SERVANT", "SO-GDDT|PUBLIC_EMPLOYEE", "SO-TC|PRIVATE_ENTERPRISE",
                        "SO-YTE|PUBLIC_EMPLOYEE"))
                .body("rows.count", contains(1, 10, 1, 1));
        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=sector,gender&qualification=BACHELOR")
                .then().statusCode(200)
                .body("distinctTotal", equalTo(11))
                .body("rows.key", contains("EDUCATION|F"))
                .body("rows.count", contains(11))
                .body("rows.universityPlus", contains(11));
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

    @Test
    @Order(9)
    void publicAnswersSuppressSmallCellsAndTheirComplementsWithoutAuthentication() {
        // by gender: F 13, M 3. M is small; F = 16 − M would give it back, so F is hidden too.
        given().get("/api/v1/public/breakdown?by=gender")
                .then().statusCode(200)
                .body("distinctTotal", equalTo(16))
                .body("rows.key", contains("F", "M"))
                .body("rows.count", contains(null, null))
                .body("rows.suppressed", contains(true, true));
        // by sector: the four small sectors hide each other, and EDUCATION (11) goes too: in this province of 16
        // it is the same persons as other public rows (field 01, the teachers' unit), whose tables withhold it.
        given().get("/api/v1/public/breakdown?by=sector")
                .then().statusCode(200)
                .body("rows.count", contains(null, null, null, null, null))
                .body("rows.suppressed", contains(true, true, true, true, true));
        // SO-GDDT|EDUCATION (11) is large, but SO-GDDT's records (12, public by unit) minus it would give
        // SO-GDDT|HEALTH (1) back: it is hidden as the complement. Every other cell is small.
        given().get("/api/v1/public/breakdown?by=unit,sector")
                .then().statusCode(200)
                .body("rows.find { it.key == 'SO-GDDT|EDUCATION' }.keys", equalTo(Map.of("unit", "SO-GDDT", "sector", "EDUCATION")))
                .body("rows.find { it.key == 'SO-GDDT|EDUCATION' }.count", nullValue())
                .body("rows.suppressed", everyItem(equalTo(true)));
        JsonPath indicators = given().get("/api/v1/public/indicators").then().statusCode(200).extract().jsonPath();
        assertIndicator(indicators, "COLLEGE_PLUS_COUNT", 16);
        assertEquals(true, indicators.getBoolean("indicators.find { it.code == 'ETHNIC_MINORITY_COUNT' }.suppressed"));
        assertNull(indicators.get("indicators.find { it.code == 'ETHNIC_MINORITY_COUNT' }.value"));
        // 14 of 16 hold a degree: the 2 without one are too few to show the share.
        assertNull(indicators.get("indicators.find { it.code == 'UNIVERSITY_PLUS_SHARE' }.value"));
        given().get("/api/v1/public/breakdown?by=sector&asOf=2025-01-01").then().statusCode(400);
        given().get("/api/v1/reports/indicators").then().statusCode(401);
    }

    @Test
    @Order(10)
    void personExportsArePseudonymousStableAndComplete() {
        String ndjson = given().header("Authorization", ANALYST).get("/api/v1/reports/export/persons?format=ndjson")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<String> lines = ndjson.lines().toList();
        assertEquals(16, lines.size());
        for (String id : List.of(Dataset.P1, Dataset.P2, Dataset.P3, Dataset.P4, Dataset.P5, Dataset.P6)) {
            assertFalse(ndjson.contains(id), "person ids never leave the service");
        }
        for (String field : List.of("fullName", "nationalId", "dateOfBirth", "ethnicity\"", "personId")) {
            assertFalse(ndjson.contains(field), field + " is not exported");
        }
        JsonPath first = JsonPath.from(lines.get(0));
        assertTrue(first.getString("pseudonym").matches("[0-9a-f]{32}"));
        assertEquals(2, first.getInt("contributions.RESEARCH_PROJECT"));
        String json = given().header("Authorization", ANALYST).get("/api/v1/reports/export/persons?format=json")
                .then().statusCode(200).extract().asString();
        List<String> pseudonyms = JsonPath.from(json).getList("pseudonym");
        assertEquals(16, pseudonyms.size());
        assertEquals(lines.stream().map(line -> JsonPath.from(line).getString("pseudonym")).toList(), pseudonyms,
                "the same person has the same pseudonym in every export");
        // P2 is reported by two units; on 2025-01-01 P7 still counted and P5 did not.
        assertTrue(json.contains("\"units\":[\"SO-GDDT\",\"SO-YTE\"]"));
        String csv = given().header("Authorization", ANALYST).get("/api/v1/reports/export/persons?format=csv&asOf=2025-01-01")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("\uFEFFpseudonym,birthYear,gender,ethnicGroup,qualification"), "UTF-8 BOM, then the header");
        assertEquals(1 + 16, csv.lines().count());
        assertTrue(csv.contains(",SO-GDDT;SO-YTE,"), "units joined with ;");
        given().header("Authorization", Tokens.bearer("test-portal", Set.of("portal"), List.of()))
                .get("/api/v1/reports/export/persons").then().statusCode(403);
    }

    @Test
    @Order(11)
    void breakdownExportsCarryTheRowsAndTheDistinctTotal() {
        String csv = given().header("Authorization", ANALYST).get("/api/v1/reports/export/breakdown?by=sector&format=csv")
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFsector,label,count,universityPlus,universityPlusShare", lines.get(0));
        assertEquals("EDUCATION,Giáo dục và đào tạo,11,11,1.0000", lines.get(2));
        assertEquals(",Tổng số người (không trùng lặp) / Distinct persons,16,,", lines.get(lines.size() - 1));
    }

    @Test
    @Order(12)
    void aPublishedReportStaysAsPublishedWhenLaterDataArrives() {
        String planAdmin = Tokens.bearer("test-plan-admin", Set.of("plan-admin"), List.of());
        JsonPath first = given().header("Authorization", planAdmin).post("/api/v1/reports/annual/2026/publish")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(1, first.getInt("revision"));
        assertEquals("test-plan-admin", first.getString("publishedBy"));
        String knownAt = first.getString("knownAt");

        String p8 = Dataset.id(8);
        events.send(personTopic, p8, Dataset.person(p8, 1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString(),
                false, 1990, "M", "KINH", "MASTER", null, "04", "SERVICES", "PRIVATE_ENTERPRISE", "OUTSIDE", null,
                Dataset.unit("SO-TC", "2026-01-01", null)));
        events.awaitConsumed(groupId);
        assertIndicator(given().header("Authorization", ANALYST).get("/api/v1/reports/indicators")
                .then().extract().jsonPath(), "COLLEGE_PLUS_COUNT", 17);

        JsonPath published = given().header("Authorization", ANALYST).get("/api/v1/reports/annual/2026")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, published.getInt("revision"));
        assertIndicator(published.setRootPath("indicators"), "COLLEGE_PLUS_COUNT", 16);
        assertEquals(16, published.setRootPath("").getInt("breakdowns.sector.distinctTotal"));
        // The report names the moment it stood at, and the live data reproduce it from there.
        assertIndicator(given().header("Authorization", ANALYST)
                .get("/api/v1/reports/indicators?asOf=" + first.getString("asOf") + "&knownAt=" + knownAt)
                .then().statusCode(200).extract().jsonPath(), "COLLEGE_PLUS_COUNT", 16);

        JsonPath second = given().header("Authorization", planAdmin).post("/api/v1/reports/annual/2026/publish")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(2, second.getInt("revision"));
        assertIndicator(second.setRootPath("indicators"), "COLLEGE_PLUS_COUNT", 17);
        assertIndicator(given().header("Authorization", ANALYST).get("/api/v1/reports/annual/2026?revision=1")
                .then().statusCode(200).extract().jsonPath().setRootPath("indicators"), "COLLEGE_PLUS_COUNT", 16);
        given().get("/api/v1/public/annual/2026").then().statusCode(200)
                .body("revision", equalTo(2))
                .body("breakdowns.gender.rows.suppressed", contains(true, true));
        given().header("Authorization", ANALYST).post("/api/v1/reports/annual/2026/publish").then().statusCode(403);
        given().header("Authorization", ANALYST).get("/api/v1/reports/annual/2019").then().statusCode(404);
    }

    @Test
    @Order(13)
    void reconciliationComparesWithRegistrysChecksum() {
        FakeRegistryStatsResource.ACTIVE_PERSONS.clear();
        for (String id : List.of(Dataset.P1, Dataset.P2, Dataset.P4, Dataset.P5, Dataset.P6, Dataset.id(8))) {
            FakeRegistryStatsResource.ACTIVE_PERSONS.put(id, 1L);
        }
        FakeRegistryStatsResource.ACTIVE_PERSONS.put(Dataset.P3, 2L);
        for (int teacher = 1; teacher <= 10; teacher++) {
            FakeRegistryStatsResource.ACTIVE_PERSONS.put(Dataset.id(100 + teacher), 1L);
        }
        given().header("Authorization", ANALYST).get("/api/v1/reports/reconciliation")
                .then().statusCode(200)
                .body("registryPersons", equalTo(17)).body("reportingPersons", equalTo(17))
                .body("difference", equalTo(0)).body("checksumMatches", equalTo(true));
        // Registry has moved P3 to version 3, which reporting has not received yet.
        FakeRegistryStatsResource.ACTIVE_PERSONS.put(Dataset.P3, 3L);
        given().header("Authorization", ANALYST).get("/api/v1/reports/reconciliation")
                .then().statusCode(200).body("difference", equalTo(0)).body("checksumMatches", equalTo(false));
        FakeRegistryStatsResource.ACTIVE_PERSONS.put(Dataset.id(9), 1L);
        given().header("Authorization", ANALYST).get("/api/v1/reports/reconciliation")
                .then().statusCode(200).body("registryPersons", equalTo(18)).body("difference", equalTo(1));
    }

    @Test
    @Order(14)
    void planProgressCountsTasksAndObligationsFromTaskEvents() {
        events.send(taskTopic, "III.3", taskEvent("III.3", "III", "IN_PROGRESS", 4,
                "{\"agency\": \"SO-KHCN\", \"period\": \"2025\", \"dueDate\": \"2026-01-31\", \"state\": \"SUBMITTED\"},"
                        + "{\"agency\": \"SO-KHCN\", \"period\": \"2026\", \"dueDate\": \"2027-01-31\", \"state\": \"PENDING\"}"));
        events.send(taskTopic, "III.3", taskEvent("III.3", "III", "NOT_STARTED", 3, ""));
        events.send(taskTopic, "I.1", taskEvent("I.1", "I", "OVERDUE", 1,
                "{\"agency\": \"SO-NV\", \"period\": \"2025\", \"dueDate\": \"2025-12-31\", \"state\": \"MISSING\"}"));
        events.send(taskTopic, "I.2", taskEvent("I.2", "I", "OVERDUE", 2, ""));
        events.awaitConsumed(groupId);
        given().get("/api/v1/public/plan-progress")
                .then().statusCode(200)
                .body("tasks", equalTo(3))
                .body("byGroupAndStatus.group", contains("I", "III"))
                .body("byGroupAndStatus.status", contains("OVERDUE", "IN_PROGRESS"))
                .body("byGroupAndStatus.tasks", contains(2, 1))
                .body("agencies.agency", contains("SO-KHCN", "SO-NV"))
                .body("agencies.submitted", contains(1, 0))
                .body("agencies.missing", contains(0, 1))
                .body("agencies.pending", contains(1, 0));
    }

    @Test
    @Order(15)
    void aRebuildReplaysTheTopicsToIdenticalNumbers() {
        List<String> queries = List.of("/api/v1/reports/indicators", "/api/v1/reports/indicators?knownAt=2026-01-15",
                "/api/v1/reports/breakdown?by=unit,sector", "/api/v1/reports/breakdown?by=ageBand&asOf=2025-01-01",
                "/api/v1/reports/plan-progress");
        List<String> before = queries.stream().map(query -> given().header("Authorization", ANALYST).get(query)
                .then().statusCode(200).extract().asString()).toList();
        given().header("Authorization", ANALYST).post("/api/v1/reports/admin/rebuild").then().statusCode(403);
        String generation = given().header("Authorization", Tokens.bearer("test-plan-admin", Set.of("plan-admin"), List.of()))
                .post("/api/v1/reports/admin/rebuild").then().statusCode(202).extract().path("generation");
        events.awaitConsumed(groupId + "-" + generation);
        List<String> after = queries.stream().map(query -> given().header("Authorization", ANALYST).get(query)
                .then().statusCode(200).extract().asString()).toList();
        assertEquals(before, after);
    }

    @Test
    @Order(16)
    void planAdminsEditTargetsWithHistoryOthersCannot() {
        String planAdmin = Tokens.bearer("test-plan-admin", Set.of("plan-admin"), List.of());
        String body = "{\"items\": [{\"indicator\": \"COLLEGE_PLUS_COUNT\", \"year\": 2030, \"value\": 140000, \"source\": \"Điều chỉnh 2026\"}]}";
        given().header("Authorization", ANALYST).contentType("application/json").body(body).put("/api/v1/reports/targets")
                .then().statusCode(403);
        given().header("Authorization", planAdmin).contentType("application/json").body(body).put("/api/v1/reports/targets")
                .then().statusCode(200)
                .body("items.find { it.indicator == 'COLLEGE_PLUS_COUNT' && it.year == 2030 }.value", equalTo(140000))
                .body("items.find { it.indicator == 'COLLEGE_PLUS_COUNT' && it.year == 2030 }.updatedBy", equalTo("test-plan-admin"));
        // Setting the same value again is no change and leaves no second history row.
        given().header("Authorization", planAdmin).contentType("application/json").body(body).put("/api/v1/reports/targets")
                .then().statusCode(200);
        given().header("Authorization", ANALYST).get("/api/v1/reports/targets/history")
                .then().statusCode(200)
                .body("items.size()", equalTo(6))
                .body("items[5].oldValue", equalTo(136000)).body("items[5].newValue", equalTo(140000))
                .body("items[5].changedBy", equalTo("test-plan-admin"));
        given().header("Authorization", planAdmin).contentType("application/json")
                .body("{\"items\": [{\"indicator\": \"UNIVERSITY_PLUS_SHARE\", \"year\": 2030, \"value\": 1.5, \"source\": \"x\"}]}")
                .put("/api/v1/reports/targets").then().statusCode(422);
        given().header("Authorization", ANALYST).get("/api/v1/reports/indicators")
                .then().body("indicators.find { it.code == 'COLLEGE_PLUS_COUNT' }.targets[0].value", equalTo(140000));
    }

    @Test
    @Order(17)
    void maintainedCountersEqualACountOverTheCountedPersons() {
        // After updates, stale versions, removals and a rebuild's replay, the counters that "now"
        // totals and breakdowns read must still be what counting person_state gives: persons not
        // removed with an active record, and for units those active records.
        String persons = "(select p.*, 1 as weight from person_state p where not removed and exists"
                + " (select 1 from jsonb_array_elements(p.units) m where m->>'to' is null)) counted";
        String records = "(select p.*, m->>'unitCode' as unit_code, 1 as weight from person_state p"
                + " cross join lateral jsonb_array_elements(p.units) m where not removed and m->>'to' is null) counted";
        String counts = "persons, university_plus, civil_servants, civil_servants_meeting_standard, women,"
                + " ethnic_minorities, retired, outside_state, doctorates, professors, associate_professors";
        List<String> maintained = jdbc.query("select birth_year, " + counts + " from person_total where persons <> 0"
                + " order by birth_year", List.of(), IndicatorScenarioTest::line);
        List<String> counted = jdbc.query("select birth_year, sum(weight),"
                + " coalesce(sum(weight) filter (where qualification in ('BACHELOR', 'MASTER', 'DOCTORATE')), 0),"
                + " coalesce(sum(weight) filter (where employment = 'CIVIL_SERVANT'), 0),"
                + " coalesce(sum(weight) filter (where employment = 'CIVIL_SERVANT' and meets_standard), 0),"
                + " coalesce(sum(weight) filter (where gender = 'F'), 0),"
                + " coalesce(sum(weight) filter (where ethnic_group = 'MINORITY'), 0),"
                + " coalesce(sum(weight) filter (where state_apparatus = 'RETIRED'), 0),"
                + " coalesce(sum(weight) filter (where state_apparatus = 'OUTSIDE'), 0),"
                + " coalesce(sum(weight) filter (where qualification = 'DOCTORATE'), 0),"
                + " coalesce(sum(weight) filter (where academic_title = 'PROFESSOR'), 0),"
                + " coalesce(sum(weight) filter (where academic_title = 'ASSOCIATE_PROFESSOR'), 0)"
                + " from " + persons + " group by birth_year order by birth_year", List.of(), IndicatorScenarioTest::line);
        assertFalse(counted.isEmpty());
        assertEquals(counted, maintained);
        // Every column pair's counters, and every column's counters per unit, against counting.
        String universityPlus = "coalesce(sum(weight) filter (where qualification in ('BACHELOR', 'MASTER', 'DOCTORATE')), 0)";
        for (int a = 0; a < Cell.COLUMN_COUNT; a++) {
            String columnA = Cell.COLUMN_NAMES.get(a);
            for (int b = a + 1; b < Cell.COLUMN_COUNT; b++) {
                String columnB = Cell.COLUMN_NAMES.get(b);
                List<String> maintainedRows = jdbc.query("select value_a, value_b, persons, university_plus from pair_total"
                        + " where column_a = ? and column_b = ? and persons <> 0 order by 1 nulls first, 2 nulls first",
                        List.of(columnA, columnB), IndicatorScenarioTest::line);
                List<String> countedRows = jdbc.query("select " + columnA + "::text, " + columnB + "::text, sum(weight), "
                        + universityPlus + " from " + persons + " group by 1, 2 order by 1 nulls first, 2 nulls first",
                        List.of(), IndicatorScenarioTest::line);
                assertFalse(countedRows.isEmpty(), columnA + "," + columnB);
                assertEquals(countedRows, maintainedRows, columnA + "," + columnB);
            }
            List<String> maintainedRows = jdbc.query("select unit_code, value, records, university_plus from unit_total"
                    + " where column_name = ? and records <> 0 order by 1, 2 nulls first", List.of(columnA),
                    IndicatorScenarioTest::line);
            List<String> countedRows = jdbc.query("select unit_code, " + columnA + "::text, sum(weight), " + universityPlus
                    + " from " + records + " group by 1, 2 order by 1, 2 nulls first", List.of(), IndicatorScenarioTest::line);
            assertFalse(countedRows.isEmpty(), columnA);
            assertEquals(countedRows, maintainedRows, columnA);
        }
        // Age bands now are read from the birth-year counters, with this year's ages.
        List<String> countedBands = jdbc.query("select " + Dimension.AGE_BAND.keyExpression(today.date().getYear())
                + ", sum(weight) from " + persons + " group by 1 order by 1", List.of(), IndicatorScenarioTest::line);
        JsonPath bands = given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=ageBand")
                .then().statusCode(200).extract().jsonPath();
        List<String> answeredBands = new ArrayList<>();
        for (int i = 0; i < bands.getList("rows").size(); i++) {
            answeredBands.add(bands.getString("rows[" + i + "].key") + "," + bands.getLong("rows[" + i + "].count"));
        }
        assertEquals(countedBands, answeredBands);
    }

    private static String line(ResultSet row) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
            values.add(row.getString(i));
        }
        return String.join(",", values);
    }

    private static String taskEvent(String code, String group, String status, int version, String obligations) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/iwd/task-service", "type": "vn.gialai.iwd.plan.task.changed",
                 "subject": "%s", "time": "2026-02-01T17:05:00Z", "datacontenttype": "application/json",
                 "data": {"code": "%s", "plan": "KH-107-2024", "group": "%s", "title": "Nhiệm vụ %s",
                          "leadAgencies": ["SO-KHCN"], "coordinatingAgencies": [], "status": "%s",
                          "obligations": [%s], "version": %d}}"""
                .formatted(java.util.UUID.randomUUID(), code, code, group, code, status, obligations, version);
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
