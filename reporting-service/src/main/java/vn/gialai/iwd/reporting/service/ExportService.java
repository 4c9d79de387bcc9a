package vn.gialai.iwd.reporting.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.gialai.iwd.reporting.config.ReportingConfig;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Exports for analysts. Person microdata carry a keyed pseudonym and the statistical profile only:
 * no name, national ID or date of birth exists in this service to leak. Rows are streamed from a
 * database cursor (fetch size {@value #FETCH_SIZE}) straight to the response, so memory stays flat
 * whatever the number of persons. Person exports stream from their own pool ({@code export}), at most
 * {@code iwd.reporting.max-concurrent-exports} at once, and each is recorded in export_audit.
 */
@ApplicationScoped
public class ExportService {

    public enum Format { NDJSON, CSV, JSON }

    /** A file written on demand to the caller's stream, so that no export is held in memory. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(OutputStream output) throws IOException;
    }

    static final int FETCH_SIZE = 5000;
    /** Only what a row shows: the person's units and contributions as JSON would double what is read. */
    private static final String EXPORTED_COLUMNS = "r.person_id, r.birth_year, r.gender, r.ethnic_group, r.qualification,"
            + " r.academic_title, r.field_of_study, r.sector, r.employment, r.state_apparatus, r.meets_standard,"
            + " r.trained_abroad, r.lives_abroad, r.foreign_national, r.unit_codes";
    static final List<String> CONTRIBUTION_TYPES = List.of("RESEARCH_PROJECT", "INITIATIVE", "PATENT", "AWARD",
            "CONSULTING_REVIEW", "TECH_TRANSFER", "PUBLICATION");
    private static final List<String> PERSON_COLUMNS = List.of("pseudonym", "birthYear", "gender", "ethnicGroup",
            "qualification", "academicTitle", "fieldOfStudy", "sector", "employment", "stateApparatus", "meetsStandard",
            "trainedAbroad", "livesAbroad", "foreignNational", "units");
    /** JSON nests the "contributions.AWARD" … columns as one "contributions" object. */
    private static final String CONTRIBUTIONS = "contributions.";
    /** Excel recognises UTF-8 (and shows Vietnamese correctly) only with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private final Jdbc jdbc;
    private final AgroalDataSource exportPool;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper json;
    private final Semaphore exportsRunning;

    ExportService(Jdbc jdbc, @DataSource("export") AgroalDataSource exportPool, Pseudonyms pseudonyms, ObjectMapper json,
                  ReportingConfig config) {
        this.jdbc = jdbc;
        this.exportPool = exportPool;
        this.pseudonyms = pseudonyms;
        this.json = json;
        this.exportsRunning = new Semaphore(config.maxConcurrentExports());
    }

    /** One output row: the values in column order. */
    private interface RowWriter extends AutoCloseable {
        void write(List<Object> row) throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * @param caller who asked, for the audit
     * @throws ProblemException (too many at once) when the allowed number of exports is streaming already
     */
    public FileContent persons(Format format, Scope scope, String caller) {
        Population.Source persons = Population.personRows(scope);
        // Contribution counts are read out of the JSON in SQL, so no row is parsed in Java.
        Population.Source source = new Population.Source("select " + EXPORTED_COLUMNS + ", " + CONTRIBUTION_TYPES.stream()
                .map(type -> "coalesce((r.contributions ->> '" + type + "')::integer, 0)")
                .collect(Collectors.joining(", ")) + " from (" + persons.sql() + ") r", persons.params());
        List<String> columns = new ArrayList<>(PERSON_COLUMNS);
        CONTRIBUTION_TYPES.forEach(type -> columns.add(CONTRIBUTIONS + type));
        if (!exportsRunning.tryAcquire()) {
            throw ProblemException.tooManyAtOnce("Other exports are running; try again in a moment.");
        }
        return output -> {
            OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
            long written = 0;
            boolean completed = false;
            Pseudonyms.Pseudonymiser pseudonymiser = pseudonyms.newPseudonymiser();
            try (Connection connection = exportPool.getConnection()) {
                // A cursor (fetch size honoured) needs a transaction; it only reads and is rolled back.
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(source.sql());
                     RowWriter writer = writer(format, output, columns)) {
                    statement.setFetchSize(FETCH_SIZE);
                    Jdbc.bind(connection, statement, source.params());
                    try (ResultSet rows = statement.executeQuery()) {
                        int firstContribution = rows.getMetaData().getColumnCount() - CONTRIBUTION_TYPES.size() + 1;
                        while (rows.next()) {
                            writer.write(personRow(rows, pseudonymiser, firstContribution));
                            written++;
                        }
                    }
                    completed = true;
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IOException("export failed", e);
            } finally {
                exportsRunning.release();
                audit(caller, format, scope, started, written, completed);
            }
        };
    }

    private void audit(String caller, Format format, Scope scope, OffsetDateTime started, long written, boolean completed) {
        jdbc.update("insert into export_audit (caller, format, as_of, known_at, started_at, finished_at, rows_written,"
                        + " completed) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(caller, format.name().toLowerCase(Locale.ROOT), scope.asOf(), scope.knownAt(), started,
                        OffsetDateTime.now(ZoneOffset.UTC), written, completed));
    }

    public FileContent breakdown(Format format, Breakdown breakdown) {
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
                    writer.write(inOrder(columns, values));
                }
                Map<String, Object> total = new LinkedHashMap<>();
                breakdown.by().forEach(dimension -> total.put(dimension, null));
                total.put("label", "Tổng số người (không trùng lặp) / Distinct persons");
                total.put("count", breakdown.distinctTotal());
                writer.write(inOrder(columns, total));
            }
        };
    }

    /** A person's values in the order of the person columns. */
    private static List<Object> personRow(ResultSet row, Pseudonyms.Pseudonymiser pseudonymiser, int firstContribution)
            throws SQLException {
        List<Object> values = new ArrayList<>(PERSON_COLUMNS.size() + CONTRIBUTION_TYPES.size());
        values.add(pseudonymiser.of(row.getObject("person_id", UUID.class)));
        values.add(Jdbc.integerOrNull(row, "birth_year"));
        values.add(row.getString("gender"));
        values.add(row.getString("ethnic_group"));
        values.add(row.getString("qualification"));
        values.add(row.getString("academic_title"));
        values.add(row.getString("field_of_study"));
        values.add(row.getString("sector"));
        values.add(row.getString("employment"));
        values.add(row.getString("state_apparatus"));
        values.add(Jdbc.booleanOrNull(row, "meets_standard"));
        values.add(row.getBoolean("trained_abroad"));
        values.add(row.getBoolean("lives_abroad"));
        values.add(row.getBoolean("foreign_national"));
        values.add(Arrays.asList((String[]) row.getArray("unit_codes").getArray()));
        for (int i = 0; i < CONTRIBUTION_TYPES.size(); i++) {
            values.add(row.getInt(firstContribution + i));
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
                public void write(List<Object> row) throws IOException {
                    List<Object> cells = new ArrayList<>(row.size());
                    for (Object value : row) {
                        Object cell = value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : value;
                        cells.add(cell instanceof String text ? CsvCells.neutralised(text) : cell);
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
            public void write(List<Object> row) throws IOException {
                generator.writeStartObject();
                boolean inContributions = false;
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    boolean contribution = column.startsWith(CONTRIBUTIONS);
                    if (contribution && !inContributions) {
                        generator.writeObjectFieldStart("contributions");
                        inContributions = true;
                    }
                    generator.writeFieldName(contribution ? column.substring(CONTRIBUTIONS.length()) : column);
                    writeValue(generator, row.get(i));
                }
                if (inContributions) {
                    generator.writeEndObject();
                }
                generator.writeEndObject();
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

    /** Values written by their type, without a serializer lookup per value. */
    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                generator.writeString(String.valueOf(element));
            }
            generator.writeEndArray();
        } else {
            generator.writeObject(value);
        }
    }

    private static List<Object> inOrder(List<String> columns, Map<String, Object> values) {
        return columns.stream().map(values::get).toList();
    }
}
