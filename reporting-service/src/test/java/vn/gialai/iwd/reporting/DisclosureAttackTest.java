package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.gialai.iwd.reporting.domain.Dimension;
import vn.gialai.iwd.reporting.domain.IndicatorCode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attack on everything the public can read (issue 11). A province of 300 with rare groups — two
 * professors and three associate professors, seven ethnic-minority persons and two of unknown ethnicity,
 * a commune with four doctors, four retirees, a few trained or living abroad, persons in two units — is
 * read through every public output: the indicators, all 14 one-way and 91 two-way breakdowns, the
 * published annual report and the plan progress. Linear algebra ({@link LinearAttack}) then tries to
 * compute every withheld value from the published ones together with what anyone knows (tables add up,
 * state apparatus follows employment, universityPlus follows qualification, absent rows are zero):
 * <ul>
 *   <li>the one-way tables and the indicators as one system (the differencing attack of the issue);</li>
 *   <li>every two-way table with its one-way margins and the indicators;</li>
 *   <li>every triple of dimensions among eight, its three two-way tables over the three-way cells the
 *       published rows allow;</li>
 *   <li>every four of the six dimensions holding the rare groups, their six two-way tables together, and
 *       the fifteen tables of all six at once.</li>
 * </ul>
 * No withheld value may be found; every published value must equal the internal one, and the published
 * values must agree with each other. The portal role must read exactly the public answers.
 */
