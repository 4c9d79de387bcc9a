import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of a fault drill (docs/RELIABILITY.md): 4 unit clients push N new persons through the
 * gateway in small batches, paced so that the push lasts while the drill script kills and restarts parts
 * of the stack. Every batch carries an Idempotency-Key and is retried with the same key, whatever the
 * failure (connection refused, timeout, 5xx, 429, 409 in flight), until it is answered 200. Then it waits
 * for reporting to reconcile with registry and checks the indicators moved by exactly what was pushed.
 *
 * <pre>java deploy/drills/DrillPush.java GATEWAY_URL ADMIN_KEY RECORDS PER_REQUEST PAUSE_MS</pre>
 * Exit status 0 when nothing was lost or counted twice.
 */
public class DrillPush {

    static final String[] UNITS = {"SO-YTE", "SO-GDDT", "SO-NV", "SO-VHTTDL"};
    static final String[] QUALIFICATIONS = {"COLLEGE", "BACHELOR", "BACHELOR", "MASTER", "DOCTORATE"};
    static final String[] SECTORS = {"HEALTH", "EDUCATION", "AGRICULTURE", "SCIENCE_TECHNOLOGY"};
    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Kim"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa",
            "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân"};
    static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CREATED = Pattern.compile("\"created\"\\s*:\\s*(\\d+)");

    static final java.util.Random DRAW = new java.util.Random();
    static final int ID_PROVINCE = 1 + DRAW.nextInt(96);
    static final int ID_OFFSET = DRAW.nextInt(1_000_000);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final AtomicInteger RETRIES = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String adminKey = args[1];
        int records = Integer.parseInt(args[2]);
        int perRequest = Integer.parseInt(args[3]);
        long pauseMillis = Long.parseLong(args[4]);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

        String analyst = client(gateway, adminKey, "{\"name\": \"drill analyst " + run + "\", \"roles\": [\"analyst\"], \"rateLimitPerSecond\": 1000}");
        List<String> keys = new ArrayList<>();
        for (String unit : UNITS) {
            keys.add(client(gateway, adminKey, "{\"name\": \"drill " + unit + " " + run + "\", \"roles\": [\"submitter\"], \"units\": [\""
                    + unit + "\"], \"rateLimitPerSecond\": 1000}"));
        }
        long[] before = indicators(gateway, analyst);
        long universityPlus = 0;
        List<List<String>> byUnit = new ArrayList<>();
        for (String ignored : UNITS) {
            byUnit.add(new ArrayList<>());
        }
        for (int i = 0; i < records; i++) {
            String qualification = QUALIFICATIONS[i % QUALIFICATIONS.length];
            universityPlus += qualification.equals("COLLEGE") ? 0 : 1;
            byUnit.get(i % UNITS.length).add(record(run, i, qualification));
        }

        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(UNITS.length);
        List<Future<Integer>> created = new ArrayList<>();
        for (int u = 0; u < UNITS.length; u++) {
            int unit = u;
            created.add(pool.submit(() -> push(gateway, keys.get(unit), UNITS[unit], byUnit.get(unit), perRequest, pauseMillis)));
        }
        int createdTotal = 0;
        for (Future<Integer> count : created) {
            createdTotal += count.get();
        }
        pool.shutdown();
        Instant pushed = Instant.now();
        System.out.printf("pushed %d records in %.1f s (%d retried requests), registry created %d%n", records,
                Duration.between(started, pushed).toMillis() / 1000.0, RETRIES.get(), createdTotal);

        Instant deadline = Instant.now().plusSeconds(180);
        String reconciliation = "";
        while (Instant.now().isBefore(deadline)) {
            Answer answer = get(gateway + "/api/v1/reports/reconciliation", analyst);
            reconciliation = answer.body();
            if (answer.status() == 200 && reconciliation.matches("(?s).*\"difference\"\\s*:\\s*0[,}].*")
                    && reconciliation.contains("\"checksumMatches\":true")) {
                break;
            }
            Thread.sleep(500);
        }
        System.out.printf("reconciliation %.1f s after the push ended (%.1f s after it started): %s%n",
                Duration.between(pushed, Instant.now()).toMillis() / 1000.0,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, reconciliation);
        long[] after = indicators(gateway, analyst);
        long persons = after[0] - before[0];
        long degrees = after[1] - before[1];
        System.out.printf("college+ persons +%d (expected +%d), university+ +%d (expected +%d)%n", persons, records, degrees,
                universityPlus);
        boolean exact = createdTotal == records && persons == records && degrees == universityPlus
                && reconciliation.contains("\"checksumMatches\":true");
        System.out.println(exact ? "DRILL PASSED: nothing lost, nothing counted twice" : "DRILL FAILED");
        System.exit(exact ? 0 : 1);
    }

    /** Pushes one unit's records, each batch retried with its own Idempotency-Key until answered 200. */
    static int push(String gateway, String key, String unit, List<String> records, int perRequest, long pauseMillis)
            throws InterruptedException {
        int created = 0;
        for (int from = 0; from < records.size(); from += perRequest) {
            String body = "{\"records\": [" + String.join(",", records.subList(from, Math.min(records.size(), from + perRequest))) + "]}";
            String idempotencyKey = UUID.randomUUID().toString();
            while (true) {
                try {
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                                    URI.create(gateway + "/api/v1/registry/units/" + unit + "/records/batch"))
                            .header("X-API-Key", key).header("Content-Type", "application/json")
                            .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        Matcher count = CREATED.matcher(answer.body());
                        created += count.find() ? Integer.parseInt(count.group(1)) : 0;
                        break;
                    }
                    if (answer.statusCode() < 500 && answer.statusCode() != 429 && answer.statusCode() != 409
                            && answer.statusCode() != 408) {
                        throw new IllegalStateException("batch refused: " + answer.statusCode() + " " + answer.body());
                    }
                } catch (IOException e) {
                    // connection refused or reset while a part of the stack is down: retried below
                }
                RETRIES.incrementAndGet();
                Thread.sleep(1000);
            }
            Thread.sleep(pauseMillis);
        }
        return created;
    }

    /**
     * A new person with a national ID of its own (a province code and serials drawn for the run, so runs do not
     * meet) and a name of their own (unique up to 40,000), so every record is one more person and none looks
     * like another.
     */
    static String record(String run, int i, String qualification) {
        String name = SURNAMES[i % 10] + " " + MIDDLE[i / 10 % 10] + " " + GIVEN[i / 100 % 20] + " " + GIVEN[i / 2000 % 20];
        int year = 1965 + i % 35;
        String gender = i % 2 == 0 ? "F" : "M";
        String nationalId = String.format("%03d%d%02d%06d", ID_PROVINCE, gender.equals("M") ? 0 : 1, year % 100,
                (ID_OFFSET + i) % 1_000_000);
        return String.format("""
                {"externalId": "DRILL-%s-%d", "fullName": "%s", "nationalId": "%s", "dateOfBirth": "%d-%02d-%02d",
                 "gender": "%s", "ethnicity": "01", "highestQualification": "%s", "sector": "%s", "employment": "PUBLIC_EMPLOYEE",
                 "meetsStandard": true, "effectiveDate": "2025-01-01"}""", run, i, name, nationalId, year, 1 + i % 12, 1 + i % 28,
                gender, qualification, SECTORS[i % SECTORS.length]);
    }

    /** College+ persons and university+ persons now. */
    static long[] indicators(String gateway, String analyst) throws Exception {
        Answer answer = get(gateway + "/api/v1/reports/indicators", analyst);
        if (answer.status() != 200) {
            throw new IllegalStateException("indicators: " + answer.status() + " " + answer.body());
        }
        return new long[]{number(answer.body(), "COLLEGE_PLUS_COUNT", "value"), number(answer.body(), "UNIVERSITY_PLUS_SHARE", "numerator")};
    }

    static long number(String indicators, String code, String field) {
        Matcher matcher = Pattern.compile("\"code\"\\s*:\\s*\"" + code + "\"[^}]*?\"" + field + "\"\\s*:\\s*(\\d+)").matcher(indicators);
        if (!matcher.find()) {
            throw new IllegalStateException(code + "." + field + " not in " + indicators);
        }
        return Long.parseLong(matcher.group(1));
    }

    static String client(String gateway, String adminKey, String body) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/clients"))
                .header("X-API-Key", adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = API_KEY.matcher(answer.body());
        if (answer.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("cannot create a client: " + answer.statusCode() + " " + answer.body());
        }
        return key.group(1);
    }

    record Answer(int status, String body) {
    }

    /** A GET; a refused or broken connection (part of the stack restarting) is an answer with status 0. */
    static Answer get(String url, String key) throws InterruptedException {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        }
    }
}
