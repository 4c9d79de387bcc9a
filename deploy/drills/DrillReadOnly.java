import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drill 4 (docs/RELIABILITY.md): registry's database turns read-only (as when its disk is full or a
 * replica is promoted late) under a writing client. Writes must answer 503 with Retry-After and leave
 * nothing half-written; once the database is writable again the same writes succeed, the outbox relay
 * resumes and reporting reconciles with registry.
 *
 * <pre>java -cp "$IWD_TOOLS_LIB/*" deploy/drills/DrillReadOnly.java GATEWAY_URL ADMIN_KEY JDBC_SERVER_URL USER REGISTRY_DB</pre>
 */
public class DrillReadOnly {

    static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String adminKey = args[1];
        String server = args[2];
        String user = args[3];
        String registryDb = args[4];
        String registryUrl = server.replaceFirst("/[^/?]*(\\?|$)", "/" + registryDb + "$1");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        String analyst = client(gateway, adminKey, "{\"name\": \"read-only drill analyst " + run + "\", \"roles\": [\"analyst\"]}");
        String submitter = client(gateway, adminKey, "{\"name\": \"read-only drill SO-YTE " + run + "\", \"roles\": [\"submitter\"], \"units\": [\"SO-YTE\"]}");
        String record = "{\"fullName\": \"Lê Văn Chỉ Đọc\", \"dateOfBirth\": \"1979-04-0" + (1 + run.length() % 8) + "\", \"gender\": \"M\","
                + " \"ethnicity\": \"01\", \"highestQualification\": \"DOCTORATE\", \"sector\": \"HEALTH\","
                + " \"employment\": \"PUBLIC_EMPLOYEE\", \"meetsStandard\": true, \"effectiveDate\": \"2025-01-01\"}";
        String batch = "{\"records\": [" + String.join(",", List.of(1, 2, 3).stream().map(n ->
                record.replace("Chỉ Đọc", "Chỉ Đọc " + "ABC".charAt(n - 1)).replace("{\"fullName\"",
                        "{\"externalId\": \"RO-" + run + "-B" + n + "\", \"fullName\"")).toList()) + "]}";

        long recordsBefore = count(registryUrl, user);
        readOnly(server, user, registryDb, true);
        try {
            HttpResponse<String> put = send("PUT", gateway + "/api/v1/registry/units/SO-YTE/records/RO-" + run, submitter, record);
            expectUnavailable("PUT while read-only", put);
            HttpResponse<String> post = send("POST", gateway + "/api/v1/registry/units/SO-YTE/records/batch", submitter, batch);
            expectUnavailable("batch while read-only", post);
            long during = count(registryUrl, user);
            System.out.printf("while read-only: PUT %d, batch %d, records %d (before %d)%n", put.statusCode(), post.statusCode(),
                    during, recordsBefore);
            if (during != recordsBefore) {
                problems.add("records changed while the database was read-only: " + recordsBefore + " → " + during);
            }
        } finally {
            readOnly(server, user, registryDb, false);
        }
        HttpResponse<String> put = retryUntilWritten("PUT", gateway + "/api/v1/registry/units/SO-YTE/records/RO-" + run, submitter, record);
        HttpResponse<String> post = retryUntilWritten("POST", gateway + "/api/v1/registry/units/SO-YTE/records/batch", submitter, batch);
        System.out.printf("writable again: PUT %d, batch %d: %s%n", put.statusCode(), post.statusCode(), post.body());
        if (put.statusCode() != 201 || post.statusCode() != 200 || !post.body().contains("\"created\":3")) {
            problems.add("the writes did not succeed once writable: PUT " + put.statusCode() + ", batch " + post.body());
        }
        Instant deadline = Instant.now().plusSeconds(90);
        String reconciliation = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> answer = send("GET", gateway + "/api/v1/reports/reconciliation", analyst, null);
            reconciliation = answer.body();
            if (answer.statusCode() == 200 && reconciliation.matches("(?s).*\"difference\"\\s*:\\s*0[,}].*")
                    && reconciliation.contains("\"checksumMatches\":true")) {
                break;
            }
            Thread.sleep(500);
        }
        System.out.println("reconciliation: " + reconciliation);
        if (!reconciliation.contains("\"checksumMatches\":true")) {
            problems.add("reporting did not reconcile with registry: the relay did not resume");
        }
        problems.forEach(problem -> System.out.println("PROBLEM: " + problem));
        System.out.println(problems.isEmpty() ? "DRILL PASSED" : "DRILL FAILED");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static void expectUnavailable(String what, HttpResponse<String> answer) {
        if (answer.statusCode() != 503 || answer.headers().firstValue("Retry-After").isEmpty()
                || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            problems.add(what + ": expected 503 problem+json with Retry-After, got " + answer.statusCode() + " " + answer.headers().map()
                    + " " + answer.body());
        }
    }

    /** The client's way: retry a 503 after Retry-After until the database takes writes again (at most 60 s). */
    static HttpResponse<String> retryUntilWritten(String method, String url, String key, String body) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> answer = send(method, url, key, body);
        while (answer.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
            answer = send(method, url, key, body);
        }
        return answer;
    }

    /** Read-only (or not) for new sessions, and the open ones ended so that the pools reconnect with it. */
    static void readOnly(String server, String user, String database, boolean on) throws Exception {
        try (Connection connection = DriverManager.getConnection(server, user, System.getenv().getOrDefault("IWD_DB_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("alter database " + database + (on ? " set default_transaction_read_only = on"
                    : " reset default_transaction_read_only"));
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }
        System.out.println("registry database " + (on ? "read-only" : "writable"));
    }

    static long count(String url, String user) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, System.getenv().getOrDefault("IWD_DB_PASSWORD", ""));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from person_record")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static HttpResponse<String> send(String method, String url, String key, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String client(String gateway, String adminKey, String body) throws Exception {
        HttpResponse<String> answer = send("POST", gateway + "/api/v1/admin/clients", adminKey, body);
        Matcher key = API_KEY.matcher(answer.body());
        if (answer.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("cannot create a client: " + answer.statusCode() + " " + answer.body());
        }
        return key.group(1);
    }
}
