package vn.gialai.iwd.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

/**
 * The province's count cannot depend on which unit pushed first: the same records, pushed in random
 * unit orders and random batch splits, give the same persons and the same open review cases, and
 * those are the ones the rules of DESIGN §3 predict. Scenarios come from jqwik generators; the
 * application runs once for all of them (a Quarkus test), so they are sampled rather than shrunk.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class ArrivalOrderPropertyTest {

    private static final List<String> UNITS = List.of("SO-YTE", "SO-GDDT", "SO-NV", "SO-VHTTDL");
    /** Few names and dates, so that different people collide as they do in a province. */
    private static final List<String> NAMES = List.of("Nguyễn Văn Hùng", "Rơ Mah Blơng", "Trần Thị Mai");
    private static final List<String> BIRTH_DATES = List.of("1980-05-17", "1991-11-02");

    /** A natural person: who they are, whether they have a CCCD, and which units report them with it. */
    record Person(int name, int birthDate, String gender, boolean hasNationalId, List<Report> reports) {
    }

    /** One unit's record of a person; a unit may leave the CCCD out even when the person has one. */
    record Report(int unit, boolean withNationalId) {
    }

    /** A record of the scenario, named by its person and unit. */
    record Key(int person, int unit) {
    }

    @Test
    void theSameRecordsInAnyOrderAndSplitGiveTheSamePersonsAndReviewCases() {
        Arbitrary<Person> people = Combinators.combine(Arbitraries.integers().between(0, NAMES.size() - 1),
                        Arbitraries.integers().between(0, BIRTH_DATES.size() - 1), Arbitraries.of("M", "F"),
                        Arbitraries.of(true, false),
                        Combinators.combine(Arbitraries.integers().between(0, UNITS.size() - 1), Arbitraries.of(true, false))
                                .as(Report::new).list().ofMinSize(1).ofMaxSize(3).uniqueElements(Report::unit))
                .as(Person::new);
        List<List<Person>> scenarios = people.list().ofMinSize(6).ofMaxSize(14).sampleStream().limit(5).toList();
        for (List<Person> scenario : scenarios) {
            Outcome expected = expectedOutcome(scenario);
            for (long seed : new long[]{1, 2}) {
                Outcome pushed = push(scenario, new Random(seed * 7919 + scenario.hashCode()));
                assertEquals(expected.persons(), pushed.persons(), "persons of " + scenario);
                assertEquals(expected.cases(), pushed.cases(), "open review cases of " + scenario);
            }
        }
    }

    /** Persons as sets of records, review cases as pairs of such sets. */
    record Outcome(Set<Set<Key>> persons, Set<Set<Set<Key>>> cases) {
    }

    /**
     * DESIGN §3: records with the same CCCD are one person; any other record is a person of its own;
     * two persons with the same name, date of birth and gender go to review unless both have a CCCD.
     */
    private static Outcome expectedOutcome(List<Person> scenario) {
        Map<Set<Key>, Person> persons = new HashMap<>();
        for (int p = 0; p < scenario.size(); p++) {
            Person person = scenario.get(p);
            Set<Key> withId = new HashSet<>();
            for (Report report : person.reports()) {
                Key key = new Key(p, report.unit());
                if (person.hasNationalId() && report.withNationalId()) {
                    withId.add(key);
                } else {
                    persons.put(Set.of(key), new Person(person.name(), person.birthDate(), person.gender(), false, List.of()));
                }
            }
            if (!withId.isEmpty()) {
                persons.put(withId, person);
            }
        }
        Set<Set<Set<Key>>> cases = new HashSet<>();
        for (Map.Entry<Set<Key>, Person> one : persons.entrySet()) {
            for (Map.Entry<Set<Key>, Person> other : persons.entrySet()) {
                Person a = one.getValue();
                Person b = other.getValue();
                if (one != other && a.name() == b.name() && a.birthDate() == b.birthDate()
                        && a.gender().equals(b.gender()) && !(a.hasNationalId() && b.hasNationalId())) {
                    cases.add(Set.of(one.getKey(), other.getKey()));
                }
            }
        }
        return new Outcome(persons.keySet(), cases);
    }

    /** Pushes the scenario under fresh names and CCCDs: each unit's records shuffled and split, the batches interleaved. */
    private static Outcome push(List<Person> scenario, Random random) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> nationalIds = new ArrayList<>();
        for (Person person : scenario) {
            int year = Integer.parseInt(BIRTH_DATES.get(person.birthDate()).substring(2, 4));
            nationalIds.add(String.format("064%d%02d%06d", person.gender().equals("M") ? 0 : 1, year, random.nextInt(1_000_000)));
        }
        List<List<Key>> batches = new ArrayList<>();
        for (int unit = 0; unit < UNITS.size(); unit++) {
            List<Key> records = new ArrayList<>();
            for (int p = 0; p < scenario.size(); p++) {
                for (Report report : scenario.get(p).reports()) {
                    if (report.unit() == unit) {
                        records.add(new Key(p, unit));
                    }
                }
            }
            Collections.shuffle(records, random);
            for (int from = 0; from < records.size(); ) {
                int size = 1 + random.nextInt(Math.min(6, records.size() - from));
                batches.add(records.subList(from, from + size));
                from += size;
            }
        }
        Collections.shuffle(batches, random);
        for (List<Key> batch : batches) {
            String unit = UNITS.get(batch.get(0).unit());
            List<Map<String, Object>> body = batch.stream()
                    .map(key -> record(scenario.get(key.person()), key, run, nationalIds.get(key.person()))).toList();
            given().header("Authorization", Tokens.submitter(unit)).contentType(ContentType.JSON)
                    .body(Map.of("records", body))
                    .when().post("/api/v1/registry/units/{unit}/records/batch", unit)
                    .then().statusCode(200).body("created", org.hamcrest.Matchers.equalTo(batch.size()));
        }
        return observed(scenario, run);
    }

    private static Map<String, Object> record(Person person, Key key, String run, String nationalId) {
        boolean withId = person.hasNationalId() && person.reports().stream()
                .anyMatch(report -> report.unit() == key.unit() && report.withNationalId());
        return with(doctor(), "externalId", externalId(key, run),
                "fullName", NAMES.get(person.name()) + " " + run,
                "dateOfBirth", BIRTH_DATES.get(person.birthDate()), "gender", person.gender(),
                "nationalId", withId ? nationalId : null);
    }

    private static String externalId(Key key, String run) {
        return "ORDER-" + run + "-" + key.person() + "-" + key.unit();
    }

    /** What the registry holds: each record's person, and every open case of those persons. */
    private static Outcome observed(List<Person> scenario, String run) {
        Map<String, Set<Key>> recordsByPerson = new HashMap<>();
        for (int p = 0; p < scenario.size(); p++) {
            for (Report report : scenario.get(p).reports()) {
                Key key = new Key(p, report.unit());
                String unit = UNITS.get(report.unit());
                String personId = given().header("Authorization", Tokens.submitter(unit))
                        .when().get("/api/v1/registry/units/{unit}/records/{id}", unit, externalId(key, run))
                        .then().statusCode(200).extract().path("personId");
                recordsByPerson.computeIfAbsent(personId, id -> new HashSet<>()).add(key);
            }
        }
        Set<Set<Set<Key>>> cases = new HashSet<>();
        for (String personId : recordsByPerson.keySet()) {
            List<Map<String, Object>> open = given().header("Authorization", Tokens.admin())
                    .when().get("/api/v1/registry/duplicates?limit=1000&personId=" + personId)
                    .then().statusCode(200).extract().path("items");
            for (Map<String, Object> found : open) {
                cases.add(Set.of(recordsByPerson.get((String) found.get("personId")),
                        recordsByPerson.get((String) found.get("otherPersonId"))));
            }
        }
        return new Outcome(new HashSet<>(recordsByPerson.values()), cases);
    }
}
