package vn.gialai.iwd.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.gialai.iwd.reporting.domain.Breakdown;
import vn.gialai.iwd.reporting.service.ExportService;
import vn.gialai.iwd.reporting.service.Today;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Person exports are bounded (issue 15): beyond the allowed number streaming at once the next is refused with a
 * 429 problem and Retry-After, a finished export frees its place, and every export is audited with its caller
 * and the rows it wrote.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class ExportLimitsTest {

    static final String ANALYST = Tokens.bearer("test-export-analyst", Set.of("analyst"), List.of());

    @Inject
    ExportService exports;

    @Inject
    Today today;

    @Inject
    AgroalDataSource database;

    @Test
    void aFormulaInAUnitsNameIsWrittenToCsvAsText() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Sở Y tế\")";
        Breakdown breakdown = new Breakdown(List.of("unit"), today.now().asOf(), null, 3L, List.of(
                new Breakdown.Row("+SO-X", Map.of("unit", "+SO-X"), formula, 3L, 1L, new BigDecimal("0.3333"), false, null),
                new Breakdown.Row("SO-YTE", Map.of("unit", "SO-YTE"), "@Sở -Y tế", 0L, 0L, null, false, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.breakdown(ExportService.Format.CSV, breakdown).writeTo(out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertEquals(List.of("'+SO-X", "'" + formula, "3", "1", "0.3333"), rows.get(1).toList());
        assertEquals(List.of("SO-YTE", "'@Sở -Y tế", "0", "0", ""), rows.get(2).toList());
    }

    @Test
    void exportsBeyondTheLimitAreRefusedUntilOneEndsAndEachIsAudited() throws IOException, SQLException {
        // The default limit is 2: two exports opened and not yet downloaded hold both places.
        ExportService.FileContent first = exports.persons(ExportService.Format.NDJSON, today.now(), "held-1");
        ExportService.FileContent second = exports.persons(ExportService.Format.CSV, today.now(), "held-2");
        try {
            given().header("Authorization", ANALYST).get("/api/v1/reports/export/persons?format=ndjson").then()
                    .statusCode(429).contentType("application/problem+json").header("Retry-After", "30")
                    .body("status", equalTo(429));
        } finally {
            first.writeTo(new ByteArrayOutputStream());
        }
        String ndjson = given().header("Authorization", ANALYST).get("/api/v1/reports/export/persons?format=ndjson")
                .then().statusCode(200).extract().asString();
        second.writeTo(new ByteArrayOutputStream());
        given().header("Authorization", ANALYST).get("/api/v1/reports/export/persons?format=csv").then().statusCode(200);

        long rows = ndjson.lines().filter(line -> !line.isBlank()).count();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet audit = statement.executeQuery("select caller, format, rows_written, completed from export_audit"
                     + " where caller = 'test-export-analyst' order by id")) {
            assertTrue(audit.next(), "the analyst's export is audited");
            assertEquals("ndjson", audit.getString("format"));
            assertEquals(rows, audit.getLong("rows_written"), "with the rows it wrote");
            assertTrue(audit.getBoolean("completed"));
            assertTrue(audit.next());
            assertEquals("csv", audit.getString("format"));
            assertTrue(!audit.next(), "the refused export wrote nothing and is not an export");
        }
    }
}
