import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingest benchmark (DESIGN §8): N records pushed through the gateway by 4 unit clients, 1,000 per
 * request, against PostgreSQL COPY of the same rows into a table of the same shape, side by side.
 * Run by deploy/bench/ingest.sh, which starts the stack and passes its settings.
 * <p>
 * After the first push and its freshness probe, the same records are pushed again (all should come
 * back unchanged). Settings beyond BENCH_RECORDS:
 * <ul>
 * <li>BENCH_PUSHES (default 1): that many pushes of fresh record sets (new externalIds and national
 * IDs each time, same size), one after another; the last push's rate is compared to the first's.</li>
 * <li>BENCH_REGISTRY_PID: when set, the registry's heap is printed after each push
 * ({@code jcmd GC.run}, then {@code jcmd GC.heap_info}).</li>
 * <li>BENCH_DIRTY_PERCENT (default 0): that percentage of records carries one bad value each and
 * must come back rejected, while all others are created.</li>
 * </ul>
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

    /** The bad values of BENCH_DIRTY_PERCENT: field and the raw JSON value sent instead of the good one. */
    static final String[][] DIRTY = {{"dateOfBirth", "\"2031-02-30\""}, {"meetsStandard", "\"có\""}, {"fullName", "12345"},
            {"contributions", "\"none\""}, {"gender", "\"X\""}};

    static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");
    static final Pattern UPDATED = Pattern.compile("\"updated\"\\s*:\\s*(\\d+)");
    static final Pattern UNCHANGED = Pattern.compile("\"unchanged\"\\s*:\\s*(\\d+)");
    static final Pattern REJECTED_COUNT = Pattern.compile("\"rejected\"\\s*:\\s*(\\d+)");
    /** One generation's line of jcmd GC.heap_info, e.g. " tenured generation   total 174784K, used 45678K [...". */
    static final Pattern HEAP_TOTAL = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** dirty: index into {@link #DIRTY} of the one bad value this record is sent with, or -1. */
    record Row(String unit, String externalId, String fullName, String nationalId, String dateOfBirth, String gender,
               String ethnicity, String qualification, String field, String sector, String employment, boolean meetsStandard,
               int dirty) {
    }

    /** What the batch answers of one push said, summed. */
    record Counts(int created, int updated, int unchanged, int rejected) {
        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                    rejected + other.rejected);
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getenv("IWD_GATEWAY_URL");
        String adminKey = System.getenv("IWD_ADMIN_API_KEY");
        String jdbc = System.getenv("BENCH_JDBC_URL");
        int total = Integer.parseInt(System.getenv().getOrDefault("BENCH_RECORDS", "150000"));
        int pushes = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("BENCH_PUSHES", "1")));
        double dirtyPercent = Double.parseDouble(System.getenv().getOrDefault("BENCH_DIRTY_PERCENT", "0"));
        String registryPid = System.getenv("BENCH_REGISTRY_PID");
        if (registryPid != null && registryPid.isBlank()) {
            registryPid = null;
        }
        int perRequest = 1000;
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<List<Row>> byUnit = generate(total, run, 0, dirtyPercent);
        int planted = planted(byUnit);

        long copyNanos = copyBaseline(jdbc, byUnit);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> keys = new ArrayList<>();
        for (String unit : UNITS) {
            keys.add(createClient(http, gateway, adminKey, unit));
        }
        ExecutorService pool = Executors.newFixedThreadPool(UNITS.length);
        printRegistryHeap(registryPid, "before the first push");
        long started = System.nanoTime();
        Counts first = pushAll(pool, http, gateway, keys, byUnit, perRequest);
        int accepted = first.created();
        long ingestNanos = System.nanoTime() - started;

        double copyRate = total / (copyNanos / 1e9);
        double ingestRate = total / (ingestNanos / 1e9);
        System.out.printf("records=%d accepted=%d%n", total, accepted);
        System.out.printf("COPY baseline: %.2f s, %.0f rows/s%n", copyNanos / 1e9, copyRate);
        System.out.printf("gateway ingest (4 clients, %d/request): %.2f s, %.0f rows/s%n", perRequest, ingestNanos / 1e9, ingestRate);
        System.out.printf("ratio ingest/COPY: %.3f (target >= 0.25, issue 10)%n", ingestRate / copyRate);
        checkFresh("push 1", first, total, planted, dirtyPercent);
        long lastAck = System.nanoTime();
        String analyst = createClient(http, gateway, adminKey, null);
        long freshNanos = awaitReconciled(http, gateway, analyst) - lastAck;
        System.out.printf("freshness: reporting matched registry's checksum %.2f s after the last batch was acknowledged (target <= 2 s, issue 10)%n",
                freshNanos / 1e9);
        printRegistryHeap(registryPid, "after push 1");

        // The same records again: every one should be recognised as unchanged (the dirty ones rejected again).
        started = System.nanoTime();
        Counts again = pushAll(pool, http, gateway, keys, byUnit, perRequest);
        long againNanos = System.nanoTime() - started;
        double againRate = total / (againNanos / 1e9);
        System.out.printf("unchanged re-push (same %d records, 4 clients, %d/request): %.2f s, %.0f rows/s "
                        + "(created=%d updated=%d unchanged=%d rejected=%d)%n", total, perRequest, againNanos / 1e9, againRate,
                again.created(), again.updated(), again.unchanged(), again.rejected());
        System.out.printf("ratio unchanged re-push/COPY: %.3f (target >= 0.5)%n", againRate / copyRate);
        if (again.unchanged() != total - planted) {
            System.out.printf("WARNING: the re-push answered unchanged=%d in all, expected %d (created=%d updated=%d rejected=%d)%n",
                    again.unchanged(), total - planted, again.created(), again.updated(), again.rejected());
        }
        if (dirtyPercent > 0 && again.rejected() != planted) {
            System.out.printf("WARNING: the re-push rejected %d records, %d bad ones were planted%n", again.rejected(), planted);
        }
        printRegistryHeap(registryPid, "after the unchanged re-push");

        // Further pushes of fresh record sets: does the rate hold as the tables grow?
        double lastRate = ingestRate;
        for (int p = 2; p <= pushes; p++) {
            byUnit = null;
            List<List<Row>> fresh = generate(total, run + "p" + p, p - 1, dirtyPercent);
            int freshPlanted = planted(fresh);
            started = System.nanoTime();
            Counts counts = pushAll(pool, http, gateway, keys, fresh, perRequest);
            long nanos = System.nanoTime() - started;
            lastRate = total / (nanos / 1e9);
            System.out.printf("push %d/%d (fresh %d records, 4 clients, %d/request): %.2f s, %.0f rows/s, %.2f of push 1's rate "
                            + "(created=%d rejected=%d)%n", p, pushes, total, perRequest, nanos / 1e9, lastRate, lastRate / ingestRate,
                    counts.created(), counts.rejected());
            checkFresh("push " + p, counts, total, freshPlanted, dirtyPercent);
            // Let reporting catch up before the next push, as it did after push 1, so each push runs alone.
            long acknowledged = System.nanoTime();
            try {
                long caughtUp = awaitReconciled(http, gateway, analyst) - acknowledged;
                System.out.printf("push %d freshness: reporting matched registry's checksum %.2f s after the last batch was acknowledged%n",
                        p, caughtUp / 1e9);
            } catch (IllegalStateException e) {
                System.out.printf("WARNING: push %d: %s%n", p, e.getMessage());
            }
            printRegistryHeap(registryPid, "after push " + p);
        }
        pool.shutdown();
        if (pushes > 1) {
            System.out.printf("ratio last/first push: %.3f (push %d %.0f rows/s vs push 1 %.0f rows/s, target >= 0.8)%n",
                    lastRate / ingestRate, pushes, lastRate, ingestRate);
        }
    }

    /** Pushes each unit's rows with its own client, the 4 units in parallel; the answers summed. */
    static Counts pushAll(ExecutorService pool, HttpClient http, String gateway, List<String> keys, List<List<Row>> byUnit,
                          int perRequest) throws Exception {
        List<Future<Counts>> results = new ArrayList<>();
        for (int u = 0; u < UNITS.length; u++) {
            int unit = u;
            results.add(pool.submit(() -> push(http, gateway, keys.get(unit), UNITS[unit], byUnit.get(unit), perRequest)));
        }
        Counts counts = Counts.NONE;
        for (Future<Counts> result : results) {
            counts = counts.plus(result.get());
        }
        return counts;
    }

    /** After a push of fresh records: every clean one created, every planted bad one rejected. */
    static void checkFresh(String push, Counts counts, int total, int planted, double dirtyPercent) {
        if (dirtyPercent > 0) {
            System.out.printf("%s dirty data (%.1f%%): rejected=%d planted=%d (must be equal); created=%d of %d clean records%n",
                    push, dirtyPercent, counts.rejected(), planted, counts.created(), total - planted);
            if (counts.rejected() != planted) {
                System.out.printf("WARNING: %s rejected %d records, %d bad ones were planted%n", push, counts.rejected(), planted);
            }
        } else if (counts.rejected() > 0) {
            System.out.printf("WARNING: %s rejected %d records, none were planted%n", push, counts.rejected());
        }
        if (counts.created() != total - planted) {
            System.out.printf("WARNING: %s created %d records, expected %d (updated=%d unchanged=%d rejected=%d)%n",
                    push, counts.created(), total - planted, counts.updated(), counts.unchanged(), counts.rejected());
        }
    }

    /**
     * Prints the registry's used heap after a full GC ({@code jcmd PID GC.run}, then {@code GC.heap_info}):
     * the "used" of the heap's "total ..K, used ..K" line, summed over the generations when the
     * collector prints one per generation (Serial, Parallel). Nothing when pid is null.
     */
    static void printRegistryHeap(String pid, String when) {
        if (pid == null) {
            return;
        }
        try {
            jcmd(pid, "GC.run");
            List<String> lines = jcmd(pid, "GC.heap_info");
            long capacity = 0;
            long used = 0;
            boolean found = false;
            for (String line : lines) {
                Matcher heap = HEAP_TOTAL.matcher(line);
                if (heap.find()) {
                    capacity += Long.parseLong(heap.group(1));
                    used += Long.parseLong(heap.group(2));
                    found = true;
                }
            }
            if (found) {
                System.out.printf("registry heap %s (after GC.run): used %dK of %dK (%.1f MB)%n", when, used, capacity, used / 1024.0);
            } else {
                System.out.printf("registry heap %s: no \"total ..K, used ..K\" line in jcmd GC.heap_info, which said:%n", when);
                lines.stream().limit(6).forEach(line -> System.out.println("  " + line));
            }
        } catch (Exception e) {
            System.out.printf("WARNING: registry heap %s: %s%n", when, e.getMessage());
        }
    }

    static List<String> jcmd(String pid, String command) throws Exception {
        Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " " + command + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " exited " + process.exitValue() + ": "
                    + String.join(" / ", lines));
        }
        return lines;
    }

    /**
     * When reporting first counted as many persons as registry holds: the (cheap) indicators are polled
     * every 100 ms, then the reconciliation checksum confirms. Registry's count comes from the
     * reconciliation too, a scan of both person tables that takes seconds with a million persons, so it runs
     * beside the polls rather than before them (waiting for it first delayed the first poll, and so the
     * measured time, by that scan). Polling the checksum itself would slow down what is being measured.
     */
    static long awaitReconciled(HttpClient http, String gateway, String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String reconciliationUrl = gateway + "/api/v1/reports/reconciliation";
        CompletableFuture<String> registryPersons = http.sendAsync(request(reconciliationUrl, key),
                HttpResponse.BodyHandlers.ofString()).thenApply(response -> field(bodyOf(reconciliationUrl, response), "registryPersons"));
        List<long[]> counts = new ArrayList<>();  // {when, persons counted}, in polling order
        while (System.nanoTime() < deadline) {
            String indicators = get(http, gateway + "/api/v1/reports/indicators", key);
            counts.add(new long[] {System.nanoTime(), Long.parseLong(COLLEGE_PLUS.matcher(indicators).results()
                    .findFirst().orElseThrow(() -> new IllegalStateException("no COLLEGE_PLUS_COUNT in " + indicators))
                    .group(1))});
            if (registryPersons.isDone()) {
                long expected = Long.parseLong(registryPersons.join());
                Optional<long[]> first = counts.stream().filter(count -> count[1] == expected).findFirst();
                if (first.isPresent()) {
                    String reconciliation = get(http, reconciliationUrl, key);
                    if (reconciliation.contains("\"difference\":0") && reconciliation.contains("\"checksumMatches\":true")) {
                        return first.get()[0];
                    }
                    counts.clear(); // counted, but not yet the same persons: the next matching poll counts
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("reporting did not catch up within 5 minutes");
    }

    private static final Pattern COLLEGE_PLUS = Pattern.compile("\"code\":\"COLLEGE_PLUS_COUNT\",\"value\":(\\d+),");

    static HttpRequest request(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key).build();
    }

    static String get(HttpClient http, String url, String key) throws Exception {
        return bodyOf(url, http.send(request(url, key), HttpResponse.BodyHandlers.ofString()));
    }

    static String bodyOf(String url, HttpResponse<String> response) {
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

    /**
     * Record set number {@code set} (0 for the first) of a run. The serial part of the national IDs
     * counts through the sets, so sets of one run share none (up to a million records in all).
     * With dirtyPercent > 0, that share of the records, picked at random, get one bad value each.
     */
    static List<List<Row>> generate(int total, String run, int set, double dirtyPercent) {
        Random random = new Random(run.hashCode());
        List<List<Row>> byUnit = new ArrayList<>();
        for (String ignored : UNITS) {
            byUnit.add(new ArrayList<>());
        }
        int[] dirty = new int[total];
        Arrays.fill(dirty, -1);
        int planted = (int) Math.min(total, Math.round(total * dirtyPercent / 100.0));
        if (planted > 0) {
            int[] order = new int[total];
            for (int i = 0; i < total; i++) {
                order[i] = i;
            }
            Random pick = new Random(~run.hashCode());
            for (int i = 0; i < planted; i++) {
                int j = i + pick.nextInt(total - i);
                int chosen = order[j];
                order[j] = order[i];
                order[i] = chosen;
                dirty[chosen] = pick.nextInt(DIRTY.length);
            }
        }
        for (int i = 0; i < total; i++) {
            int unit = i % UNITS.length;
            int year = 1960 + random.nextInt(45);
            String gender = random.nextBoolean() ? "M" : "F";
            String dob = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            long serial = ((long) set * total + i) % 1_000_000;
            String nationalId = random.nextInt(10) < 7
                    ? String.format("%03d%d%02d%06d", 1 + random.nextInt(96), gender.equals("M") ? 0 : 1, year % 100, serial)
                    : null;
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String employment = EMPLOYMENT[random.nextInt(EMPLOYMENT.length)];
            byUnit.get(unit).add(new Row(UNITS[unit], "B" + run + "-" + i, name, nationalId, dob, gender,
                    ETHNICITIES[random.nextInt(ETHNICITIES.length)], QUALIFICATIONS[random.nextInt(QUALIFICATIONS.length)],
                    String.format("%02d", random.nextInt(11)), SECTORS[random.nextInt(SECTORS.length)], employment,
                    random.nextInt(10) < 9, dirty[i]));
        }
        return byUnit;
    }

    static int planted(List<List<Row>> byUnit) {
        return (int) byUnit.stream().flatMap(List::stream).filter(r -> r.dirty() >= 0).count();
    }

    /** The same rows (with their good values) COPY'd into a table shaped like person_record (unique key + 3 indexes). */
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

    static Counts push(HttpClient http, String gateway, String key, String unit, List<Row> rows, int perRequest) throws Exception {
        Counts counts = Counts.NONE;
        for (int from = 0; from < rows.size(); from += perRequest) {
            int to = Math.min(rows.size(), from + perRequest);
            StringBuilder body = new StringBuilder("{\"records\": [");
            for (int i = from; i < to; i++) {
                if (i > from) {
                    body.append(',');
                }
                appendRecord(body, rows.get(i));
            }
            body.append("]}");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(gateway + "/api/v1/registry/units/" + unit + "/records/batch"))
                    .header("X-API-Key", key).header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("batch refused: " + response.statusCode() + " " + response.body());
            }
            String answer = response.body();
            int created = count(CREATED, answer);
            int updated = count(UPDATED, answer);
            int unchanged = count(UNCHANGED, answer);
            // "rejected" is the list of rejections: whatever was sent and not counted otherwise.
            Matcher rejectedCount = REJECTED_COUNT.matcher(answer);
            int rejected = rejectedCount.find() ? Integer.parseInt(rejectedCount.group(1)) : (to - from) - created - updated - unchanged;
            counts = counts.plus(new Counts(created, updated, unchanged, rejected));
        }
        return counts;
    }

    static int count(Pattern pattern, String answer) {
        Matcher count = pattern.matcher(answer);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    /** One record as JSON; a dirty one carries its bad value instead of the good one. */
    static void appendRecord(StringBuilder body, Row r) {
        body.append("{\"externalId\": \"").append(r.externalId()).append("\", \"fullName\": ")
                .append(value(r, "fullName", "\"" + r.fullName() + "\"")).append(", ")
                .append(r.nationalId() == null ? "" : "\"nationalId\": \"" + r.nationalId() + "\", ")
                .append("\"dateOfBirth\": ").append(value(r, "dateOfBirth", "\"" + r.dateOfBirth() + "\""))
                .append(", \"gender\": ").append(value(r, "gender", "\"" + r.gender() + "\""))
                .append(", \"ethnicity\": \"").append(r.ethnicity()).append("\", \"highestQualification\": \"")
                .append(r.qualification()).append("\", \"fieldOfStudy\": \"").append(r.field())
                .append("\", \"sector\": \"").append(r.sector()).append("\", \"employment\": \"").append(r.employment())
                .append("\", \"meetsStandard\": ").append(value(r, "meetsStandard", Boolean.toString(r.meetsStandard())));
        if (r.dirty() >= 0 && DIRTY[r.dirty()][0].equals("contributions")) {
            body.append(", \"contributions\": ").append(DIRTY[r.dirty()][1]);
        }
        body.append(", \"effectiveDate\": \"2025-01-01\"}");
    }

    /** The raw JSON value of the field: the good one, or the record's bad one if it is planted there. */
    static String value(Row r, String field, String good) {
        return r.dirty() >= 0 && DIRTY[r.dirty()][0].equals(field) ? DIRTY[r.dirty()][1] : good;
    }
}
