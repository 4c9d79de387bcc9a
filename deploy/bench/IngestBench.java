import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingest benchmark (DESIGN §8): N records pushed through the gateway by 4 unit clients, 1,000 per
 * request, against PostgreSQL COPY of the same rows into a table of the same shape, side by side.
 * Run by deploy/bench/ingest.sh, which starts the stack and passes its settings.
 */
public class IngestBench {

    static final String[] UNITS = {"SO-YTE", "SO-GDDT", "SO-NV", "SO-VHTTDL"};
    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Rơ Mah", "Ksor", "Siu", "Rah Lan"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "H'"};
    static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hồng", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Quyên", "Sơn", "Thảo", "Trung", "Vy", "Yến", "Blơng", "Hyen"};
    static final String[] QUALIFICATIONS = {"COLLEGE", "BACHELOR", "BACHELOR", "BACHELOR", "MASTER", "DOCTORATE"};
    static final String[] SECTORS = {"EDUCATION", "HEALTH", "AGRICULTURE", "INDUSTRY", "SERVICES", "SCIENCE_TECHNOLOGY", "PUBLIC_ADMINISTRATION"};
    static final String[] EMPLOYMENT = {"CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "PUBLIC_EMPLOYEE", "PRIVATE_ENTERPRISE", "RETIRED", "CADRE"};
    static final String[] ETHNICITIES = {"01", "01", "01", "10", "12", "11"};

    record Row(String unit, String externalId, String fullName, String nationalId, String dateOfBirth, String gender,
               String ethnicity, String qualification, String field, String sector, String employment, boolean meetsStandard) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getenv("IWD_GATEWAY_URL");
        String adminKey = System.getenv("IWD_ADMIN_API_KEY");
        String jdbc = System.getenv("BENCH_JDBC_URL");
        int total = Integer.parseInt(System.getenv().getOrDefault("BENCH_RECORDS", "150000"));
        int perRequest = 1000;
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<List<Row>> byUnit = generate(total, run);

        long copyNanos = copyBaseline(jdbc, byUnit);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> keys = new ArrayList<>();
        for (String unit : UNITS) {
            keys.add(createClient(http, gateway, adminKey, unit));
        }
        ExecutorService pool = Executors.newFixedThreadPool(UNITS.length);
        long started = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (int u = 0; u < UNITS.length; u++) {
            int unit = u;
            results.add(pool.submit(() -> push(http, gateway, keys.get(unit), UNITS[unit], byUnit.get(unit), perRequest)));
        }
        int accepted = 0;
        for (Future<Integer> result : results) {
            accepted += result.get();
        }
        long ingestNanos = System.nanoTime() - started;
        pool.shutdown();

        double copyRate = total / (copyNanos / 1e9);
        double ingestRate = total / (ingestNanos / 1e9);
        System.out.printf("records=%d accepted=%d%n", total, accepted);
        System.out.printf("COPY baseline: %.2f s, %.0f rows/s%n", copyNanos / 1e9, copyRate);
        System.out.printf("gateway ingest (4 clients, %d/request): %.2f s, %.0f rows/s%n", perRequest, ingestNanos / 1e9, ingestRate);
        System.out.printf("ratio ingest/COPY: %.3f (target >= 0.35)%n", ingestRate / copyRate);
        long lastAck = System.nanoTime();
        String analyst = createClient(http, gateway, adminKey, null);
        long freshNanos = awaitReconciled(http, gateway, analyst) - lastAck;
        System.out.printf("freshness: reporting matched registry's checksum %.2f s after the last batch was acknowledged (target <= 5 s)%n",
                freshNanos / 1e9);
    }

    /**
     * Waits until reporting counts as many persons as registry holds, polling the (cheap) indicators
     * every 100 ms, then confirms with the reconciliation checksum. Polling the checksum itself would
     * scan both person tables ten times a second and slow down what is being measured.
     */
    static long awaitReconciled(HttpClient http, String gateway, String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String registryPersons = field(get(http, gateway + "/api/v1/reports/reconciliation", key), "registryPersons");
        while (System.nanoTime() < deadline) {
            String indicators = get(http, gateway + "/api/v1/reports/indicators", key);
            if (indicators.contains("\"code\":\"COLLEGE_PLUS_COUNT\",\"value\":" + registryPersons + ",")) {
                long counted = System.nanoTime();
                String reconciliation = get(http, gateway + "/api/v1/reports/reconciliation", key);
                if (reconciliation.contains("\"difference\":0") && reconciliation.contains("\"checksumMatches\":true")) {
                    return counted;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("reporting did not catch up within 5 minutes");
    }

    static String get(HttpClient http, String url, String key) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher number = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!number.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return number.group(1);
    }

    static List<List<Row>> generate(int total, String run) {
        Random random = new Random(run.hashCode());
        List<List<Row>> byUnit = new ArrayList<>();
        for (String ignored : UNITS) {
            byUnit.add(new ArrayList<>());
        }
        for (int i = 0; i < total; i++) {
            int unit = i % UNITS.length;
            int year = 1960 + random.nextInt(45);
            String gender = random.nextBoolean() ? "M" : "F";
            String dob = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String nationalId = random.nextInt(10) < 7
                    ? String.format("%03d%d%02d%06d", 1 + random.nextInt(96), gender.equals("M") ? 0 : 1, year % 100, random.nextInt(1_000_000))
                    : null;
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String employment = EMPLOYMENT[random.nextInt(EMPLOYMENT.length)];
            byUnit.get(unit).add(new Row(UNITS[unit], "B" + run + "-" + i, name, nationalId, dob, gender,
                    ETHNICITIES[random.nextInt(ETHNICITIES.length)], QUALIFICATIONS[random.nextInt(QUALIFICATIONS.length)],
                    String.format("%02d", random.nextInt(11)), SECTORS[random.nextInt(SECTORS.length)], employment,
                    random.nextInt(10) < 9));
        }
        return byUnit;
    }

    /** The same rows COPY'd into a table shaped like person_record (unique key + 3 indexes). */
    static long copyBaseline(String jdbc, List<List<Row>> byUnit) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbc)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_copy");
                statement.execute("create table bench_copy (id bigserial primary key, unit_code varchar(32), external_id varchar(64), "
                        + "full_name varchar(200), name_key varchar(200), national_id varchar(64), date_of_birth date, birth_year int, "
                        + "gender char(1), ethnicity varchar(2), qualification varchar(16), field varchar(2), sector varchar(32), "
                        + "employment varchar(32), meets_standard boolean, trained_abroad boolean, lives_abroad boolean, "
                        + "foreign_national boolean, contributions jsonb, effective_date date, version bigint, unique (unit_code, external_id))");
                statement.execute("create index on bench_copy (name_key)");
                statement.execute("create index on bench_copy (national_id)");
                statement.execute("create index on bench_copy (unit_code, version)");
            }
            StringBuilder csv = new StringBuilder();
            for (List<Row> rows : byUnit) {
                for (Row r : rows) {
                    csv.append(r.unit()).append(',').append(r.externalId()).append(",\"").append(r.fullName()).append("\",\"")
                            .append(r.fullName().toLowerCase()).append("\",").append(r.nationalId() == null ? "" : r.nationalId())
                            .append(',').append(r.dateOfBirth()).append(',').append(r.dateOfBirth(), 0, 4).append(',')
                            .append(r.gender()).append(',').append(r.ethnicity()).append(',').append(r.qualification()).append(',')
                            .append(r.field()).append(',').append(r.sector()).append(',').append(r.employment()).append(',')
                            .append(r.meetsStandard()).append(",false,false,false,\"[]\",2025-01-01,1\n");
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long started = System.nanoTime();
            copy.copyIn("copy bench_copy (unit_code, external_id, full_name, name_key, national_id, date_of_birth, birth_year, gender, "
                    + "ethnicity, qualification, field, sector, employment, meets_standard, trained_abroad, lives_abroad, "
                    + "foreign_national, contributions, effective_date, version) from stdin with (format csv)", new StringReader(csv.toString()));
            long elapsed = System.nanoTime() - started;
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table bench_copy");
            }
            return elapsed;
        }
    }

    /** A submitter client for the unit, or an analyst client when unit is null. */
    static String createClient(HttpClient http, String gateway, String adminKey, String unit) throws Exception {
        String body = unit == null
                ? "{\"name\": \"bench analyst\", \"roles\": [\"analyst\"], \"rateLimitPerSecond\": 10000}"
                : "{\"name\": \"bench " + unit + "\", \"roles\": [\"submitter\"], \"units\": [\"" + unit + "\"], \"rateLimitPerSecond\": 1000}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/clients"))
                .header("X-API-Key", adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("cannot create a client: " + response.statusCode() + " " + response.body());
        }
        return key.group(1);
    }

    static int push(HttpClient http, String gateway, String key, String unit, List<Row> rows, int perRequest) throws Exception {
        int accepted = 0;
        for (int from = 0; from < rows.size(); from += perRequest) {
            StringBuilder body = new StringBuilder("{\"records\": [");
            for (int i = from; i < Math.min(rows.size(), from + perRequest); i++) {
                Row r = rows.get(i);
                if (i > from) {
                    body.append(',');
                }
                body.append("{\"externalId\": \"").append(r.externalId()).append("\", \"fullName\": \"").append(r.fullName())
                        .append("\", ").append(r.nationalId() == null ? "" : "\"nationalId\": \"" + r.nationalId() + "\", ")
                        .append("\"dateOfBirth\": \"").append(r.dateOfBirth()).append("\", \"gender\": \"").append(r.gender())
                        .append("\", \"ethnicity\": \"").append(r.ethnicity()).append("\", \"highestQualification\": \"")
                        .append(r.qualification()).append("\", \"fieldOfStudy\": \"").append(r.field())
                        .append("\", \"sector\": \"").append(r.sector()).append("\", \"employment\": \"").append(r.employment())
                        .append("\", \"meetsStandard\": ").append(r.meetsStandard()).append(", \"effectiveDate\": \"2025-01-01\"}");
            }
            body.append("]}");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(gateway + "/api/v1/registry/units/" + unit + "/records/batch"))
                    .header("X-API-Key", key).header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("batch refused: " + response.statusCode() + " " + response.body());
            }
            Matcher created = Pattern.compile("\"created\"\\s*:\\s*(\\d+)").matcher(response.body());
            accepted += created.find() ? Integer.parseInt(created.group(1)) : 0;
        }
        return accepted;
    }
}