@QuarkusTest
@TestProfile(DisclosureAttackTest.OwnProvince.class)
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureAttackTest {

    /** A profile of its own: the application starts afresh (clean database, own topics) for this province. */
    public static class OwnProvince implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iwd.reporting.suppression-threshold", "5");
        }
    }

    static final String ANALYST = Tokens.bearer("test-analyst", Set.of("analyst"), List.of());
    static final String PORTAL = Tokens.bearer("test-portal", Set.of("portal"), List.of());
    static final String PLAN_ADMIN = Tokens.bearer("test-plan-admin", Set.of("plan-admin"), List.of());

    static final List<Dimension> DIMENSIONS = List.of(Dimension.values());
    /** The triples are taken among these (state apparatus is employment's, attacked with it in the pairs). */
    static final List<Dimension> TRIPLE_DIMENSIONS = List.of(Dimension.UNIT, Dimension.QUALIFICATION,
            Dimension.ACADEMIC_TITLE, Dimension.ETHNIC_GROUP, Dimension.GENDER, Dimension.SECTOR, Dimension.EMPLOYMENT,
            Dimension.MEETS_STANDARD);
    static final Set<String> DEGREES = Set.of("BACHELOR", "MASTER", "DOCTORATE");
    static final Set<String> INSIDE = Set.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "ARMED_FORCES");
    static final String KNOWN = "2026-03-01T03:00:00Z";

    /** One published row: null values are withheld. */
    record Figure(Long count, Long universityPlus, boolean suppressed) {
    }

    record Table(Long distinctTotal, Map<Map<String, String>, Figure> rows) {
    }

    @ConfigProperty(name = "iwd.consumer.topics.person")
    String personTopic;

    @ConfigProperty(name = "iwd.consumer.topics.unit")
    String unitTopic;

    @ConfigProperty(name = "iwd.consumer.group-id")
    String groupId;

    static EventLog events;
    static final Map<List<Dimension>, Table> published = new HashMap<>();
    static final Map<List<Dimension>, Table> internal = new HashMap<>();
    static final Map<String, Long> indicators = new HashMap<>();
    static final Map<String, Long> publicIndicators = new HashMap<>();
    static final Map<String, Long> publicDenominators = new HashMap<>();

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
    void everyPublicOutputIsReadAndEqualsTheInternalFigureWhereShown() {
        loadProvince();
        JsonPath exact = given().header("Authorization", ANALYST).get("/api/v1/reports/indicators")
                .then().statusCode(200).extract().jsonPath();
        JsonPath open = given().get("/api/v1/public/indicators").then().statusCode(200).extract().jsonPath();
        for (IndicatorCode code : IndicatorCode.values()) {
            String path = "indicators.find { it.code == '" + code + "' }";
            indicators.put(code.name(), exact.getLong(path + (code.isShare() ? ".numerator" : ".value")));
            if (code.isShare()) {
                indicators.put(code.name() + "/", exact.getLong(path + ".denominator"));
            }
            boolean suppressed = open.getBoolean(path + ".suppressed");
            Object value = open.get(path + ".value");
            assertEquals(suppressed, value == null, code + ": withheld exactly when it says so");
            if (!suppressed) {
                publicIndicators.put(code.name(), open.getLong(path + (code.isShare() ? ".numerator" : ".value")));
                assertEquals(indicators.get(code.name()), publicIndicators.get(code.name()), code + " is exact");
            }
            if (code.isShare() && open.get(path + ".denominator") != null) {
                publicDenominators.put(code.name(), open.getLong(path + ".denominator"));
                assertEquals(indicators.get(code.name() + "/"), publicDenominators.get(code.name()), code + " denominator");
            }
        }
        // The rare groups are there, exactly, for the analyst; withheld for the public.
        assertEquals(2L, indicators.get("PROFESSOR_COUNT"));
        assertEquals(7L, indicators.get("ETHNIC_MINORITY_COUNT"));
        assertNull(publicIndicators.get("PROFESSOR_COUNT"));
        for (Dimension dimension : DIMENSIONS) {
            read(List.of(dimension));
        }
        for (int a = 0; a < DIMENSIONS.size(); a++) {
            for (int b = a + 1; b < DIMENSIONS.size(); b++) {
                read(List.of(DIMENSIONS.get(a), DIMENSIONS.get(b)));
            }
        }
        given().get("/api/v1/public/plan-progress").then().statusCode(200);
        Table doctorsByUnit = internal.get(List.of(Dimension.UNIT, Dimension.QUALIFICATION));
        assertEquals(4L, doctorsByUnit.rows().get(Map.of("unit", "XA-KON-CHIENG", "qualification", "DOCTORATE")).count());
    }

    @Test
    @Order(2)
    void theOneWayTablesAndTheIndicatorsTogetherGiveNothingAway() {
        LinearAttack attack = new LinearAttack();
        attack.unknown("N#0");
        attack.unknown("N#1");
        for (Dimension dimension : DIMENSIONS) {
            Table table = published.get(List.of(dimension));
            table.rows().keySet().forEach(keys -> declare(attack, keys));
            for (int part = 0; part <= 1; part++) {
                Map<String, Double> total = new HashMap<>();
                for (Map<String, String> keys : table.rows().keySet()) {
                    total.put(name(keys) + "#" + part, 1.0);
                }
                // Every table adds up to the persons (unit tables count records: assumed equal, the stronger attack).
                total.put("N#" + part, -1.0);
                attack.known(total);
            }
            table.rows().forEach((keys, figure) -> state(attack, name(keys), List.of(name(keys)), figure, keys));
        }
        apparatusFollowsEmployment(attack);
        total(attack, List.of("N"));
        for (IndicatorCode code : IndicatorCode.values()) {
            code.cells().ifPresent(cells -> indicator(attack, code, cells.keys().stream()
                    .map(key -> name(Map.of(cells.dimension().apiName(), key))).filter(attack::has).toList()));
        }
        List<String> employment = List.of(name(Map.of("employment", "CIVIL_SERVANT")));
        if (attack.has(employment.get(0))) {
            share(attack, "CIVIL_SERVANT_STANDARD_SHARE/", employment);
        }
        assertEquals(List.of(), attack.determined());
    }

    @Test
    @Order(3)
    void noTwoWayTableGivesAnythingAwayWithItsMargins() {
        Map<String, List<String>> found = new TreeMap<>();
        for (int a = 0; a < DIMENSIONS.size(); a++) {
            for (int b = a + 1; b < DIMENSIONS.size(); b++) {
                List<Dimension> pair = List.of(DIMENSIONS.get(a), DIMENSIONS.get(b));
                List<String> determined = attackPair(pair);
                if (!determined.isEmpty()) {
                    found.put(pair.toString(), determined);
                }
            }
        }
        assertEquals(Map.of(), found);
    }

    @Test
    @Order(4)
    void noTripleOfTablesGivesAnythingAwayOverTheCellsTheirRowsAllow() {
        Map<String, List<String>> found = new TreeMap<>();
        for (int a = 0; a < TRIPLE_DIMENSIONS.size(); a++) {
            for (int b = a + 1; b < TRIPLE_DIMENSIONS.size(); b++) {
                for (int c = b + 1; c < TRIPLE_DIMENSIONS.size(); c++) {
                    List<Dimension> triple = java.util.stream.Stream.of(TRIPLE_DIMENSIONS.get(a), TRIPLE_DIMENSIONS.get(b),
                            TRIPLE_DIMENSIONS.get(c)).sorted().toList();
                    List<String> determined = attackTogether(triple);
                    if (!determined.isEmpty()) {
                        found.put(triple.toString(), determined);
                    }
                }
            }
        }
        assertEquals(Map.of(), found);
    }

    /**
     * Beyond what the service audits together (pairs and triples): all six two-way tables of four dimensions
     * at once, for every four of the six dimensions where the rare groups lie, and then their fifteen tables
     * all together.
     */
    @Test
    @Order(5)
    void noFourTablesTogetherGiveAnythingAway() {
        List<Dimension> rare = List.of(Dimension.UNIT, Dimension.QUALIFICATION, Dimension.EMPLOYMENT, Dimension.GENDER,
                Dimension.ETHNIC_GROUP, Dimension.ACADEMIC_TITLE);
        Map<String, List<String>> found = new TreeMap<>();
        for (int skipA = 0; skipA < rare.size(); skipA++) {
            for (int skipB = skipA + 1; skipB < rare.size(); skipB++) {
                int a = skipA;
                int b = skipB;
                List<Dimension> four = java.util.stream.IntStream.range(0, rare.size()).filter(i -> i != a && i != b)
                        .mapToObj(rare::get).sorted().toList();
                List<String> determined = attackTogether(four);
                if (!determined.isEmpty()) {
                    found.put(four.toString(), determined);
                }
            }
        }
        List<Dimension> six = rare.stream().sorted().toList();
        List<String> determined = attackTogether(six);
        if (!determined.isEmpty()) {
            found.put(six.toString(), determined);
        }
        assertEquals(Map.of(), found);
    }

    @Test
    @Order(6)
    void publishedValuesAgreeWithEachOther() {
        published.forEach((by, table) -> {
            table.rows().values().forEach(figure -> {
                if (figure.universityPlus() != null) {
                    assertTrue(figure.universityPlus() <= figure.count(), by + ": universityPlus within the count");
                }
            });
            if (by.contains(Dimension.UNIT)) {
                return; // unit rows count records, so their lines need not add up to persons
            }
            if (by.size() == 1) {
                assertLineAddsUp(by + " total", table.rows().values(), table.distinctTotal());
                return;
            }
            for (int side = 0; side < 2; side++) {
                Dimension line = by.get(side);
                Table margin = published.get(List.of(line));
                margin.rows().forEach((marginKeys, marginFigure) -> assertLineAddsUp(by + " " + marginKeys,
                        table.rows().entrySet().stream().filter(row -> row.getKey().get(line.apiName())
                                .equals(marginKeys.get(line.apiName()))).map(Map.Entry::getValue).toList(),
                        marginFigure.count()));
            }
        });
        // Each indicator that counts rows of a table equals them wherever both are shown.
        for (IndicatorCode code : IndicatorCode.values()) {
            code.cells().ifPresent(cells -> {
                Table table = published.get(List.of(cells.dimension()));
                List<Figure> rows = table.rows().entrySet().stream()
                        .filter(row -> cells.keys().contains(row.getKey().get(cells.dimension().apiName())))
                        .map(Map.Entry::getValue).toList();
                if (publicIndicators.containsKey(code.name()) && rows.stream().allMatch(row -> row.count() != null)) {
                    assertEquals(publicIndicators.get(code.name()), rows.stream().mapToLong(Figure::count).sum(), code.name());
                }
            });
        }
        // The annual report published today repeats today's public one-way tables and indicators.
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        given().header("Authorization", PLAN_ADMIN).post("/api/v1/reports/annual/" + year + "/publish").then().statusCode(201);
        JsonPath annual = given().get("/api/v1/public/annual/" + year).then().statusCode(200).extract().jsonPath();
        for (String dimension : annual.getMap("breakdowns").keySet().stream().map(Object::toString).toList()) {
            JsonPath today = given().get("/api/v1/public/breakdown?by=" + dimension).then().extract().jsonPath();
            assertEquals(today.getList("rows"), annual.getList("breakdowns." + dimension + ".rows"), dimension);
        }
        JsonPath todays = given().get("/api/v1/public/indicators").then().extract().jsonPath();
        assertEquals(todays.getList("indicators.suppressed"), annual.getList("indicators.indicators.suppressed"));
        assertEquals(todays.getList("indicators.value"), annual.getList("indicators.indicators.value"));
    }

    @Test
    @Order(7)
    void thePortalReadsExactlyThePublicFiguresAndOnlyToday() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertEquals(given().get("/api/v1/public/indicators").then().extract().asString(),
                given().header("Authorization", PORTAL).get("/api/v1/reports/indicators").then().statusCode(200)
                        .extract().asString());
        for (String by : List.of("academicTitle", "ethnicGroup", "unit,qualification", "qualification,unit", "stateApparatus,gender")) {
            assertEquals(given().get("/api/v1/public/breakdown?by=" + by).then().statusCode(200).extract().asString(),
                    given().header("Authorization", PORTAL).get("/api/v1/reports/breakdown?by=" + by).then().statusCode(200)
                            .extract().asString(), by);
        }
        assertEquals(given().get("/api/v1/public/annual/" + year).then().statusCode(200).extract().asString(),
                given().header("Authorization", PORTAL).get("/api/v1/reports/annual/" + year).then().statusCode(200)
                        .extract().asString());
        given().header("Authorization", PORTAL).get("/api/v1/reports/indicators?knownAt=" + KNOWN).then().statusCode(400);
        given().header("Authorization", PORTAL).get("/api/v1/reports/indicators?asOf=2025-12-31").then().statusCode(400);
        given().header("Authorization", PORTAL).get("/api/v1/reports/breakdown?by=sector&gender=F").then().statusCode(400);
        given().header("Authorization", PORTAL).get("/api/v1/reports/breakdown?by=sector&units=recorded").then().statusCode(400);
        JsonPath trend = given().header("Authorization", PORTAL).get("/api/v1/reports/trend?from=" + year + "&to=2030")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(indicators.get("COLLEGE_PLUS_COUNT").intValue(),
                trend.getInt("series.find { it.code == 'COLLEGE_PLUS_COUNT' }.points[0].value"));
        // The share of civil servants meeting the standard follows the public indicator: withheld there, withheld here.
        boolean standardShown = publicIndicators.containsKey("CIVIL_SERVANT_STANDARD_SHARE");
        assertEquals(!standardShown, trend.getBoolean("series.find { it.code == 'CIVIL_SERVANT_STANDARD_SHARE' }.points[0].suppressed"));
        // Internal roles keep the exact figures.
        assertEquals(2, given().header("Authorization", ANALYST).get("/api/v1/reports/indicators").then().extract()
                .jsonPath().getInt("indicators.find { it.code == 'PROFESSOR_COUNT' }.value"));
        assertNotNull(given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=academicTitle")
                .then().statusCode(200).extract().jsonPath().get("rows.find { it.key == 'PROFESSOR' }.count"));
    }

    // ---- the province -----------------------------------------------------------------------------

    private void loadProvince() {
        List<String[]> units = List.of(new String[]{"SO-YTE", "Sở Y tế", "DEPARTMENT", "HEALTH"},
                new String[]{"SO-GDDT", "Sở Giáo dục và Đào tạo", "DEPARTMENT", "EDUCATION"},
                new String[]{"SO-NNMT", "Sở Nông nghiệp và Môi trường", "DEPARTMENT", "AGRICULTURE"},
                new String[]{"XA-IA-HRUNG", "Xã Ia Hrung", "COMMUNE", "PUBLIC_ADMINISTRATION"},
                new String[]{"XA-KON-CHIENG", "Xã Kon Chiêng", "COMMUNE", "EDUCATION"});
        units.forEach(unit -> events.send(unitTopic, unit[0],
                Dataset.unitEvent(unit[0], unit[1], unit[2], "2025-07-01", null, null)));
        Random random = new Random(11);
        List<String> employments = List.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "PUBLIC_EMPLOYEE", "PRIVATE_ENTERPRISE",
                "STATE_ENTERPRISE", "CADRE");
        List<String> fields = List.of("01", "09", "05", "04", "08");
        for (int n = 0; n < 300; n++) {
            String[] unit = units.get(n < 12 ? 4 : n % 4);
            String qualification = n < 4 ? "DOCTORATE" : n < 12 ? "BACHELOR"
                    : List.of("COLLEGE", "BACHELOR", "BACHELOR", "MASTER", "MASTER", "BACHELOR").get(random.nextInt(6));
            String title = null;
            if (n >= 20 && n < 25) {
                qualification = "DOCTORATE";
                title = n < 22 ? "PROFESSOR" : "ASSOCIATE_PROFESSOR";
            }
            String ethnicGroup = n >= 30 && n < 37 ? "MINORITY" : n >= 37 && n < 39 ? null : "KINH";
            String employment = n >= 40 && n < 44 ? "RETIRED" : employments.get(random.nextInt(employments.size()));
            String apparatus = employment.equals("RETIRED") ? "RETIRED" : INSIDE.contains(employment) ? "INSIDE" : "OUTSIDE";
            Boolean meets = INSIDE.contains(employment) ? random.nextInt(10) > 0 : null;
            String memberships = Dataset.unit(unit[0], "2025-07-01", null)
                    + (n >= 50 && n < 52 ? ", " + Dataset.unit("SO-GDDT", "2025-07-01", null) : "");
            String id = Dataset.id(1000 + n);
            events.send(personTopic, id, Dataset.person(id, 1, KNOWN, false, 1962 + random.nextInt(40),
                    random.nextInt(20) < 11 ? "F" : "M", ethnicGroup, qualification, title,
                    fields.get(random.nextInt(fields.size())), unit[3], employment, apparatus, meets,
                    n >= 60 && n < 63, n == 63, memberships));
        }
        events.awaitConsumed(groupId);
    }

    // ---- reading ----------------------------------------------------------------------------------

    private static void read(List<Dimension> by) {
        String query = "/api/v1/reports/breakdown?by=" + String.join(",", by.stream().map(Dimension::apiName).toList());
        Table exact = table(given().header("Authorization", ANALYST).get(query).then().statusCode(200).extract().jsonPath());
        Table open = table(given().get(query.replace("/reports/", "/public/")).then().statusCode(200).extract().jsonPath());
        assertEquals(exact.rows().keySet(), open.rows().keySet(), by + ": the public lists every row");
        exact.rows().forEach((keys, figure) -> {
            Figure shown = open.rows().get(keys);
            assertEquals(shown.suppressed(), shown.count() == null, by + " " + keys + ": withheld exactly when it says so");
            if (shown.count() != null) {
                assertEquals(figure.count(), shown.count(), by + " " + keys + " count is exact");
            }
            if (shown.universityPlus() != null) {
                assertEquals(figure.universityPlus(), shown.universityPlus(), by + " " + keys + " universityPlus is exact");
            }
        });
        if (open.distinctTotal() != null) {
            assertEquals(exact.distinctTotal(), open.distinctTotal());
        }
        internal.put(by, exact);
        published.put(by, open);
    }

    private static Table table(JsonPath answer) {
        Map<Map<String, String>, Figure> rows = new LinkedHashMap<>();
        List<Map<String, Object>> list = answer.getList("rows");
        for (Map<String, Object> row : list) {
            @SuppressWarnings("unchecked")
            Map<String, String> keys = (Map<String, String>) row.get("keys");
            Object university = row.get("universityPlus");
            rows.put(Map.copyOf(keys), new Figure(row.get("count") == null ? null : ((Number) row.get("count")).longValue(),
                    university == null ? null : ((Number) university).longValue(), Boolean.TRUE.equals(row.get("suppressed"))));
            if (row.get("count") != null && university == null) {
                assertEquals(true, row.get("universityPlusSuppressed"), "a withheld universityPlus says so: " + keys);
            }
        }
        Object total = answer.get("distinctTotal");
        return new Table(total == null ? null : ((Number) total).longValue(), rows);
    }

    // ---- the attacks --------------------------------------------------------------------------------

    /** A pair's cells (over employment's, for state apparatus) with its margins and the indicators. */
    private static List<String> attackPair(List<Dimension> pair) {
        LinearAttack attack = new LinearAttack();
        boolean overEmployment = pair.contains(Dimension.STATE_APPARATUS) && !pair.contains(Dimension.EMPLOYMENT);
        Dimension other = pair.get(0) == Dimension.STATE_APPARATUS ? pair.get(1) : pair.get(0);
        List<Dimension> baseBy = overEmployment ? sorted(Dimension.EMPLOYMENT, other) : pair;
        Table base = published.get(baseBy);
        List<Map<String, String>> cells = new ArrayList<>(base.rows().keySet());
        cells.forEach(keys -> declare(attack, keys));
        stateCells(attack, base, cells, keys -> keys);
        if (overEmployment) {
            stateCells(attack, published.get(pair), cells, keys -> {
                Map<String, String> view = new HashMap<>(keys);
                view.put("stateApparatus", apparatusOf(view.remove("employment")));
                return view;
            });
        }
        linkToMargins(attack, cells, pair);
        return attack.determined();
    }

    /**
     * All two-way tables of some dimensions together, over the many-way cells that every one of their rows
     * allows (a cell whose projection on any pair is an absent row is a known zero, so it is left out).
     */
    private static List<String> attackTogether(List<Dimension> dimensions) {
        LinearAttack attack = new LinearAttack();
        List<List<Dimension>> tables = new ArrayList<>();
        for (int a = 0; a < dimensions.size(); a++) {
            for (int b = a + 1; b < dimensions.size(); b++) {
                tables.add(List.of(dimensions.get(a), dimensions.get(b)));
            }
        }
        List<Map<String, String>> cells = new ArrayList<>(List.of(Map.of()));
        for (int added = 0; added < dimensions.size(); added++) {
            Dimension next = dimensions.get(added);
            List<Dimension> before = dimensions.subList(0, added);
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> cell : cells) {
                for (Map<String, String> value : published.get(List.of(next)).rows().keySet()) {
                    Map<String, String> keys = new HashMap<>(cell);
                    keys.putAll(value);
                    if (before.stream().allMatch(earlier -> published.get(sorted(earlier, next)).rows()
                            .containsKey(project(keys, List.of(earlier, next))))) {
                        extended.add(Map.copyOf(keys));
                    }
                }
            }
            cells = extended;
        }
        List<Map<String, String>> allowed = cells;
        assertTrue(!allowed.isEmpty(), "the published rows allow some cells of " + dimensions);
        allowed.forEach(keys -> declare(attack, keys));
        for (List<Dimension> table : tables) {
            stateCells(attack, published.get(table), allowed, keys -> project(keys, table));
        }
        linkToMargins(attack, allowed, dimensions);
        return attack.determined();
    }

    private static void declare(LinearAttack attack, Map<String, String> keys) {
        attack.unknown(name(keys) + "#0");
        attack.unknown(name(keys) + "#1");
        String qualification = keys.get("qualification");
        if (qualification != null) {
            // universityPlus of a qualification is all or nothing, by definition.
            attack.known(Map.of(name(keys) + (DEGREES.contains(qualification) ? "#0" : "#1"), 1.0));
        }
    }

    /** A table's rows as sums of the cells: published ones known, withheld ones targets. */
    private static void stateCells(LinearAttack attack, Table table, List<Map<String, String>> cells,
                                   java.util.function.Function<Map<String, String>, Map<String, String>> rowOf) {
        table.rows().forEach((keys, figure) -> {
            List<String> members = cells.stream().filter(cell -> rowOf.apply(cell).equals(keys)).map(DisclosureAttackTest::name).toList();
            state(attack, name(keys), members, figure, keys);
        });
    }

    /**
     * The one-way margins, the total and the indicators, as sums of the cells; employment and state apparatus
     * are each other's margins, as state apparatus is derived from employment.
     */
    private static void linkToMargins(LinearAttack attack, List<Map<String, String>> cells, List<Dimension> dimensions) {
        List<Dimension> margins = new ArrayList<>(dimensions);
        if (margins.contains(Dimension.EMPLOYMENT) && !margins.contains(Dimension.STATE_APPARATUS)) {
            margins.add(Dimension.STATE_APPARATUS);
        }
        if (margins.contains(Dimension.STATE_APPARATUS) && !margins.contains(Dimension.EMPLOYMENT)) {
            margins.add(Dimension.EMPLOYMENT);
        }
        for (Dimension margin : margins) {
            published.get(List.of(margin)).rows().forEach((keys, figure) -> {
                String key = keys.get(margin.apiName());
                List<String> members = cells.stream().filter(cell -> key.equals(margin == Dimension.STATE_APPARATUS
                        && !cell.containsKey("stateApparatus") ? apparatusOf(cell.get("employment")) : cell.get(margin.apiName())))
                        .map(DisclosureAttackTest::name).toList();
                state(attack, "margin " + name(keys), members, figure, keys);
            });
        }
        total(attack, cells.stream().map(DisclosureAttackTest::name).toList());
        for (IndicatorCode code : IndicatorCode.values()) {
            code.cells().filter(linked -> margins.contains(linked.dimension())).ifPresent(linked ->
                    indicator(attack, code, cells.stream().filter(cell -> linked.keys().contains(
                            linked.dimension() == Dimension.STATE_APPARATUS && !cell.containsKey("stateApparatus")
                                    ? apparatusOf(cell.get("employment")) : cell.get(linked.dimension().apiName())))
                            .map(DisclosureAttackTest::name).toList()));
        }
        if (margins.contains(Dimension.EMPLOYMENT)) {
            share(attack, "CIVIL_SERVANT_STANDARD_SHARE/", cells.stream()
                    .filter(cell -> "CIVIL_SERVANT".equals(cell.get("employment"))).map(DisclosureAttackTest::name).toList());
            if (margins.contains(Dimension.MEETS_STANDARD)) {
                share(attack, "CIVIL_SERVANT_STANDARD_SHARE", cells.stream()
                        .filter(cell -> "CIVIL_SERVANT".equals(cell.get("employment")) && "true".equals(cell.get("meetsStandard")))
                        .map(DisclosureAttackTest::name).toList());
            }
        }
    }

    /** A row over some cells: its count and universityPlus are known when shown, targets when withheld. */
    private static void state(LinearAttack attack, String label, List<String> members, Figure figure, Map<String, String> keys) {
        Map<String, Double> count = sum(members, "#0", "#1");
        Map<String, Double> university = sum(members, "#1");
        if (figure.count() != null) {
            attack.known(count);
        } else {
            attack.target(label + " count", count);
        }
        if (figure.universityPlus() != null) {
            attack.known(university);
        } else if (!keys.containsKey("qualification")) {
            attack.target(label + " universityPlus", university);
        }
    }

    /** The persons in all (or the given) cells, and those with a degree: the total and the university-plus share. */
    private static void total(LinearAttack attack, List<String> cells) {
        Map<String, Double> count = sum(cells, "#0", "#1");
        Map<String, Double> university = sum(cells, "#1");
        if (publicIndicators.containsKey("COLLEGE_PLUS_COUNT")) {
            attack.known(count);
        } else {
            attack.target("COLLEGE_PLUS_COUNT", count);
        }
        if (publicIndicators.containsKey("UNIVERSITY_PLUS_SHARE")) {
            attack.known(university);
        } else {
            attack.target("UNIVERSITY_PLUS_SHARE", university);
        }
    }

    private static void indicator(LinearAttack attack, IndicatorCode code, List<String> cells) {
        Map<String, Double> count = sum(cells, "#0", "#1");
        if (publicIndicators.containsKey(code.name())) {
            attack.known(count);
        } else {
            attack.target(code.name(), count);
        }
    }

    /** A share's numerator (code) or denominator (code + "/"). */
    private static void share(LinearAttack attack, String part, List<String> cells) {
        Map<String, Double> count = sum(cells, "#0", "#1");
        boolean shown = part.endsWith("/") ? publicDenominators.containsKey(part.substring(0, part.length() - 1))
                : publicIndicators.containsKey(part);
        if (shown) {
            attack.known(count);
        } else {
            attack.target(part, count);
        }
    }

    /** State apparatus is derived from employment by registry; anyone can know it. */
    private static void apparatusFollowsEmployment(LinearAttack attack) {
        for (Map<String, String> apparatus : published.get(List.of(Dimension.STATE_APPARATUS)).rows().keySet()) {
            for (int part = 0; part <= 1; part++) {
                Map<String, Double> rule = new HashMap<>();
                rule.put(name(apparatus) + "#" + part, -1.0);
                for (Map<String, String> employment : published.get(List.of(Dimension.EMPLOYMENT)).rows().keySet()) {
                    if (apparatusOf(employment.get("employment")).equals(apparatus.get("stateApparatus"))) {
                        rule.put(name(employment) + "#" + part, 1.0);
                    }
                }
                attack.known(rule);
            }
        }
    }

    private static String apparatusOf(String employment) {
        if ("UNKNOWN".equals(employment)) {
            return "UNKNOWN";
        }
        return employment.equals("RETIRED") ? "RETIRED" : INSIDE.contains(employment) ? "INSIDE" : "OUTSIDE";
    }

    private static Map<String, Double> sum(List<String> cells, String... parts) {
        Map<String, Double> sum = new HashMap<>();
        for (String cell : cells) {
            for (String part : parts) {
                sum.put(cell + part, 1.0);
            }
        }
        return sum;
    }

    private static Map<String, String> project(Map<String, String> keys, List<Dimension> on) {
        Map<String, String> projected = new HashMap<>();
        on.forEach(dimension -> projected.put(dimension.apiName(), keys.get(dimension.apiName())));
        return projected;
    }

    private static List<Dimension> sorted(Dimension a, Dimension b) {
        return a.ordinal() < b.ordinal() ? List.of(a, b) : List.of(b, a);
    }

    private static String name(Map<String, String> keys) {
        return new TreeMap<>(keys).toString();
    }

    private static void assertLineAddsUp(String line, java.util.Collection<Figure> rows, Long margin) {
        if (margin != null && rows.stream().allMatch(row -> row.count() != null)) {
            assertEquals(margin, rows.stream().mapToLong(Figure::count).sum(), line + " adds up");
        }
    }
}
