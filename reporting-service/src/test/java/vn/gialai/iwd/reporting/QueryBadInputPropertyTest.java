package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile query parameters on every read of reporting-service (issue 15): each answer is 2xx, or a 400, 404 or 422
 * problem+json that names a parameter that was sent (or a path value: 404), never a 5xx and never Java
 * internals. Reads only: the figures other tests assert stay as they are. Seeded like registry's
 * properties ({@code -Diwd.bad-input.seed=…}).
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class QueryBadInputPropertyTest {

    private static final int TRIES = 300;
    private static final String ANALYST = Tokens.bearer("bad-input-analyst", Set.of("analyst"), List.of());

    private record Query(String path, Map<String, String> parameters, boolean keyed) {
    }

    @BeforeEach
    void sameSamplesEveryRun() {
        String seed = System.getProperty("iwd.bad-input.seed", "20261203");
        SourceOfRandomness.create(seed);
        System.out.println("bad-input samples seeded with " + seed + " (-Diwd.bad-input.seed to change)");
    }

    static Arbitrary<String> hostile() {
        return Arbitraries.of("", " ", "x", "'; DROP TABLE person_state;--", "<script>alert(1)</script>", "\u0000",
                "%", "\u202egnp", "\u200b", "null", "[]", "{}", "-1", "0", "1e309", "NaN", "9".repeat(25), "x".repeat(1000),
                "\uD83D\uDE00", "sector,sector", ",", "sector,", "SECTOR", "sector,qualification,unit,ethnicity");
    }

    static Arbitrary<String> days() {
        return Arbitraries.oneOf(hostile(), Arbitraries.of("2026-01-31", "2025-12-31", "2026-02-30", "2026-13-01",
                "2025-2-1", "31/01/2026", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "-4714-11-24",
                "+294277-01-01", "1900-01-01", "2100-12-31", "2026-01-31T00:00:00Z", "2026-01-31T00:00:00+25:00",
                "2026-01-31T24:00:00Z", "+10000-01-01T00:00:00Z", "-4714-11-24T00:00:00Z"));
    }

    static Arbitrary<String> dimensions() {
        return Arbitraries.oneOf(hostile(), Arbitraries.of("sector", "unit", "qualification", "sector,qualification",
                "ethnicity", "academicTitle", "employment", "gender", "type", "type,level", "type,year", "type,unit", "level"));
    }

    static Arbitrary<String> years() {
        return Arbitraries.oneOf(hostile(), Arbitraries.of("2020", "2026", "2030", "2045", "1899", "2101", "-2026",
                "2147483648", "2026.5"));
    }

    private static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                parameters.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return parameters;
    }

    @Test
    void everyReadAnswersOrRefusesNamingTheParameterNeverA5xx() {
        Arbitrary<Query> indicators = Combinators.combine(days().injectNull(0.3), days().injectNull(0.6), Arbitraries.of(true, false))
                .as((asOf, knownAt, keyed) -> new Query(keyed ? "/api/v1/reports/indicators" : "/api/v1/public/indicators",
                        parameters("asOf", asOf, "knownAt", knownAt), keyed));
        Arbitrary<Query> breakdowns = Combinators.combine(dimensions(), days().injectNull(0.5), hostile().injectNull(0.7),
                Arbitraries.of("/api/v1/reports/breakdown", "/api/v1/public/breakdown", "/api/v1/reports/export/breakdown"))
                .as((by, asOf, units, path) -> new Query(path, path.contains("public") ? parameters("by", by)
                        : parameters("by", by, "asOf", asOf, "units", units,
                        "format", path.contains("export") ? "csv" : null), !path.contains("public")));
        Arbitrary<Query> contributions = Combinators.combine(dimensions(), years().injectNull(0.4), years().injectNull(0.4),
                Arbitraries.of(true, false)).as((by, from, to, keyed) -> new Query(
                keyed ? "/api/v1/reports/contributions" : "/api/v1/public/contributions",
                keyed ? parameters("by", by, "from", from, "to", to) : parameters("by", by), keyed));
        Arbitrary<Query> trends = Combinators.combine(years().injectNull(0.4), years().injectNull(0.4), Arbitraries.of(true, false))
                .as((from, to, keyed) -> new Query(keyed ? "/api/v1/reports/trend" : "/api/v1/public/trend",
                        parameters("from", from, "to", to), keyed));
        Arbitrary<Query> formats = Combinators.combine(hostile(), days().injectNull(0.5))
                .as((format, asOf) -> new Query("/api/v1/reports/export/breakdown", parameters("by", "sector",
                        "format", format, "asOf", asOf), true));
        Arbitrary<Query> annual = Combinators.combine(years(), hostile().injectNull(0.5))
                .as((year, revision) -> new Query("/api/v1/public/annual/" + year.replace("/", "%2F").replace("?", "%3F")
                        .replace("#", "%23").replace("{", "%7B").replace("}", "%7D"), parameters("revision", revision), false));
        Arbitraries.oneOf(indicators, breakdowns, contributions, trends, formats, annual).sampleStream().limit(TRIES)
                .forEach(QueryBadInputPropertyTest::answersOrRefuses);
    }

    private static void answersOrRefuses(Query query) {
        String what = query.path() + " " + query.parameters();
        Response answer = (query.keyed() ? given().header("Authorization", ANALYST) : given())
                .urlEncodingEnabled(true).queryParams(query.parameters()).when().get(query.path());
        int status = answer.statusCode();
        assertTrue(status < 500, status + " for " + what + ": " + answer.asString());
        if (status < 400) {
            return;
        }
        assertTrue(Set.of(400, 404, 422).contains(status), status + " for " + what);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType() + " for " + what);
        String body = answer.asString();
        assertEquals(status, answer.jsonPath().getInt("status"), what);
        assertFalse(body.contains("java.") || body.contains("Exception") || body.contains("vn.gialai"), body);
        List<String> fields = answer.jsonPath().getList("errors.field");
        if (fields != null) {
            fields.forEach(field -> assertTrue(query.parameters().containsKey(field), field + " named for " + what));
        }
    }
}
