package vn.gialai.iwd.registry.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.domain.Person;
import vn.gialai.iwd.registry.domain.PersonRecord;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.PersonRepository;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading persons (personal data: registry-admin only, audited) and the reconciliation checksum. */
@ApplicationScoped
public class PersonService {

    /** A person with its records, newest effective first. */
    public record PersonWithRecords(Person person, List<PersonRecord> records) {

        public PersonRecord latestActive() {
            return records.stream().filter(PersonRecord::isActive).findFirst().orElse(records.isEmpty() ? null : records.get(0));
        }
    }

    public record Search(String name, String unitCode, String qualification, String sector, String employment) {
    }

    public record Checksum(long persons, BigInteger checksum) {
    }

    private final PersonRepository persons;
    private final PersonRecordRepository records;
    private final AuditTrail audit;

    PersonService(PersonRepository persons, PersonRecordRepository records, AuditTrail audit) {
        this.persons = persons;
        this.records = records;
        this.audit = audit;
    }

    @Transactional
    public PersonWithRecords get(Caller caller, UUID personId) {
        Person person = persons.findByIdOptional(personId)
                .orElseThrow(() -> ProblemException.notFound("No person " + personId + "."));
        audit.record(caller, "PERSON_READ", personId.toString());
        return new PersonWithRecords(person, recordsOf(List.of(personId)).getOrDefault(personId, List.of()));
    }

    /**
     * Persons with an active record matching the search, in id order after {@code afterId}. The name
     * matches from the start of the name or of any word, ignoring case and diacritics.
     */
    @Transactional
    public List<PersonWithRecords> search(Caller caller, Search search, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("from Person p where p.activeRecords > 0 and p.id > :after");
        Parameters parameters = Parameters.with("after", afterId == null ? new UUID(0, 0) : afterId);
        StringBuilder recordFilter = new StringBuilder();
        if (search.name() != null && !search.name().isBlank()) {
            String key = Names.fold(search.name()).replace("\\", "").replace("%", "").replace("_", "");
            recordFilter.append(" and (r.nameKey like :start or r.nameKey like :word)");
            parameters.and("start", key + "%").and("word", "% " + key + "%");
        }
        if (search.unitCode() != null) {
            recordFilter.append(" and r.unitCode = :unit");
            parameters.and("unit", search.unitCode());
        }
        if (recordFilter.length() > 0) {
            query.append(" and exists (select 1 from PersonRecord r where r.personId = p.id and r.removedOn is null")
                    .append(recordFilter).append(")");
        }
        appendEquals(query, parameters, "highestQualification", search.qualification());
        appendEquals(query, parameters, "sector", search.sector());
        appendEquals(query, parameters, "employment", search.employment());
        List<Person> page = persons.find(query + " order by p.id", parameters).page(0, limit).list();
        Map<UUID, List<PersonRecord>> recordsByPerson = recordsOf(page.stream().map(p -> p.id).toList());
        audit.record(caller, "PERSONS_SEARCHED", "count=" + page.size());
        return page.stream().map(p -> new PersonWithRecords(p, recordsByPerson.getOrDefault(p.id, List.of()))).toList();
    }

    /**
     * Count of persons with an active record and an order-independent checksum of their
     * (id, version) pairs; reporting-service computes the same over what it consumed.
     */
    @Transactional
    public Checksum checksum() {
        Object[] row = (Object[]) persons.getEntityManager().createNativeQuery(
                "select count(*), coalesce(sum(('x' || substr(md5(id::text || ':' || version), 1, 15))::bit(60)::bigint), 0) "
                        + "from person where active_records > 0").getSingleResult();
        return new Checksum(((Number) row[0]).longValue(), new BigInteger(row[1].toString()));
    }

    private Map<UUID, List<PersonRecord>> recordsOf(List<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return records.list("personId in ?1", personIds).stream()
                .sorted(Comparator.comparing((PersonRecord r) -> r.effectiveDate).reversed())
                .collect(Collectors.groupingBy(r -> r.personId, Collectors.toCollection(ArrayList::new)));
    }

    private static void appendEquals(StringBuilder query, Parameters parameters, String field, String value) {
        if (value != null) {
            query.append(" and p.").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }
}
