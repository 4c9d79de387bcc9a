package vn.gialai.iwd.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.ContributionCount;
import vn.gialai.iwd.reporting.domain.ContributionGrouping;
import vn.gialai.iwd.reporting.domain.PersonProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * person_contribution: the contributions of the persons counted now, one row per person, type, level and
 * year, kept in the transaction that applies their events.
 */
@ApplicationScoped
public class ContributionRepository {

    /** One group: contributions and the distinct persons who made them. {@code key} is null when not grouped. */
    public record Group(String type, String key, long contributions, long contributors) {
    }

    private final Jdbc jdbc;

    ContributionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces these persons' rows by those of their new versions (none for a person no longer counted). */
    public void replace(Collection<PersonProfile> changed) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.update("delete from person_contribution where person_id = any(?)",
                List.of(new Jdbc.SqlArray("uuid", changed.stream().map(PersonProfile::personId).toArray())));
        List<List<?>> rows = new ArrayList<>();
        for (PersonProfile person : changed) {
            if (!person.counted()) {
                continue;
            }
            Object[] units = person.activeUnitCodes().stream().distinct().toArray();
            for (ContributionCount counted : person.contributionCounts()) {
                rows.add(Arrays.asList(person.personId(), counted.type(), counted.level(), counted.year(), counted.count(),
                        person.cell().sector(), new Jdbc.SqlArray("varchar", units)));
            }
        }
        jdbc.batch("insert into person_contribution (person_id, type, level, year, contributions, sector, unit_codes)"
                + " values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * Contributions of the years {@code from} to {@code to} by type (and one more grouping, or none), with the
     * number of distinct contributors of each group; by unit, a person counts in every unit that reports them.
     */
    public List<Group> groups(ContributionGrouping grouping, int from, int to) {
        String key = grouping == null ? "null::text" : switch (grouping) {
            case LEVEL -> "level";
            case YEAR -> "year::text";
            case SECTOR -> "sector";
            case UNIT -> "unit_code";
        };
        String source = grouping == ContributionGrouping.UNIT
                ? "person_contribution, unnest(unit_codes) as unit_code" : "person_contribution";
        return jdbc.query("select type, " + key + " as key, sum(contributions) as contributions,"
                        + " count(distinct person_id) as contributors from " + source
                        + " where year between ? and ? group by type, key order by type, key",
                List.of(from, to), row -> new Group(row.getString("type"), row.getString("key"),
                        row.getLong("contributions"), row.getLong("contributors")));
    }

    /** All contributions of the years and their distinct contributors. */
    public Group total(int from, int to) {
        return jdbc.query("select sum(contributions) as contributions, count(distinct person_id) as contributors"
                        + " from person_contribution where year between ? and ?", List.of(from, to),
                row -> new Group(null, null, row.getLong("contributions"), row.getLong("contributors"))).get(0);
    }
}
