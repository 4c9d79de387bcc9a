package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.reporting.domain.Cell;
import vn.gialai.iwd.reporting.domain.ContributionCount;
import vn.gialai.iwd.reporting.domain.PersonProfile;
import vn.gialai.iwd.reporting.events.PersonChanged;
import vn.gialai.iwd.reporting.repository.ContributionRepository;
import vn.gialai.iwd.reporting.repository.CounterRepository;
import vn.gialai.iwd.reporting.repository.PersonStateRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies person events: each version goes into the history; a version newer than the one held
 * replaces person_state and moves the person between aggregate cells (−old cell, +new cell) in the
 * same transaction. A poll's versions of one person are taken in version order. Older or repeated versions change nothing but the (idempotent) history, so
 * duplicates, reordering and replays leave every number as it was.
 */
@ApplicationScoped
public class PersonProjection {

    private final PersonStateRepository persons;
    private final CounterRepository counters;
    private final ContributionRepository contributions;

    PersonProjection(PersonStateRepository persons, CounterRepository counters, ContributionRepository contributions) {
        this.persons = persons;
        this.counters = counters;
        this.contributions = contributions;
    }

    /** @return how many persons changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(Collection<PersonProfile> versions) {
        if (versions.isEmpty()) {
            return 0;
        }
        Map<UUID, List<PersonProfile>> byPerson = new TreeMap<>();
        for (PersonProfile version : versions) {
            byPerson.computeIfAbsent(version.personId(), id -> new ArrayList<>()).add(version);
        }
        Map<UUID, PersonProfile> held = persons.lockHeld(byPerson.keySet());
        List<PersonProfile> history = new ArrayList<>();
        List<PersonProfile> changed = new ArrayList<>();
        CounterRepository.Deltas deltas = new CounterRepository.Deltas();
        byPerson.forEach((personId, received) -> {
            PersonProfile before = held.get(personId);
            PersonProfile current = before;
            received.sort(Comparator.comparingLong(PersonProfile::version));
            for (PersonProfile version : received) {
                if (current != null && current.version() >= version.version()) {
                    history.add(version);
                    continue;
                }
                current = keepingLastProfile(version, current);
                history.add(current);
            }
            if (current == before) {
                return;
            }
            if (before != null && before.counted()) {
                deltas.add(before.cell(), before.activeUnitCodes(), -1);
            }
            if (current.counted()) {
                deltas.add(current.cell(), current.activeUnitCodes(), +1);
            }
            changed.add(current);
        });
        persons.addVersions(history);
        persons.save(changed);
        counters.apply(deltas);
        contributions.replace(changed);
        return changed.size();
    }

    /**
     * Registry publishes a person left without active records with no profile, only the dated
     * memberships. The last known profile is kept, so that a past day on which the person was still
     * counted shows their qualification, sector and so on.
     */
    private static PersonProfile keepingLastProfile(PersonProfile version, PersonProfile previous) {
        if (!version.removed() || version.cell().qualification() != null || previous == null) {
            return version;
        }
        return new PersonProfile(version.personId(), version.version(), true, previous.cell(), version.units(),
                version.contributions(), version.contributionCounts(), version.knownFrom());
    }

    public static PersonProfile profileOf(PersonChanged event, OffsetDateTime eventTime) {
        Cell cell = new Cell(event.birthYear(), event.gender(), event.ethnicGroup(), event.highestQualification(),
                event.academicTitle(), event.fieldOfStudy(), event.sector(), event.employment(),
                event.stateApparatus(), event.meetsStandard(), event.trainedAbroad(), event.livesAbroad(),
                event.foreignNational());
        List<PersonProfile.Membership> units = event.units() == null ? List.of() : event.units().stream()
                .map(unit -> new PersonProfile.Membership(unit.unitCode(), unit.from(), unit.to())).toList();
        List<ContributionCount> contributionCounts = event.contributionCounts() == null ? List.of()
                : event.contributionCounts().stream().map(counted -> new ContributionCount(counted.type(),
                        counted.level(), counted.year(), counted.count())).toList();
        return new PersonProfile(event.personId(), event.version(), event.removed(), cell, units,
                event.contributions() == null ? Map.of() : event.contributions(), contributionCounts, eventTime);
    }
}
