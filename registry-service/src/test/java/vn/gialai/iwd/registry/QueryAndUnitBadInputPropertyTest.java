package vn.gialai.iwd.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.registry.BadInput.TRIES;
import static vn.gialai.iwd.registry.BadInput.assertProblem;
import static vn.gialai.iwd.registry.BadInput.shorten;

/**
 * Hostile query parameters of registry's list endpoints and hostile bodies of the units admin
 * (issue 15): a parameter that cannot be read is a 400 problem+json naming it, never a 5xx; a unit
 * definition that cannot be read or is not valid is a 400 and writes no unit; text that is stored
 * comes back verbatim. jqwik samples inside one running application, {@value BadInput#TRIES} per property.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class QueryAndUnitBadInputPropertyTest {

    @BeforeEach
    void sameSamplesEveryRun() {
        BadInput.seedSamples();
    }

    private static final String UNIT = "SO-YTE";

    @Inject
    AgroalDataSource dataSource;

    /** Limits: huge, negative, zero, not numbers, numbers in other scripts, with NUL or zero-width characters. */
    static Arbitrary<String> limits() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(-2, 1_002).map(String::valueOf),
                Arbitraries.of("0", "-0", "1001", "2147483647", "2147483648", "-2147483649", "9".repeat(40), "1e3",
                        "0x10", "1.5", "10.0", "+5", " 7 ", "١٠", "１０", "ten", "NaN", "", "%", "'", "1; DROP TABLE unit",
                        "5\u0000", "\u0000", "5\u200b", "\u202e5", "null", "[]", "{}"));
    }

    /** The status a limit gets: 1 to 1000 are read, anything else is refused naming limit. */
    static boolean validLimit(String value) {
        if (value.isBlank()) {
            return true;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            return limit >= 1 && limit <= 1000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Cursors: garbage, base64 of garbage, and forged cursors of the right shape with values at the ends. */
    static Arbitrary<String> cursors() {
        Arbitrary<String> forgedRecord = Combinators.combine(
                Arbitraries.of("2026-01-01T00:00:00Z", "+999999999-12-31T23:59:59.999999999-18:00",
                        "-999999999-01-01T00:00:00+18:00", "0000-01-01T00:00:00Z", "-4714-11-24T00:00:00Z",
                        "+294277-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "x", ""),
                Arbitraries.of("0", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                        "1e3", "x", "", "1|2")).as((at, id) -> b64(at + "|" + id));
        Arbitrary<String> forgedId = Arbitraries.of("id:0", "id:-1", "id:9223372036854775807", "id:9223372036854775808",
                "id:", "id:x", "ID:1", "1").map(QueryAndUnitBadInputPropertyTest::b64);
        return Arbitraries.oneOf(forgedRecord, forgedId, BadInput.injectionStrings(),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(60).map(QueryAndUnitBadInputPropertyTest::b64),
                Arbitraries.of("-1", "0", "9223372036854775807", "9223372036854775808", "\u0000", "AAAA====", "===",
                        UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", "x".repeat(1000)));
    }

    /** Instants for updatedSince: garbage, impossible, and well-formed ones at the ends of the calendar. */
    static Arbitrary<String> instants() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("2026-01-31T00:00:00Z", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
                        "2026-01-31T24:00:00Z", "2026-01-31T00:00:00", "2026-01-31", "2026-01-31T00:00:00+25:00",
                        "2026-01-31T00:00:00+18:00", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                        "0000-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "-4714-11-24T00:00:00Z",
                        "1969-12-31T23:59:59.999999999Z", "2026-01-31T00:00:00Z\u0000", "now", "0", "-1"));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    record Query(String path, String token, Map<String, String> parameters) {
    }

    @Test
    void listParametersAreReadOrRefusedWith400NamingThemNeverA5xx() {
        Arbitrary<Query> records = Combinators.combine(limits().injectNull(0.3), cursors().injectNull(0.3),
                instants().injectNull(0.3)).as((limit, cursor, since) -> new Query(
                "/api/v1/registry/units/" + UNIT + "/records", Tokens.submitter(UNIT),
                parameters("limit", limit, "cursor", cursor, "updatedSince", since)));
        Arbitrary<Query> persons = Combinators.combine(limits().injectNull(0.3), cursors().injectNull(0.3),
                texts().injectNull(0.3), texts().injectNull(0.7), texts().injectNull(0.7)).as((limit, cursor, q, unit, sector) ->
                new Query("/api/v1/registry/persons", Tokens.admin(),
                        parameters("limit", limit, "cursor", cursor, "q", q, "unit", unit, "sector", sector)));
        Arbitrary<Query> duplicates = Combinators.combine(limits().injectNull(0.3), cursors().injectNull(0.3),
                Arbitraries.oneOf(texts(), Arbitraries.of("OPEN", "MERGED", "open", " OPEN ")).injectNull(0.5),
                Arbitraries.oneOf(texts(), Arbitraries.just(UUID.randomUUID().toString())).injectNull(0.5))
                .as((limit, cursor, status, personId) -> new Query("/api/v1/registry/duplicates", Tokens.admin(),
                        parameters("limit", limit, "cursor", cursor, "status", status, "personId", personId)));
        Arbitraries.oneOf(records, persons, duplicates).sampleStream().limit(2L * TRIES).forEach(query -> {
            Response answer = given().header("Authorization", query.token()).queryParams(query.parameters())
                    .when().get(query.path());
            String what = query.path() + " " + shorten(query.parameters().toString());
            if (answer.statusCode() == 200) {
                assertTrue(answer.contentType().startsWith("application/json"), what);
                String limit = query.parameters().get("limit");
                assertTrue(limit == null || validLimit(limit), "limit " + shorten(limit) + " was taken: " + what);
                int items = answer.jsonPath().getList("items").size();
                assertTrue(items <= (limit == null || limit.isBlank() ? 100 : Integer.parseInt(limit.trim())), what);
            } else {
                assertProblem(answer, Set.of(400), what);
                // The parameter named is one that was sent (the first unreadable one, when several are).
                String field = answer.jsonPath().getString("errors[0].field");
                assertTrue(field == null || query.parameters().containsKey(field), field + " for " + what);
                if (query.parameters().keySet().equals(Set.of("limit"))) {
                    assertEquals("limit", field, what);
                }
            }
        });
    }

    /** Free text as a query value: names, injection strings, odd characters. */
    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(BadInput.injectionStrings(), BadInput.oddCharacters().map(c -> "Nguy" + c + "n"),
                Arbitraries.strings().ofMaxLength(40), Arbitraries.just("x".repeat(1000)));
    }

    @Test
    void aRemovalWithABadReasonOrDateIsRefusedAndRemovesNothing() {
        String id = SampleRecords.externalId();
        RecordResourceTest.put(UNIT, id, SampleRecords.doctor()).statusCode(201);
        Arbitrary<String> reasons = Arbitraries.oneOf(texts(), Arbitraries.of("NOT_REPORTED", "moved", "MOVED "));
        Arbitrary<String> dates = Arbitraries.oneOf(instants(), texts(),
                Arbitraries.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "-0001-01-01", "2025-02-30",
                        "+10000-01-01", "-4714-11-23"));
        Combinators.combine(reasons, dates.injectNull(0.2)).as((reason, date) -> parameters("reason", reason,
                "effectiveDate", date)).sampleStream().limit(TRIES).forEach(parameters -> {
            Response answer = given().header("Authorization", Tokens.submitter(UNIT)).queryParams(parameters)
                    .when().delete("/api/v1/registry/units/" + UNIT + "/records/" + id);
            assertProblem(answer, Set.of(400, 404, 422), shorten(parameters.toString()));
            given().header("Authorization", Tokens.submitter(UNIT)).when()
                    .get("/api/v1/registry/units/" + UNIT + "/records/" + id)
                    .then().statusCode(200).body("removedOn", org.hamcrest.Matchers.nullValue());
        });
        // Well-formed reasons with dates at the ends of the calendar: removed, or refused naming the date.
        Arbitraries.of("-999999999-01-01", "0000-01-01", "-0001-01-01", "0001-01-01", "-4714-11-23", "1000-01-01")
                .sampleStream().limit(6).forEach(date -> {
                    String other = SampleRecords.externalId();
                    RecordResourceTest.put(UNIT, other, SampleRecords.doctor()).statusCode(201);
                    Response answer = given().header("Authorization", Tokens.submitter(UNIT))
                            .queryParam("reason", "MOVED").queryParam("effectiveDate", date)
                            .when().delete("/api/v1/registry/units/" + UNIT + "/records/" + other);
                    if (answer.statusCode() != 204) {
                        assertProblem(answer, Set.of(400, 422), date);
                        assertTrue(answer.asString().contains("effectiveDate"), shorten(answer.asString()));
                    }
                });
    }

    // ---- units admin ---------------------------------------------------------------------------

    private static final String VALID_UNIT = "{\"nameVi\": \"Xã Thử\", \"kind\": \"COMMUNE\", \"validFrom\": \"2025-07-01\"}";

    /** A unit body, and whether it must be refused (a scalar Jackson coerces, such as 1 for a name, may be taken). */
    record UnitBody(byte[] bytes, boolean mustRefuse) {
        static UnitBody refused(String text) {
            return new UnitBody(text.getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /** {@link #VALID_UNIT} with the member set to the raw JSON value (replacing it when present). */
    static String withMember(String field, String value) {
        return VALID_UNIT.replaceFirst(", \"" + field + "\": [^,}]+", "").replaceFirst("^\\{\"" + field + "\": [^,}]+, ", "{")
                .replaceFirst("\\{", "{\"" + field + "\": " + value + ", ");
    }

    /** A unit definition with one bad member, or not a definition at all. */
    static Arbitrary<UnitBody> badUnitBodies() {
        Map<String, List<String>> invalid = Map.of(
                "nameVi", List.of("[]", "{}", "[\"Xã\"]", "\"\"", "\"   \"", "\"" + "x".repeat(301) + "\"", "null"),
                "nameEn", List.of("[]", "{}", "\"" + "x".repeat(301) + "\""),
                "kind", List.of("\"PLANET\"", "\"commune\"", "1", "0", "\"\"", "[]", "{}", "null"),
                "parentCode", List.of("\"so-yte\"", "\"A\"", "\"SO YTE\"", "\"NO-SUCH-UNIT\"", "[]", "{}",
                        "\"" + "A".repeat(33) + "\""),
                "validFrom", List.of("\"2025-02-30\"", "\"2025-7-1\"", "\"\"", "\"2025-07-01T00:00:00Z\"", "null",
                        "{}", "\"01/07/2025\""),
                "validTo", List.of("\"2025-02-30\"", "\"2025-06-30\"", "{}", "\"x\""),
                "successorCodes", List.of("[1.5]", "[null]", "[\"so-yte\"]", "[\"NO-SUCH\"]", "{}", "[[]]",
                        "[\"SO YTE\"]"));
        Arbitrary<UnitBody> invalidMember = Arbitraries.of(invalid.keySet().stream().sorted().toList())
                .flatMap(field -> Arbitraries.of(invalid.get(field)).map(value -> UnitBody.refused(withMember(field, value))));
        Arbitrary<UnitBody> coercible = Combinators.combine(Arbitraries.of("nameVi", "nameEn", "parentCode", "validFrom",
                "validTo"), Arbitraries.of("1", "true", "1.5", "-1", "20250701", "[2025, 7, 1]"))
                .as((field, value) -> new UnitBody(withMember(field, value).getBytes(StandardCharsets.UTF_8), false));
        Arbitrary<UnitBody> extremeDates = Combinators.combine(Arbitraries.of("validFrom", "validTo"),
                Arbitraries.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "-0001-01-01", "+10000-01-01",
                        "-4714-11-23", "0001-01-01", "+294277-01-01"))
                .as((field, date) -> new UnitBody(withMember(field, "\"" + date + "\"").getBytes(StandardCharsets.UTF_8), false));
        Arbitrary<UnitBody> unknown = Arbitraries.of("version", "code", "updatedAt", "id", "__proto__", "", "nameVi ",
                "NameVi").map(name -> UnitBody.refused(VALID_UNIT.replaceFirst("\\{", "{\"" + name + "\": 1, ")));
        Arbitrary<UnitBody> deep = Combinators.combine(Arbitraries.integers().between(1_001, 10_000), Arbitraries.of(true, false))
                .as((depth, arrays) -> UnitBody.refused(VALID_UNIT.replaceFirst("\\{", "{\"nameEn\": "
                        + BadInput.nested(depth, arrays) + ", ")));
        Arbitrary<UnitBody> truncated = Arbitraries.integers().between(0, VALID_UNIT.length() - 1)
                .map(cut -> UnitBody.refused(VALID_UNIT.substring(0, cut)));
        Arbitrary<UnitBody> shapes = Arbitraries.of("[]", "[" + VALID_UNIT + "]", "\"unit\"", "42", "null",
                VALID_UNIT + " x", VALID_UNIT + VALID_UNIT).map(UnitBody::refused);
        // Jackson alone would decode overlong forms and encoded surrogates: rest.StrictUtf8Bodies refuses them.
        Arbitrary<UnitBody> badUtf8 = BadInput.invalidUtf8().map(bytes -> new UnitBody(BadInput.insertAfter(VALID_UNIT, "X", bytes), true));
        return Arbitraries.oneOf(invalidMember, coercible, extremeDates, unknown, deep, truncated, shapes,
                BadInput.notJson().map(UnitBody::refused), badUtf8);
    }

    @Test
    void aUnitDefinitionThatCannotBeReadOrIsInvalidIs400AndWritesNoUnit() {
        badUnitBodies().sampleStream().limit(TRIES).forEach(body -> {
            String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String text = new String(body.bytes(), StandardCharsets.UTF_8);
            Response answer = given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                    .body(body.bytes()).when().put("/api/v1/registry/units/" + code);
            if (!body.mustRefuse() && answer.statusCode() == 201) {
                return;
            }
            assertProblem(answer, Set.of(400), text);
            assertEquals(0, BadInput.count(dataSource, "select count(*) from unit where code = ?", code), text);
        });
        // A code that is not a unit code, with a valid definition.
        long units = BadInput.count(dataSource, "select count(*) from unit");
        Arbitraries.oneOf(Arbitraries.of("a", "so-yte", "X", "A".repeat(33), "SO YTE", "SO_YTE", "SO-YTE\u0000",
                        "..", "SO-YTE;DROP", "<b>", "Ự", "\u202eSO"), Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                        // RestAssured reads braces in a path value as a template of its own
                        .filter(code -> !code.matches("[A-Z0-9-]{2,32}") && !code.contains("{") && !code.contains("}")))
                .sampleStream().limit(TRIES / 2).forEach(code -> {
                    Response answer = given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                            .body(VALID_UNIT).when().put("/api/v1/registry/units/{code}", code);
                    assertProblem(answer, Set.of(400, 404, 405), code);
                });
        assertEquals(units, BadInput.count(dataSource, "select count(*) from unit"), "no unit written");
    }

    @Test
    void unitNamesWithOddOrHostileTextAreStoredVerbatimOrRefusedNamingTheField() {
        Arbitrary<String> names = Arbitraries.oneOf(BadInput.injectionStrings(),
                BadInput.oddCharacters().list().ofMinSize(1).ofMaxSize(3).map(chars -> "Xã " + String.join("Thử", chars)));
        Combinators.combine(names, Arbitraries.of("nameVi", "nameEn")).as((name, field) -> Map.entry(field, name))
                .sampleStream().limit(TRIES / 2).forEach(sample -> {
                    String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                    Map<String, Object> body = new java.util.HashMap<>(Map.of("nameVi", "Xã Thử", "kind", "COMMUNE",
                            "validFrom", "2025-07-01"));
                    body.put(sample.getKey(), sample.getValue());
                    Response answer = given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                            .body(body).when().put("/api/v1/registry/units/" + code);
                    if (answer.statusCode() == 201) {
                        given().header("Authorization", Tokens.admin()).when().get("/api/v1/registry/units/" + code)
                                .then().statusCode(200).contentType("application/json")
                                .body(sample.getKey(), org.hamcrest.Matchers.equalTo(sample.getValue()));
                    } else {
                        assertProblem(answer, Set.of(400), shorten(sample.toString()));
                        assertTrue(answer.jsonPath().getList("errors.field").contains(sample.getKey()),
                                shorten(answer.asString()));
                        assertEquals(0, BadInput.count(dataSource, "select count(*) from unit where code = ?", code));
                    }
                });
    }

    /** Alternating names and values; null values are left out. */
    static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parameters;
    }
}
