package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.EventsConfig;
import vn.gialai.iwd.registry.domain.Contribution;
import vn.gialai.iwd.registry.domain.Person;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.events.CloudEventWriter;
import vn.gialai.iwd.registry.events.PersonChanged;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.PersonRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derives a person's profile from its records (DESIGN §3) and publishes it: highest qualification
 * over the active records; everything else from the active record with the latest effectiveDate.
 */
@ApplicationScoped
public class PersonProfiles {

    private static final Set<String> INSIDE = Set.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "ARMED_FORCES");
    private static final List<String> TITLE_ORDER = List.of("ASSOCIATE_PROFESSOR", "PROFESSOR");
    private static final String ERASED = "ERROR";

    private final PersonRepository persons;
    private final PersonRecordRepository records;
    private final CloudEventWriter events;
    private final EventsConfig config;

    PersonProfiles(PersonRepository persons, PersonRecordRepository records, CloudEventWriter events,
                   EventsConfig config) {
        this.persons = persons;
        this.records = records;
        this.events = events;
        this.config = config;
    }

    /**
     * Recomputes each person's profile, bumps its version and writes its event, in the caller's
     * transaction. Set-based: one locking read of the persons (in id order, so concurrent batches
     * cannot deadlock), one read of their records, one multi-row outbox insert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Set<UUID> personIds) {
        refresh(personIds, List.of());
    }

    /**
     * As {@link #refresh(Set)}, given records of these persons that the caller already holds (a batch
     * just written): only the persons' other records are read from the database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Set<UUID> personIds, List<PersonRecord> held) {
        if (personIds.isEmpty()) {
            return;
        }
        records.flush();
        List<Person> locked = persons.lockAll(personIds);
        Map<UUID, List<PersonRecord>> recordsByPerson = Stream.concat(held.stream(), records.othersOf(personIds, held).stream())
                .collect(Collectors.groupingBy(r -> r.personId));
        List<CloudEventWriter.Pending> pending = new ArrayList<>(locked.size());
        OffsetDateTime now = OffsetDateTime.now();
        for (Person person : locked) {
            List<PersonRecord> all = recordsByPerson.getOrDefault(person.id, List.of());
            List<PersonRecord> active = all.stream().filter(PersonRecord::isActive).toList();
            PersonRecord latest = active.stream()
                    .max(Comparator.comparing((PersonRecord r) -> r.effectiveDate).thenComparing(r -> r.updatedAt))
                    .orElse(null);
            person.activeRecords = active.size();
            person.highestQualification = active.stream().map(r -> r.highestQualification)
                    .max(Comparator.comparingInt(CodeLists::rankOfQualification)).orElse(null);
            person.academicTitle = active.stream().map(r -> r.academicTitle).filter(Objects::nonNull)
                    .max(Comparator.comparingInt(TITLE_ORDER::indexOf)).orElse(null);
            person.sector = latest == null ? null : latest.sector;
            person.employment = latest == null ? null : latest.employment;
            person.version++;
            person.updatedAt = now;
            pending.add(new CloudEventWriter.Pending(person.id.toString(), profileOf(person, all, latest)));
        }
        events.appendAll(config.topics().person(), PersonChanged.TYPE, pending);
    }

    private static PersonChanged profileOf(Person person, List<PersonRecord> all, PersonRecord latest) {
        List<PersonChanged.Membership> units = all.stream()
                .filter(r -> !ERASED.equals(r.removalReason))
                .sorted(Comparator.comparing((PersonRecord r) -> r.unitCode).thenComparing(r -> r.effectiveDate))
                .map(r -> new PersonChanged.Membership(r.unitCode, r.effectiveDate, r.removedOn))
                .toList();
        if (latest == null) {
            return new PersonChanged(person.id, person.version, true, null, null, null, null, null, null, null, null,
                    null, null, null, false, false, false, units, Map.of());
        }
        return new PersonChanged(person.id, person.version, false, latest.birthYear, latest.gender, latest.ethnicity,
                latest.ethnicity == null ? null : "01".equals(latest.ethnicity) ? "KINH" : "MINORITY",
                person.highestQualification, person.academicTitle, latest.fieldOfStudy, latest.sector,
                latest.employment, stateApparatusOf(latest.employment), latest.meetsStandard, latest.trainedAbroad,
                latest.livesAbroad, latest.foreignNational, units, contributionCounts(all));
    }

    static String stateApparatusOf(String employment) {
        if ("RETIRED".equals(employment)) {
            return "RETIRED";
        }
        return INSIDE.contains(employment) ? "INSIDE" : "OUTSIDE";
    }

    /** Counts by type over the active records; the same contribution reported by two units counts once. */
    private static Map<String, Integer> contributionCounts(List<PersonRecord> all) {
        Set<Contribution> distinct = new HashSet<>();
        all.stream().filter(PersonRecord::isActive).forEach(r -> distinct.addAll(r.contributions));
        Map<String, Integer> counts = new TreeMap<>();
        for (Contribution contribution : distinct) {
            counts.merge(contribution.type(), 1, Integer::sum);
        }
        return counts;
    }
}
