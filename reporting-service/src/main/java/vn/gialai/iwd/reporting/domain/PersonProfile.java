package vn.gialai.iwd.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a person's statistical profile as reporting holds it.
 * {@code contributionCounts} is empty for versions registry published before version 2 of the event.
 * {@code knownFrom} is the event's time: when registry made the change, so a replay reproduces it.
 */
public record PersonProfile(UUID personId, long version, boolean removed, Cell cell, List<Membership> units,
                            Map<String, Integer> contributions, List<ContributionCount> contributionCounts,
                            OffsetDateTime knownFrom) {

    /** A record of the person in a unit: counted from {@code from} until the day {@code to} it was removed. */
    public record Membership(String unitCode, LocalDate from, LocalDate to) {

        public boolean active() {
            return to == null;
        }
    }

    /** Counted now: registry holds at least one active record of the person. */
    public boolean counted() {
        return !removed && units.stream().anyMatch(Membership::active);
    }

    public List<String> activeUnitCodes() {
        return removed ? List.of() : units.stream().filter(Membership::active).map(Membership::unitCode).toList();
    }
}
