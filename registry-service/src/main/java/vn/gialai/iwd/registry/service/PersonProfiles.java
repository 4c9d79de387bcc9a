package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.EventsConfig;
import vn.gialai.iwd.registry.domain.Contribution;
import vn.gialai.iwd.registry.domain.ProfileSource;
import vn.gialai.iwd.registry.events.CloudEventWriter;
import vn.gialai.iwd.registry.events.PersonChanged;
import vn.gialai.iwd.registry.repository.PersonRecordRepository;
import vn.gialai.iwd.registry.repository.PersonRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Derives a person's profile from its records (DESIGN §3) and publishes it: highest qualification
 * over the active records; everything else from the active record with the latest effectiveDate.
 */
@ApplicationScoped
public class PersonProfiles {

    /** Records a request has just written, so that only their persons' other records are read back. */
    public record Held(String unitCode, Collection<String> externalIds, List<ProfileSource> sources) {

        static final Held NOTHING = new Held(null, List.of(), List.of());
    }

    /** The national ID of a person a request creates: its HMAC and last 4 digits, both null without one. */
    public record Identity(String nationalIdHmac, String nationalIdLast4) {

        public static final Identity NONE = new Identity(null, null);
    }

    private static final Set<String> INSIDE = Set.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "ARMED_FORCES");
    private static final String ERASED = "ERROR";

    private final PersonRepository persons;
    private final PersonRecordRepository records;
    private final CloudEventWriter events;
    private final EventsConfig config;
    private final Clock clock;

    PersonProfiles(PersonRepository persons, PersonRecordRepository records, CloudEventWriter events,
                   EventsConfig config, Clock clock) {
        this.persons = persons;
        this.records = records;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Creates persons, each with the profile of the records in hand (a new person has no other
     * records), and writes their first events: one insert, one outbox insert.
     *
     * @return the persons created; one whose national ID a concurrent request created first is not
     * (and has no event): its records belong to that request's person
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> create(Map<UUID, Identity> identities, List<ProfileSource> sources) {
        if (identities.isEmpty()) {
            return Set.of();
        }
        Map<UUID, List<ProfileSource>> sourcesByPerson = sources.stream()
                .filter(source -> identities.containsKey(source.personId()))
                .collect(Collectors.groupingBy(ProfileSource::personId));
        List<PersonRepository.NewPerson> rows = new ArrayList<>(identities.size());
        Map<UUID, PersonChanged> profiles = new HashMap<>(identities.size() * 2);
        identities.forEach((personId, identity) -> {
            List<ProfileSource> own = sourcesByPerson.getOrDefault(personId, List.of());
            PersonChanged profile = profileOf(personId, 1, own);
            profiles.put(personId, profile);
            rows.add(new PersonRepository.NewPerson(identity.nationalIdHmac(), identity.nationalIdLast4(),
                    rowOf(profile, own)));
        });
        Set<UUID> created = persons.insertAll(rows, OffsetDateTime.now(clock));
        events.appendAll(config.topics().person(), PersonChanged.TYPE, PersonChanged.SCHEMA, created.stream().sorted()
                .map(personId -> new CloudEventWriter.Pending(personId.toString(), profiles.get(personId))).toList());
        return created;
    }

    /** As {@link #refresh(Set, Held)} when the caller changed records through entities. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Set<UUID> personIds) {
        refresh(personIds, Held.NOTHING);
    }

    /**
     * Recomputes each person's profile, bumps its version and writes its event, in the caller's
     * transaction. Set-based: one locking read of the persons (in id order, so concurrent writers
     * cannot deadlock), one read of their records that the request does not hold, one update, one
     * outbox insert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Set<UUID> personIds, Held held) {
        if (personIds.isEmpty()) {
            return;
        }
        records.flush();
        Map<UUID, Long> versions = persons.lockVersions(personIds);
        Map<UUID, List<ProfileSource>> sourcesByPerson = Stream.concat(
                        held.sources().stream().filter(source -> personIds.contains(source.personId())),
                        records.profileSourcesOf(personIds, held.unitCode(), held.externalIds()).stream())
                .collect(Collectors.groupingBy(ProfileSource::personId));
        List<PersonRepository.ProfileRow> profiles = new ArrayList<>(personIds.size());
        List<CloudEventWriter.Pending> pending = new ArrayList<>(personIds.size());
        personIds.stream().sorted().forEach(personId -> {
            List<ProfileSource> own = sourcesByPerson.getOrDefault(personId, List.of());
            PersonChanged profile = profileOf(personId, versions.getOrDefault(personId, 0L) + 1, own);
            profiles.add(rowOf(profile, own));
            pending.add(new CloudEventWriter.Pending(personId.toString(), profile));
        });
        persons.updateProfiles(profiles, OffsetDateTime.now(clock));
        events.appendAll(config.topics().person(), PersonChanged.TYPE, PersonChanged.SCHEMA, pending);
    }

    private static PersonRepository.ProfileRow rowOf(PersonChanged profile, List<ProfileSource> sources) {
        return new PersonRepository.ProfileRow(profile.personId(), profile.version(),
                (int) sources.stream().filter(ProfileSource::isActive).count(), profile.highestQualification(),
                profile.academicTitle(), profile.sector(), profile.employment());
    }

    private static PersonChanged profileOf(UUID personId, long version, List<ProfileSource> all) {
        List<ProfileSource> active = all.stream().filter(ProfileSource::isActive).toList();
        ProfileSource latest = active.stream()
                .max(Comparator.comparing(ProfileSource::effectiveDate).thenComparing(ProfileSource::updatedAt))
                .orElse(null);
        List<PersonChanged.Membership> units = all.stream()
                .filter(r -> !ERASED.equals(r.removalReason()))
                .sorted(Comparator.comparing(ProfileSource::unitCode).thenComparing(ProfileSource::effectiveDate))
                .map(r -> new PersonChanged.Membership(r.unitCode(), r.effectiveDate(), r.removedOn()))
                .toList();
        if (latest == null) {
            return new PersonChanged(personId, version, true, null, null, null, null, null, null, null, null,
                    null, null, null, false, false, false, units, Map.of(), List.of());
        }
        String qualification = active.stream().map(ProfileSource::highestQualification)
                .max(Comparator.comparingInt(CodeLists::rankOfQualification)).orElse(null);
        String title = active.stream().map(ProfileSource::academicTitle).filter(Objects::nonNull)
                .max(Comparator.comparingInt(CodeLists.TITLE_ORDER::indexOf)).orElse(null);
        Collection<Contribution> contributions = distinctContributions(active);
        return new PersonChanged(personId, version, false, latest.birthYear(), latest.gender(), latest.ethnicity(),
                latest.ethnicity() == null ? null : "01".equals(latest.ethnicity()) ? "KINH" : "MINORITY",
                qualification, title, latest.fieldOfStudy(), latest.sector(), latest.employment(),
                stateApparatusOf(latest.employment()), latest.meetsStandard(), latest.trainedAbroad(),
                latest.livesAbroad(), latest.foreignNational(), units, countsByType(contributions),
                countsByTypeLevelAndYear(contributions));
    }

    static String stateApparatusOf(String employment) {
        if ("RETIRED".equals(employment)) {
            return "RETIRED";
        }
        return INSIDE.contains(employment) ? "INSIDE" : "OUTSIDE";
    }

    /** Two units reporting the same contribution: same type, year and title, ignoring case and spacing. */
    private record SameContribution(String type, Integer year, String title) {
        static SameContribution of(Contribution contribution) {
            return new SameContribution(contribution.type(), contribution.year(),
                    Names.normalise(contribution.title()).toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The person's contributions over the active records, each once; one reported at two levels (a unit's
     * initiative later recognised by the province) counts at the higher.
     */
    private static Collection<Contribution> distinctContributions(List<ProfileSource> active) {
        Map<SameContribution, Contribution> distinct = new HashMap<>();
        Comparator<Contribution> byLevel = Comparator.comparingInt(c -> CodeLists.CONTRIBUTION_LEVEL_ORDER.indexOf(c.level()));
        active.forEach(record -> record.contributions().forEach(contribution -> distinct.merge(
                SameContribution.of(contribution), contribution, BinaryOperator.maxBy(byLevel))));
        return distinct.values();
    }

    private static Map<String, Integer> countsByType(Collection<Contribution> contributions) {
        Map<String, Integer> counts = new TreeMap<>();
        contributions.forEach(contribution -> counts.merge(contribution.type(), 1, Integer::sum));
        return counts;
    }

    private static List<PersonChanged.ContributionCount> countsByTypeLevelAndYear(Collection<Contribution> contributions) {
        Map<List<Object>, Integer> counts = new HashMap<>();
        contributions.forEach(c -> counts.merge(List.of(c.type(), c.level(), c.year()), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new PersonChanged.ContributionCount((String) e.getKey().get(0), (String) e.getKey().get(1),
                        (Integer) e.getKey().get(2), e.getValue()))
                .sorted(Comparator.comparing(PersonChanged.ContributionCount::type)
                        .thenComparing(PersonChanged.ContributionCount::level).thenComparing(PersonChanged.ContributionCount::year))
                .toList();
    }
}
