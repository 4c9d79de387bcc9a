package vn.gialai.iwd.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.gialai.iwd.registry.service.Names;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.registry.BadInput.TRIES;
import static vn.gialai.iwd.registry.BadInput.assertProblem;
import static vn.gialai.iwd.registry.BadInput.shorten;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

/**
 * Hostile input to the record writes (issue 15): whatever a client sends to the batch POST or the
 * single PUT, the answer is the documented 4xx problem+json or a judged record, never a 5xx, and
 * nothing is half-written: a body refused whole writes no row, and in a judged batch exactly the good
 * records are stored. Inputs come from jqwik generators, sampled inside one running application as in
 * {@link ArrivalOrderPropertyTest} (a Quarkus test), {@value BadInput#TRIES} samples per property.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class RecordBadInputPropertyTest {

    @BeforeEach
    void sameSamplesEveryRun() {
        BadInput.seedSamples();
    }

    private static final String UNIT = "SO-YTE";
    private static final String BATCH = "/api/v1/registry/units/" + UNIT + "/records/batch";
    private static final String RECORDS = "/api/v1/registry/units/" + UNIT + "/records/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON type each record field is read as; a value of any other type is INVALID_TYPE. */
    private static final Map<String, String> FIELD_TYPES = Map.ofEntries(Map.entry("externalId", "text"),
            Map.entry("fullName", "text"), Map.entry("nationalId", "text"), Map.entry("dateOfBirth", "text"),
            Map.entry("birthYear", "integer"), Map.entry("gender", "text"), Map.entry("ethnicity", "text"),
            Map.entry("highestQualification", "text"), Map.entry("academicTitle", "text"),
            Map.entry("fieldOfStudy", "text"), Map.entry("sector", "text"), Map.entry("employment", "text"),
            Map.entry("employer", "text"), Map.entry("meetsStandard", "boolean"), Map.entry("trainedAbroad", "boolean"),
            Map.entry("livesAbroad", "boolean"), Map.entry("foreignNational", "boolean"),
            Map.entry("contributions", "array"), Map.entry("effectiveDate", "text"));

    @Inject
    AgroalDataSource dataSource;

    // ---- bodies refused whole ------------------------------------------------------------------

    /** A batch body as raw bytes, with the fresh externalIds it names (none of which may be stored after). */
    record RawBody(byte[] bytes, String description, List<String> externalIds) {
        static RawBody of(String text, List<String> externalIds) {
            return new RawBody(text.getBytes(StandardCharsets.UTF_8), text, externalIds);
        }
    }

    @Test
    void aBatchBodyThatIsNotABatchIsRefusedWholeWith400AndWritesNothing() {
        Arbitrary<RawBody> wrongShape = Arbitraries.of("[]", "[{\"records\": []}]", "\"records\"", "42", "-1e999",
                "true", "null", "{}", "{\"records\": {}}", "{\"records\": \"[]\"}", "{\"records\": 5}",
                "{\"records\": null}", "{\"items\": []}", "{\"Records\": []}", "{\"records\": []} trailing",
                "{\"records\": []}{}", "{\"records\": []}]", "{\"records\": [}").map(text -> RawBody.of(text, List.of()));
        Arbitrary<RawBody> notJson = BadInput.notJson().map(text -> RawBody.of(text, List.of()));
        Arbitrary<RawBody> truncated = Arbitraries.integers().between(1, 6).flatMap(size -> {
            List<String> ids = freshIds(size);
            String body = batchJson(ids.stream().map(RecordBadInputPropertyTest::good).toList());
            return Arbitraries.integers().between(1, body.length() - 1)
                    .map(cut -> RawBody.of(body.substring(0, cut), ids));
        });
        Arbitrary<RawBody> badUtf8 = BadInput.invalidUtf8().map(bytes -> {
            List<String> ids = freshIds(3);
            String body = batchJson(ids.stream().map(RecordBadInputPropertyTest::good).toList());
            return new RawBody(BadInput.insertAfter(body, "Nguy", bytes), "invalid UTF-8 " + hex(bytes) + " in " + body,
                    ids);
        });
        Arbitrary<RawBody> deep = Combinators.combine(Arbitraries.integers().between(1_001, 10_000),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((depth, arrays, asField) -> {
            List<String> ids = freshIds(1);
            Map<String, Object> record = good(ids.get(0));
            String records = asField
                    ? json(List.of(record)).replace("\"fullName\":", "\"employer\":" + BadInput.nested(depth, arrays) + ",\"fullName\":")
                    : "[" + json(record) + "," + BadInput.nested(depth, arrays) + "]";
            return new RawBody(("{\"records\": " + records + "}").getBytes(StandardCharsets.UTF_8),
                    depth + " nested " + (arrays ? "arrays" : "objects") + (asField ? " as a field" : " as a record"), ids);
        });
        Arbitrary<RawBody> bodies = Arbitraries.oneOf(wrongShape, notJson, truncated, badUtf8, deep);

        long records = count("select count(*) from person_record");
        long persons = count("select count(*) from person");
        bodies.sampleStream().limit(TRIES).forEach(body -> {
            Response answer = given().header("Authorization", Tokens.submitter(UNIT))
                    .contentType("application/json").body(body.bytes()).when().post(BATCH);
            assertProblem(answer, Set.of(400), body.description());
            assertEquals(0, stored(body.externalIds()), "nothing of " + shorten(body.description()));
        });
        assertEquals(records, count("select count(*) from person_record"), "no record written");
        assertEquals(persons, count("select count(*) from person"), "no person written");
    }

    @Test
    void aPutBodyThatIsNotOneRecordIsRefusedWith400AndWritesNothing() {
        Arbitrary<String> wrongShape = Arbitraries.of("[]", "[" + json(doctor()) + "]", "\"record\"", "42", "true",
                "null", json(doctor()) + " trailing", json(doctor()) + json(doctor()));
        Arbitrary<byte[]> text = Arbitraries.oneOf(wrongShape, BadInput.notJson(),
                Arbitraries.integers().between(1, json(doctor()).length() - 1).map(cut -> json(doctor()).substring(0, cut)),
                Combinators.combine(Arbitraries.integers().between(1_001, 10_000), Arbitraries.of(true, false))
                        .as((depth, arrays) -> json(doctor()).replace("\"fullName\":",
                                "\"employer\":" + BadInput.nested(depth, arrays) + ",\"fullName\":")))
                .map(body -> body.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> badUtf8 = BadInput.invalidUtf8().map(bytes -> BadInput.insertAfter(json(doctor()), "Nguy", bytes));
        long records = count("select count(*) from person_record");
        Arbitraries.oneOf(text, badUtf8).sampleStream().limit(TRIES).forEach(body -> {
            String id = SampleRecords.externalId();
            Response answer = given().header("Authorization", Tokens.submitter(UNIT)).contentType("application/json")
                    .body(body).when().put(RECORDS + id);
            assertProblem(answer, Set.of(400), new String(body, StandardCharsets.UTF_8) + " " + hex(body));
            assertEquals(0, stored(List.of(id)));
        });
        assertEquals(records, count("select count(*) from person_record"), "no record written");
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() {
        Arbitrary<String> types = Arbitraries.of("text/plain", "application/xml", "text/csv",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
                "application/jsonx", "image/png");
        long records = count("select count(*) from person_record");
        types.sampleStream().limit(20).forEach(type -> {
            String id = SampleRecords.externalId();
            byte[] body = batchJson(List.of(good(id))).getBytes(StandardCharsets.UTF_8);
            assertProblem(BadInput.send("POST", BATCH, Tokens.submitter(UNIT), type, body, false), Set.of(415), type);
            assertProblem(BadInput.send("PUT", RECORDS + id, Tokens.submitter(UNIT), type,
                    json(good(id)).getBytes(StandardCharsets.UTF_8), false), Set.of(415), type);
            assertEquals(0, stored(List.of(id)));
        });
        assertEquals(records, count("select count(*) from person_record"), "no record written");
    }

    @Test
    void aBatchOfMoreThan5000RecordsIs413AndWritesNothing() {
        long records = count("select count(*) from person_record");
        Arbitraries.integers().between(5_001, 5_100).sampleStream().limit(2).forEach(size -> {
            List<String> ids = freshIds(size);
            String body = batchJson(ids.stream().map(RecordBadInputPropertyTest::good).toList());
            for (String query : List.of("", "?dryRun=true")) {
                assertProblem(given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                        .body(body).when().post(BATCH + query), Set.of(413), size + " records" + query);
            }
            assertEquals(0, stored(ids));
        });
        assertEquals(records, count("select count(*) from person_record"), "no record written");
    }

    @Test
    void aBodyOverTheCapIs413AlsoWhenChunked() {
        long records = count("select count(*) from person_record");
        int cap = 16 * 1024 * 1024;
        record Oversized(int size, boolean chunked, boolean batch) {
        }
        List<Oversized> samples = new ArrayList<>();
        Arbitraries.integers().between(cap + 1, cap + 200_000).sampleStream().limit(4).forEach(size ->
                samples.add(new Oversized(size, samples.size() % 2 == 0, samples.size() < 2)));
        samples.forEach(sample -> {
            int size = sample.size();
            boolean chunked = sample.chunked();
            boolean batch = sample.batch();
            String id = SampleRecords.externalId();
            // A valid body padded with spaces up to the size: only its length is wrong.
            String valid = batch ? batchJson(List.of(good(id))) : json(good(id));
            byte[] body = (valid + " ".repeat(size - valid.length())).getBytes(StandardCharsets.UTF_8);
            String what = size + " bytes " + (chunked ? "chunked" : "with Content-Length") + " to " + (batch ? "batch" : "PUT");
            try {
                HttpResponse<String> answer = BadInput.send(batch ? "POST" : "PUT", batch ? BATCH : RECORDS + id,
                        Tokens.submitter(UNIT), "application/json", body, chunked);
                // Vert.x answers before the application sees the body: a bare 413, not problem+json.
                assertEquals(413, answer.statusCode(), what + ": " + shorten(answer.body()));
            } catch (java.io.UncheckedIOException closed) {
                // ...or closes the connection while the client is still sending: refused all the same.
                assertTrue(closed.getMessage() != null, what);
            }
            assertEquals(0, stored(List.of(id)), what);
        });
        assertEquals(records, count("select count(*) from person_record"), "no record written");
    }

    // ---- records judged one by one -------------------------------------------------------------

    /** One record of a batch: good, or with one bad value and the error it must get. */
    record Item(String externalId, Map<String, Object> record, String field, String code) {
        boolean good() {
            return field == null;
        }

        /** The same item under a fresh externalId: samples may repeat, records must not. */
        Item renewed() {
            String id = SampleRecords.externalId();
            Map<String, Object> copy = new java.util.HashMap<>(record);
            if (externalId.equals(copy.get("externalId"))) {
                copy.put("externalId", id);
            }
            if (good()) {
                copy.put("fullName", "Nguyễn Văn " + id.substring(id.length() - 12));
            }
            return new Item(id, copy, field, code);
        }
    }

    /** A wrong JSON type for a field of the given type. */
    private static Arbitrary<Object> wrongType(String type) {
        Arbitrary<Object> numbers = Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of((Object) 0, -1, 1985, Long.MAX_VALUE, 1.5, -0.0, 1e300, new java.math.BigInteger("1" + "0".repeat(30))));
        Arbitrary<Object> booleans = Arbitraries.of((Object) true, false);
        Arbitrary<Object> strings = Arbitraries.of((Object) "", "1985", "true", "có", "không", "1", "0", "null", "[]", "{}");
        Arbitrary<Object> arrays = Arbitraries.of((Object) List.of(), List.of("Nguyễn"), List.of(1, 2), List.of(Map.of()));
        Arbitrary<Object> objects = Arbitraries.of((Object) Map.of(), Map.of("code", "MASTER"), Map.of("$gt", ""));
        return switch (type) {
            case "text" -> Arbitraries.oneOf(numbers, booleans, arrays, objects);
            case "integer" -> Arbitraries.oneOf(strings, booleans, arrays, objects,
                    Arbitraries.of((Object) 1985.5, 1e10, 3_000_000_000L, -3_000_000_000L, new java.math.BigInteger("9".repeat(25))));
            case "boolean" -> Arbitraries.oneOf(strings, numbers, arrays, objects);
            default -> Arbitraries.oneOf(strings, numbers, booleans, objects);
        };
    }

    private static Arbitrary<Item> badItem() {
        Arbitrary<Item> wrongType = Arbitraries.of(FIELD_TYPES.keySet().stream().sorted().toList()).flatMap(field ->
                wrongType(FIELD_TYPES.get(field)).map(value -> {
                    String id = SampleRecords.externalId();
                    return new Item(id, with(good(id), field, value), field, "INVALID_TYPE");
                }));
        Arbitrary<Item> unknownField = Arbitraries.oneOf(
                Arbitraries.of("personId", "id", "version", "createdAt", "updatedAt", "nationalIdHmac", "unitCode",
                        "__proto__", "constructor", "$where", "fullName ", " fullName", "FullName", "full_name", "",
                        "fullName\u0000", "fullName\u200b", "\u202efullName"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40)
                        .filter(name -> !FIELD_TYPES.containsKey(name)))
                .flatMap(name -> Arbitraries.of((Object) "x", 1, true, List.of(), Map.of()).map(value -> {
                    String id = SampleRecords.externalId();
                    return new Item(id, with(good(id), name, value), name, "UNKNOWN_FIELD");
                }));
        Arbitrary<String> impossibleDates = Arbitraries.oneOf(
                Arbitraries.of("2031-02-30", "1985-02-29", "1900-02-29", "1985-04-31", "1985-13-01", "1985-00-10",
                        "1985-01-00", "1985-01-32", "1985-1-1", "85-01-01", "1985/01/15", "15/01/1985", "1985-01-15T00:00",
                        "1985-01-15 ", " 1985-01-15", "1985-01-15x", "", "today", "99999-01-01", "１９８５-01-15",
                        "1985–01–15", "1985-01-15\u0000"),
                Combinators.combine(Arbitraries.integers().between(1900, 2010), Arbitraries.integers().between(13, 99),
                        Arbitraries.integers().between(1, 28)).as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d)),
                Combinators.combine(Arbitraries.integers().between(1900, 2010).filter(y -> y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)),
                        Arbitraries.integers().between(29, 31)).as((y, d) -> String.format("%04d-02-%02d", y, d)));
        Arbitrary<Item> impossibleDate = Combinators.combine(Arbitraries.of("dateOfBirth", "effectiveDate"), impossibleDates)
                .as((field, date) -> {
                    String id = SampleRecords.externalId();
                    return new Item(id, with(good(id), field, date), field, "INVALID_DATE");
                });
        Arbitrary<Item> badLength = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(11),
                        Arbitraries.strings().numeric().ofMinLength(13).ofMaxLength(20),
                        Arbitraries.strings().numeric().ofLength(11).map(s -> s + "X"),
                        Arbitraries.of("064085 12345", " 064085123456", "064085123456 ", "0640851234５6",
                                "064085123456\u0000", "٠٦٤٠٨٥١٢٣٤٥٦", "06408512345\u200b6", "+64085123456", "-64085123456",
                                "6.4085123456e11"))
                .map(cccd -> {
                    String id = SampleRecords.externalId();
                    return new Item(id, with(good(id), "nationalId", cccd), "nationalId", "INVALID_FORMAT");
                });
        Arbitrary<Item> unknownProvince = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(97, 999)),
                Arbitraries.strings().numeric().ofLength(9)).as((province, rest) -> {
            String id = SampleRecords.externalId();
            return new Item(id, with(good(id), "nationalId", String.format("%03d", province) + rest), "nationalId",
                    "INVALID_PROVINCE");
        });
        return Arbitraries.oneOf(wrongType, unknownField, impossibleDate, badLength, unknownProvince);
    }

    @Test
    void eachBadValueRejectsOnlyItsRecordAndTheOthersAreWritten() {
        Arbitrary<Item> goodItem = Arbitraries.just(0).map(ignored -> {
            String id = SampleRecords.externalId();
            return new Item(id, good(id), null, null);
        });
        Arbitrary<List<Item>> batches = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, goodItem),
                net.jqwik.api.Tuple.of(2, badItem())).list().ofMinSize(1).ofMaxSize(8).uniqueElements(Item::externalId);
        batches.sampleStream().limit(TRIES).map(items -> items.stream().map(Item::renewed).toList()).forEach(batch -> {
            String body = batchJson(batch.stream().map(Item::record).toList());
            Response answer = given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                    .body(body).when().post(BATCH);
            assertEquals(200, answer.statusCode(), shorten(answer.asString()) + "\n for " + shorten(body));
            List<Integer> badIndexes = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).good()) {
                    badIndexes.add(i);
                }
            }
            assertEquals(badIndexes, answer.jsonPath().getList("rejected.index", Integer.class),
                    "rejected: " + answer.jsonPath().getList("rejected") + " of " + body);
            for (int i = 0; i < badIndexes.size(); i++) {
                Item bad = batch.get(badIndexes.get(i));
                List<Map<String, String>> errors = answer.jsonPath().getList("rejected[" + i + "].errors");
                assertTrue(errors.stream().anyMatch(error -> bad.field().equals(error.get("field"))
                                && bad.code().equals(error.get("code"))),
                        bad.field() + " " + bad.code() + " expected in " + errors + " for " + shorten(json(bad.record())));
            }
            List<String> goodIds = batch.stream().filter(Item::good).map(Item::externalId).toList();
            assertEquals(goodIds.size(), answer.jsonPath().getInt("created"), shorten(answer.asString()));
            assertEquals(new HashSet<>(goodIds), storedIds(batch.stream().map(Item::externalId).toList()),
                    "exactly the good records are stored");
        });
    }

    @Test
    void aPutWithABadValueIs422NamingTheFieldAndWritesNothing() {
        badItem().filter(item -> !item.field().equals("externalId")).sampleStream().limit(TRIES).forEach(item -> {
            Response answer = given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                    .body(json(item.record())).when().put(RECORDS + item.externalId());
            assertProblem(answer, Set.of(422), json(item.record()));
            List<Map<String, String>> errors = answer.jsonPath().getList("errors");
            assertTrue(errors.stream().anyMatch(error -> item.field().equals(error.get("field"))
                    && item.code().equals(error.get("code"))), item.field() + " " + item.code() + " expected in " + errors);
            assertEquals(0, stored(List.of(item.externalId())));
        });
    }

    /** Names, employers and titles with odd characters or injection strings, and the two write paths' verdicts. */
    @Test
    void oddAndHostileTextIsStoredVerbatimOrRefusedConsistently() {
        Arbitrary<String> odd = Combinators.combine(Arbitraries.of("Nguyễn Văn An", "Rơ Mah Blơng", "Trần Thị Mai"),
                BadInput.oddCharacters().list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 1000))
                .as((name, inserts, seed) -> {
                    StringBuilder text = new StringBuilder(name);
                    java.util.Random random = new java.util.Random(seed);
                    for (String insert : inserts) {
                        int at = random.nextInt(text.length() + 1);
                        while (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                            at--;
                        }
                        text.insert(at, insert);
                    }
                    return text.toString();
                });
        Arbitrary<String> hostile = BadInput.injectionStrings().map(text -> "Nguyễn " + text);
        Arbitrary<String> longText = Combinators.combine(BadInput.oddCharacters().filter(c -> !c.isBlank()),
                Arbitraries.integers().between(60, 200)).as((c, n) -> "A" + c.repeat(n / Math.max(1, c.length())))
                .filter(name -> Names.normalise(name).length() <= 200);
        Arbitrary<String> texts = Arbitraries.oneOf(odd, hostile, longText);
        Combinators.combine(texts, Arbitraries.of("fullName", "employer", "contributions[0].title"))
                .as((text, field) -> List.of(text, field)).sampleStream().limit(TRIES).forEach(sample -> {
                    String text = sample.get(0);
                    String field = sample.get(1);
                    String putId = SampleRecords.externalId();
                    String batchId = SampleRecords.externalId();
                    Response put = given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                            .body(json(withText(good(putId), field, text))).when().put(RECORDS + putId);
                    Response batch = given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                            .body(batchJson(List.of(withText(good(batchId), field, text)))).when().post(BATCH);
                    assertEquals(200, batch.statusCode(), shorten(batch.asString()) + " for " + field + " " + shorten(text));
                    boolean batchAccepted = batch.jsonPath().getInt("created") == 1;
                    if (put.statusCode() == 201) {
                        assertTrue(batchAccepted, "PUT took " + field + " " + shorten(text) + " but the batch refused it: "
                                + shorten(batch.asString()));
                        for (String id : List.of(putId, batchId)) {
                            String stored = given().header("Authorization", Tokens.submitter(UNIT))
                                    .when().get(RECORDS + id).then().statusCode(200).contentType("application/json")
                                    .extract().path(field);
                            assertEquals(expectedStored(field, text), stored, field + " of " + shorten(text));
                        }
                    } else {
                        assertProblem(put, Set.of(422), field + " " + text);
                        assertTrue(!batchAccepted, "the batch took " + shorten(text) + " that PUT refused");
                        assertTrue(put.jsonPath().getList("errors.field").contains(field), shorten(put.asString()));
                        assertEquals(List.of(field), batch.jsonPath().getList("rejected[0].errors.field"));
                        assertEquals(0, stored(List.of(putId, batchId)));
                    }
                });
    }

    /** Well-formed dates at the ends of the calendar: judged (stored verbatim or refused naming the field), never a 5xx. */
    @Test
    void extremeButWellFormedDatesAreJudgedNeverA5xx() {
        Arbitrary<String> years = Arbitraries.oneOf(Arbitraries.integers().between(-999_999_999, 0).map(y -> String.format("%05d", y)),
                Arbitraries.of("0000", "0001", "-0001", "-4713", "-4714", "1000", "1899", "+10000", "+294277", "+5874898",
                        "+999999999", "-999999999"));
        Combinators.combine(Arbitraries.of("dateOfBirth", "effectiveDate"), years).as((field, year) -> List.of(field, year))
                .sampleStream().limit(TRIES / 2).forEach(sample -> {
                    String field = sample.get(0);
                    String date = sample.get(1) + "-01-01";
                    String id = SampleRecords.externalId();
                    Response answer = given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                            .body(json(with(good(id), field, date))).when().put(RECORDS + id);
                    if (answer.statusCode() == 201) {
                        given().header("Authorization", Tokens.submitter(UNIT)).when().get(RECORDS + id)
                                .then().statusCode(200).body(field, org.hamcrest.Matchers.equalTo(date));
                    } else {
                        assertProblem(answer, Set.of(422), field + " " + date);
                        assertTrue(answer.jsonPath().getList("errors.field").contains(field), shorten(answer.asString()));
                        assertEquals(0, stored(List.of(id)));
                    }
                });
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String expectedStored(String field, String text) {
        return field.equals("fullName") ? Names.normalise(text) : text.strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withText(Map<String, Object> record, String field, String text) {
        if (field.equals("contributions[0].title")) {
            return with(record, "contributions", List.of(Map.of("type", "INITIATIVE", "title", text, "year", 2024,
                    "level", "PROVINCIAL")));
        }
        return with(record, field, text);
    }

    /** A valid record with its own name, so that good records never become each other's duplicates. */
    private static Map<String, Object> good(String externalId) {
        return with(doctor(), "externalId", externalId,
                "fullName", "Nguyễn Văn " + externalId.substring(externalId.length() - 12));
    }

    private static List<String> freshIds(int size) {
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add(SampleRecords.externalId());
        }
        return ids;
    }

    private static String batchJson(List<Map<String, Object>> records) {
        return "{\"records\": " + json(records) + "}";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            if (b < 0) {
                hex.append(String.format("%02x ", b & 0xff));
            }
        }
        return hex.toString().trim();
    }

    private long count(String sql) {
        return BadInput.count(dataSource, sql);
    }

    private long stored(List<String> externalIds) {
        return storedIds(externalIds).size();
    }

    private Set<String> storedIds(List<String> externalIds) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select external_id from person_record where unit_code = ? and external_id = any (?)")) {
            statement.setString(1, UNIT);
            statement.setArray(2, connection.createArrayOf("varchar", externalIds.toArray()));
            try (var result = statement.executeQuery()) {
                Set<String> found = new HashSet<>();
                while (result.next()) {
                    found.add(result.getString(1));
                }
                return found;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
