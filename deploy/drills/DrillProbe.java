import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the database drill (docs/RELIABILITY.md): for SECONDS, 4 threads read indicators and
 * write records through the gateway while the drill script stops and starts PostgreSQL; a fifth watches
 * every service's readiness. Passes when no answer was a 5xx other than 503, every 503 carried Retry-After,
 * no request took longer than the bound, readiness went DOWN and back UP, and the last seconds were all 2xx.
 *
 * <pre>java deploy/drills/DrillProbe.java GATEWAY_URL ADMIN_KEY SECONDS READY_URL...</pre>
 */
public class DrillProbe {

    static final Duration BOUND = Duration.ofSeconds(15);
    static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    static final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    static final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong slowest = new AtomicLong();
    static volatile Instant lastFailure = Instant.EPOCH;

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String adminKey = args[1];
        int seconds = Integer.parseInt(args[2]);
        List<String> readiness = List.of(args).subList(3, args.length);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
        String analyst = client(gateway, adminKey, "{\"name\": \"db drill analyst " + run + "\", \"roles\": [\"analyst\"], \"rateLimitPerSecond\": 1000}");
        String submitter = client(gateway, adminKey, "{\"name\": \"db drill SO-YTE " + run + "\", \"roles\": [\"submitter\"], \"units\": [\"SO-YTE\"], \"rateLimitPerSecond\": 1000}");
        Instant end = Instant.now().plusSeconds(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                int n = 0;
                while (Instant.now().isBefore(end)) {
                    HttpRequest request = thread % 2 == 0
                            ? HttpRequest.newBuilder(URI.create(gateway + "/api/v1/reports/indicators")).header("X-API-Key", analyst)
                            .timeout(BOUND).GET().build()
                            : HttpRequest.newBuilder(URI.create(gateway + "/api/v1/registry/units/SO-YTE/records/DBDRILL-" + run + "-" + thread + "-" + n++))
                            .header("X-API-Key", submitter).header("Content-Type", "application/json").timeout(BOUND)
                            .PUT(HttpRequest.BodyPublishers.ofString(record(n))).build();
                    call(request);
                    pause(100);
                }
            });
            worker.start();
            threads.add(worker);
        }
        Map<String, List<String>> transitions = new TreeMap<>();
        while (Instant.now().isBefore(end)) {
            for (String url : readiness) {
                String state = ready(url) ? "UP" : "DOWN";
                List<String> seen = transitions.computeIfAbsent(url, u -> new ArrayList<>());
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
                    seen.add(state);
                }
            }
            pause(250);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("answers by status: " + new TreeMap<>(statuses));
        System.out.println("slowest request: " + slowest.get() + " ms (bound " + BOUND.toMillis() + " ms)");
        System.out.println("readiness: " + transitions);
        System.out.println("last failure: " + lastFailure);
        transitions.forEach((url, seen) -> {
            if (!seen.equals(List.of("UP", "DOWN", "UP"))) {
                problems.add("readiness of " + url + " went " + seen + ", not UP, DOWN, UP");
            }
        });
        if (Duration.between(lastFailure, end).getSeconds() < 10) {
            problems.add("requests still failed in the last 10 s: no recovery");
        }
        problems.stream().limit(20).forEach(problem -> System.out.println("PROBLEM: " + problem));
        System.out.println(problems.isEmpty() ? "DRILL PASSED" : "DRILL FAILED");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static void call(HttpRequest request) {
        Instant started = Instant.now();
        String status;
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            status = Integer.toString(answer.statusCode());
            if (answer.statusCode() >= 500 && answer.statusCode() != 503) {
                problems.add(request.method() + " " + request.uri().getPath() + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isEmpty()) {
                problems.add(request.method() + " " + request.uri().getPath() + " answered 503 without Retry-After");
            }
            if (answer.statusCode() >= 300) {
                lastFailure = Instant.now();
            }
        } catch (IOException e) {
            status = e.getClass().getSimpleName();
            problems.add(request.method() + " " + request.uri().getPath() + " failed: " + e);
            lastFailure = Instant.now();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long millis = Duration.between(started, Instant.now()).toMillis();
        slowest.accumulateAndGet(millis, Math::max);
        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    static boolean ready(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String record(int n) {
        return String.format("""
                {"fullName": "Trần Thị Kiểm Tra", "dateOfBirth": "1980-%02d-%02d", "gender": "F", "ethnicity": "01",
                 "highestQualification": "MASTER", "sector": "HEALTH", "employment": "PUBLIC_EMPLOYEE", "meetsStandard": true,
                 "effectiveDate": "2025-01-01"}""", 1 + n % 12, 1 + n % 28);
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

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
