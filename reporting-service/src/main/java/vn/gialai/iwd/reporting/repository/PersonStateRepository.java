package vn.gialai.iwd.reporting.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.domain.Cell;
import vn.gialai.iwd.reporting.domain.ContributionCount;
import vn.gialai.iwd.reporting.domain.PersonProfile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** person_state (newest version per person) and person_version (every version received). */
@ApplicationScoped
public class PersonStateRepository {

    private static final String COLUMNS = "person_id, version, removed, " + Cell.COLUMNS
            + ", units, contributions, contribution_counts, known_from";
    /** The SQL types of {@link #COLUMNS}, for rows written as one array per column. */
    private static final List<String> TYPES = Stream.of(List.of("uuid", "bigint", "boolean"), Cell.SQL_TYPES,
            List.of("jsonb", "jsonb", "jsonb", "timestamptz")).flatMap(List::stream).toList();
    private static final TypeReference<List<PersonProfile.Membership>> MEMBERSHIPS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };
    private static final TypeReference<List<ContributionCount>> CONTRIBUTION_COUNTS = new TypeReference<>() {
    };

    private final Jdbc jdbc;
    private final ObjectMapper json;

    PersonStateRepository(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records every version; a version received twice keeps its first copy (registry never reuses a version). */
    public void addVersions(Collection<PersonProfile> versions) {
        write("insert into person_version (" + COLUMNS + ") select * from " + Jdbc.unnest(TYPES) + " on conflict do nothing",
                versions);
    }

    /** The held state of these persons, locked until the transaction ends so that replicas never interleave. */
    public Map<UUID, PersonProfile> lockHeld(Collection<UUID> personIds) {
        return jdbc.query("select " + COLUMNS + " from person_state where person_id = any(?) order by person_id for update",
                        List.of(new Jdbc.SqlArray("uuid", personIds.toArray())), this::read)
                .stream().collect(Collectors.toMap(PersonProfile::personId, Function.identity()));
    }

    public void save(Collection<PersonProfile> states) {
        String updates = Stream.of(COLUMNS.split(", ")).skip(1)
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        write("insert into person_state (" + COLUMNS + ") select * from " + Jdbc.unnest(TYPES)
                + " on conflict (person_id) do update set " + updates, states);
    }

    /**
     * One statement for all the profiles. person_state's upsert may meet a person once per statement, which
     * holds: the projection saves one state per person and poll.
     */
    private void write(String sql, Collection<PersonProfile> profiles) {
        if (!profiles.isEmpty()) {
            jdbc.update(sql, Jdbc.columnsOf(profiles.stream().map(this::row).toList(), TYPES));
        }
    }

    private List<Object> row(PersonProfile profile) {
        List<Object> row = new ArrayList<>();
        row.add(profile.personId());
        row.add(profile.version());
        row.add(profile.removed());
        row.addAll(profile.cell().values());
        row.add(write(profile.units()));
        row.add(write(profile.contributions()));
        row.add(write(profile.contributionCounts()));
        row.add(profile.knownFrom());
        return row;
    }

    private PersonProfile read(ResultSet row) throws SQLException {
        try {
            return new PersonProfile(row.getObject("person_id", UUID.class), row.getLong("version"),
                    row.getBoolean("removed"), cellOf(row), json.readValue(row.getString("units"), MEMBERSHIPS),
                    json.readValue(row.getString("contributions"), COUNTS),
                    json.readValue(row.getString("contribution_counts"), CONTRIBUTION_COUNTS),
                    row.getObject("known_from", OffsetDateTime.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable person_state row", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Cell cellOf(ResultSet row) throws SQLException {
        return new Cell(Jdbc.integerOrNull(row, "birth_year"), row.getString("gender"), row.getString("ethnic_group"),
                row.getString("qualification"), row.getString("academic_title"), row.getString("field_of_study"),
                row.getString("sector"), row.getString("employment"), row.getString("state_apparatus"),
                Jdbc.booleanOrNull(row, "meets_standard"), row.getBoolean("trained_abroad"),
                row.getBoolean("lives_abroad"), row.getBoolean("foreign_national"));
    }
}
