package vn.gialai.iwd.reporting.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.domain.Scope;
import vn.gialai.iwd.reporting.repository.Jdbc;
import vn.gialai.iwd.reporting.repository.Population;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exports for analysts. Person microdata carry a keyed pseudonym and the statistical profile only:
 * no name, national ID or date of birth exists in this service to leak. Rows are streamed from a
 * database cursor (fetch size {@value #FETCH_SIZE}) straight to the response, so memory stays flat
 * whatever the number of persons.
 */
@ApplicationScoped
public class ExportService {

    public enum Format { NDJSON, CSV, JSON }

    static final int FETCH_SIZE = 1000;
    static final List<String> CONTRIBUTION_TYPES = List.of("RESEARCH_PROJECT", "INITIATIVE", "PATENT", "AWARD",
            "CONSULTING_REVIEW", "TECH_TRANSFER", "PUBLICATION");
    private static final List<String> PERSON_COLUMNS = List.of("pseudonym", "birthYear", "gender", "ethnicGroup",
            "qualification", "academicTitle", "fieldOfStudy", "sector", "employment", "stateApparatus", "meetsStandard",
            "trainedAbroad", "livesAbroad", "foreignNational", "units");
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };
    /** Excel recognises UTF-8 (and shows Vietnamese correctly) only with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private final Jdbc jdbc;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper json;

    ExportService(Jdbc jdbc, Pseudonyms pseudonyms, ObjectMapper json) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.json = json;
    }

    /** One output row: column name → value, in column order. */
    private interface RowWriter extends AutoCloseable {
        void write(Map<String, Object> row) throws IOException;

        @Override
        void close() throws IOException;
    }

    public StreamingOutput persons(Format format, Scope scope) {
        Population.Source source = Population.personRows(scope);
        List<String> columns = new ArrayList<>(PERSON_COLUMNS);
        CONTRIBUTION_TYPES.forEach(type -> columns.add("contributions." + type));
        return output -> {
            Pseudonyms.Pseudonymiser pseudonymiser = pseudonyms.newPseudonymiser();
            try (Connection connection = jdbc.dataSource().getConnection()) {
                // A cursor (fetch size honoured) needs a transaction; it only reads and is rolled back.
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(source.sql());
                     RowWriter writer = writer(format, output, columns)) {
                    statement.setFetchSize(FETCH_SIZE);
                    Jdbc.bind(connection, statement, source.params());
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            writer.write(personRow(rows, pseudonymiser));
                        }
                    }
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IOException("export failed", e);
            }
        };
    }

    public StreamingOutput breakdown(Format format, Breakdown breakdown) {
        List<String> columns = new ArrayList<>(breakdown.by());
        columns.addAll(List.of("label", "count", "universityPlus", "universityPlusShare"));
        return output -> {
            if (format == Format.JSON) {
                json.writeValue(output, breakdown);
                return;
            }
            try (RowWriter writer = writer(format, output, columns)) {
                for (Breakdown.Row row : breakdown.rows()) {
                    Map<String, Object> values = new LinkedHashMap<>(row.keys());
                    values.put("label", row.label());
                    values.put("count", row.count());
                    values.put("universityPlus", row.universityPlus());
                    values.put("universityPlusShare", row.universityPlusShare());
                    writer.write(values);
                }
                Map<String, Object> total = new LinkedHashMap<>();
                breakdown.by().forEach(dimension -> total.put(dimension, null));
                total.put("label", "Tổng số người (không trùng lặp) / Distinct persons");
                total.put("count", breakdown.distinctTotal());
                writer.write(total);
            }
        };
    }

    private Map<String, Object> personRow(ResultSet row, Pseudonyms.Pseudonymiser pseudonymiser) throws SQLException, IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pseudonym", pseudonymiser.of(row.getObject("person_id", UUID.class)));
        values.put("birthYear", Jdbc.integerOrNull(row, "birth_year"));
        values.put("gender", row.getString("gender"));
        values.put("ethnicGroup", row.getString("ethnic_group"));
        values.put("qualification", row.getString("qualification"));
        values.put("academicTitle", row.getString("academic_title"));
        values.put("fieldOfStudy", row.getString("field_of_study"));
        values.put("sector", row.getString("sector"));
        values.put("employment", row.getString("employment"));
        values.put("stateApparatus", row.getString("state_apparatus"));
        values.put("meetsStandard", Jdbc.booleanOrNull(row, "meets_standard"));
        values.put("trainedAbroad", row.getBoolean("trained_abroad"));
        values.put("livesAbroad", row.getBoolean("lives_abroad"));
        values.put("foreignNational", row.getBoolean("foreign_national"));
        values.put("units", Arrays.asList((String[]) row.getArray("unit_codes").getArray()));
        Map<String, Integer> contributions = json.readValue(row.getString("contributions"), COUNTS);
        for (String type : CONTRIBUTION_TYPES) {
            values.put("contributions." + type, contributions.getOrDefault(type, 0));
        }
        return values;
    }

    private RowWriter writer(Format format, OutputStream output, List<String> columns) throws IOException {
        if (format == Format.CSV) {
            Writer text = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            text.write(BOM);
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get());
            return new RowWriter() {
                @Override
                public void write(Map<String, Object> row) throws IOException {
                    List<Object> cells = new ArrayList<>();
                    for (String column : columns) {
                        Object value = row.get(column);
                        cells.add(value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : value);
                    }
                    csv.printRecord(cells);
                }

                @Override
                public void close() throws IOException {
                    csv.flush();
                }
            };
        }
        JsonGenerator generator = json.getFactory().createGenerator(output);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        boolean ndjson = format == Format.NDJSON;
        if (ndjson) {
            generator.setRootValueSeparator(null);
        } else {
            generator.writeStartArray();
        }
        return new RowWriter() {
            @Override
            public void write(Map<String, Object> row) throws IOException {
                generator.writeObject(nested(row));
                if (ndjson) {
                    generator.writeRaw('\n');
                }
            }

            @Override
            public void close() throws IOException {
                if (!ndjson) {
                    generator.writeEndArray();
                }
                generator.close();
            }
        };
    }

    /** "contributions.AWARD" columns become one {"contributions": {"AWARD": …}} object in JSON. */
    private static Map<String, Object> nested(Map<String, Object> row) {
        Map<String, Object> nested = new LinkedHashMap<>();
        Map<String, Object> contributions = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (column.startsWith("contributions.")) {
                contributions.put(column.substring("contributions.".length()), value);
            } else {
                nested.put(column, value);
            }
        });
        if (!contributions.isEmpty()) {
            nested.put("contributions", contributions);
        }
        return nested;
    }
}
