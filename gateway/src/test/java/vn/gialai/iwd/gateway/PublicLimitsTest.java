package vn.gialai.iwd.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits on what strangers and slow clients can make the gateway hold: requests without a key
 * are limited per client address (X-Forwarded-For believed only from a trusted proxy, here 127.0.0.2),
 * their buckets are bounded, GET and HEAD bodies are refused, bodies are capped while they stream,
 * and slow bodies and idle connections are cut. Anonymous requests go through {@link RawHttp} from
 * chosen addresses, each test its own, so that the tests do not share buckets.
 */
@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
@TestProfile(PublicLimitsTest.Limits.class)
class PublicLimitsTest {

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "iwd.gateway.anonymous.rate-per-second", "1",
                    // Buckets are forgotten after burst / rate = 10 s idle: longer than any test here.
                    "iwd.gateway.anonymous.burst", "10",
                    "iwd.gateway.anonymous.cache-size", "50",
                    "iwd.gateway.trusted-proxies", "127.0.0.2, 192.0.2.0/24",
                    "iwd.gateway.request-body-timeout", "2s",
                    "quarkus.http.idle-timeout", "4s");
        }
    }

    private static final String PROXY = "127.0.0.2";
    private static final String DIRECT = "127.0.0.1";
    private static final int CAP = 64 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void anonymousRequestsAreLimitedPerAddressWith429AndRetryAfter() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        RawHttp.Answer limited = null;
        long started = System.nanoTime();
        try (RawHttp http = new RawHttp(PROXY, port())) {
            for (int i = 0; i < 20; i++) {
                RawHttp.Answer answer = http.get("/api/v1/public/echo", "X-Forwarded-For: 203.0.113.10");
                statuses.add(answer.status());
                if (answer.status() == 429) {
                    limited = answer;
                }
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            long allowed = statuses.stream().filter(status -> status == 200).count();
            assertTrue(allowed <= 10 + seconds + 1, "burst 10, then 1/s: " + statuses);
            assertNotNull(limited, "an address beyond its rate gets 429: " + statuses);
            assertEquals("application/problem+json", limited.header("Content-Type"));
            assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
            assertTrue(limited.body().contains("\"status\":429"), limited.body());
            // The same bucket covers the pages and their assets; the probes stay out of it.
            assertEquals(429, http.get("/assets/public-pages.css", "X-Forwarded-For: 203.0.113.10").status());
            assertEquals(429, http.get("/", "X-Forwarded-For: 203.0.113.10").status());
            assertEquals(200, http.get("/q/health/ready", "X-Forwarded-For: 203.0.113.10").status());
            // Another address has its own bucket.
            assertEquals(200, http.get("/api/v1/public/echo", "X-Forwarded-For: 203.0.113.11").status());
        }
        // A client with a key has its own rate, whatever its address did.
        String key = GatewayTest.keyOf("limits analyst", List.of("analyst"), List.of(), 50);
        try (RawHttp http = new RawHttp(PROXY, port())) {
            assertEquals(200, http.get("/api/v1/reports/indicators", "X-Forwarded-For: 203.0.113.10", "X-API-Key: " + key).status());
        }
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedPeer() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        try (RawHttp http = new RawHttp(DIRECT, port())) {
            for (int i = 0; i < 20; i++) {
                // A new address claimed each time: it must not buy a new bucket.
                RawHttp.Answer answer = http.get("/api/v1/public/echo", "X-Forwarded-For: 198.51.100." + i);
                statuses.add(answer.status());
                if (answer.status() == 200) {
                    assertTrue(answer.body().contains("\"x-forwarded-for\": \"127.0.0.1\""),
                            "the service sees the peer, not the claim: " + answer.body());
                }
            }
        }
        assertTrue(statuses.contains(429), "rotating X-Forwarded-For from an untrusted peer is one client: " + statuses);
    }

    @Test
    void forwardedForIsHonouredFromATrustedProxyRightToLeft() throws IOException {
        try (RawHttp http = new RawHttp(PROXY, port())) {
            // 198.51.100.7 is what the client wrote; 203.0.113.20 is who reached our proxy 192.0.2.10.
            assertEquals("203.0.113.20", forwardedFor(http.get("/api/v1/public/echo",
                    "X-Forwarded-For: 198.51.100.7, 203.0.113.20", "X-Forwarded-For: 192.0.2.10")));
            assertEquals("203.0.113.21", forwardedFor(http.get("/api/v1/public/echo", "X-Forwarded-For: nonsense, 203.0.113.21")));
            assertEquals(PROXY, forwardedFor(http.get("/api/v1/public/echo")), "no header: the proxy itself");
        }
    }

    @Test
    void getAndHeadWithABodyAreRefusedAndNeverForwarded() throws IOException {
        String probe = "/api/v1/public/echo?probe=" + UUID.randomUUID();
        String chunkedHello = "5\r\nhello\r\n0\r\n\r\n";
        try (RawHttp http = new RawHttp(PROXY, port())) {
            http.request("GET " + probe + " HTTP/1.1", "hello", "X-Forwarded-For: 203.0.113.30", "Content-Length: 5");
            assertRefused(http.read(), 400, "takes no body");
        }
        try (RawHttp http = new RawHttp(PROXY, port())) {
            http.request("HEAD " + probe + " HTTP/1.1", chunkedHello, "X-Forwarded-For: 203.0.113.31",
                    "Transfer-Encoding: chunked");
            assertEquals(400, http.readHead().status());
        }
        try (RawHttp http = new RawHttp(PROXY, port())) {
            http.request("GET /annual/2025 HTTP/1.1", chunkedHello, "X-Forwarded-For: 203.0.113.32",
                    "Transfer-Encoding: chunked");
            assertRefused(http.read(), 400, "takes no body");
        }
        try (RawHttp http = new RawHttp(PROXY, port())) {
            http.request("POST " + probe + " HTTP/1.1", "hello", "X-Forwarded-For: 203.0.113.33", "Content-Length: 5");
            RawHttp.Answer answer = http.read();
            assertRefused(answer, 405, "read-only");
            assertEquals("GET, HEAD", answer.header("Allow"));
        }
        try (RawHttp http = new RawHttp(PROXY, port())) {
            assertEquals(200, http.get(probe, "X-Forwarded-For: 203.0.113.34", "Content-Length: 0").status(),
                    "an empty Content-Length is no body");
        }
        assertEquals(0L, FakeServicesResource.completeBodies.get(probe), "only the bodiless GET reached the service");
    }

    @Test
    void aChunkedBodyOverTheCapIs413AndNeverReachesTheServiceWhole() throws Exception {
        String key = GatewayTest.keyOf("chunked sender", List.of("submitter"), List.of("SO-YTE"), 50);
        String within = "/api/v1/registry/units/SO-YTE/records/batch?probe=" + UUID.randomUUID();
        try (RawHttp http = new RawHttp(DIRECT, port())) {
            http.head("POST " + within + " HTTP/1.1", "X-API-Key: " + key, "Content-Type: application/json",
                    "Transfer-Encoding: chunked").chunk(new byte[1024]).chunk(new byte[1024]).lastChunk();
            RawHttp.Answer answer = http.read();
            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.body().contains("\"bodyBytes\": 2048"), answer.body());
        }
        String over = "/api/v1/registry/units/SO-YTE/records/batch?probe=" + UUID.randomUUID();
        try (RawHttp http = new RawHttp(DIRECT, port())) {
            http.head("POST " + over + " HTTP/1.1", "X-API-Key: " + key, "Content-Type: application/json",
                    "Transfer-Encoding: chunked");
            try {
                for (int sent = 0; sent <= CAP; sent += 8192) {
                    http.chunk(new byte[8192]);
                }
                http.lastChunk();
            } catch (SocketException refusedMidBody) {
                // the gateway answered 413 and closed while the rest was still on its way: the answer is read below
            }
            assertRefused(http.read(), 413, "larger than 65536 bytes");
            assertTrue(http.closedByServer(), "the rest of a refused body is not read");
        }
        Thread.sleep(500);
        assertFalse(FakeServicesResource.completeBodies.containsKey(over), "the service never saw the body end");
    }

    @Test
    void aClientThatGoesAwayMidBodyNeverDeliversAHalfBody() throws Exception {
        String key = GatewayTest.keyOf("vanishing sender", List.of("submitter"), List.of("SO-YTE"), 50);
        String probe = "/api/v1/registry/units/SO-YTE/records/batch?probe=" + UUID.randomUUID();
        try (RawHttp http = new RawHttp(DIRECT, port())) {
            http.head("POST " + probe + " HTTP/1.1", "X-API-Key: " + key, "Content-Type: application/json",
                    "Transfer-Encoding: chunked").chunk(new byte[8192]).chunk(new byte[8192]);
            Thread.sleep(300);
        }
        Thread.sleep(1000);
        assertFalse(FakeServicesResource.completeBodies.containsKey(probe),
                "a cut body must not reach the service as if complete: " + FakeServicesResource.completeBodies.get(probe));
    }

    @Test
    void aBodyTooSlowIsCutAtTheDeadlineWith408() throws Exception {
        String key = GatewayTest.keyOf("slow sender", List.of("submitter"), List.of("SO-YTE"), 50);
        String probe = "/api/v1/registry/units/SO-YTE/records/batch?probe=" + UUID.randomUUID();
        try (RawHttp http = new RawHttp(DIRECT, port())) {
            http.head("POST " + probe + " HTTP/1.1", "X-API-Key: " + key, "Content-Type: application/json",
                    "Content-Length: 1000");
            long started = System.nanoTime();
            // A byte every 200 ms: never idle for the 4 s idle timeout, yet 1,000 bytes would take 200 s.
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 1000; i++) {
                        http.write(new byte[]{'x'});
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException closed) {
                    // the gateway closed the connection: what this test waits for
                }
            });
            trickle.start();
            RawHttp.Answer answer = http.read();
            long millis = (System.nanoTime() - started) / 1_000_000;
            trickle.interrupt();
            assertRefused(answer, 408, "did not arrive in time");
            assertTrue(millis >= 1900 && millis < 10_000, "cut at the 2 s deadline, after " + millis + " ms");
            assertTrue(http.closedByServer());
        }
        assertFalse(FakeServicesResource.completeBodies.containsKey(probe));
    }

    @Test
    void anIdleConnectionIsClosed() throws IOException {
        try (RawHttp http = new RawHttp(DIRECT, port())) {
            long started = System.nanoTime();
            assertTrue(http.closedByServer());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis >= 3500 && millis < 12_000, "closed after the 4 s idle timeout, not " + millis + " ms");
        }
    }

    @Test
    void theBucketsOfAnonymousAddressesAreBounded() throws IOException {
        try (RawHttp http = new RawHttp(PROXY, port())) {
            for (int i = 0; i < 120; i++) {
                assertEquals(200, http.get("/api/v1/public/echo", "X-Forwarded-For: 198.18.0." + i).status());
            }
            String metrics = http.get("/q/metrics", "X-Forwarded-For: 198.18.1.1").body();
            double size = metrics.lines()
                    .filter(line -> line.startsWith("cache_size{") && line.contains("cache=\"gateway-anonymous-buckets\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                    .orElseThrow(() -> new AssertionError("no cache_size metric for gateway-anonymous-buckets"));
            assertTrue(size > 0 && size <= 50, "120 addresses, at most 50 buckets kept: " + size);
        }
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String detail) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains(detail), answer.body());
    }

    private static String forwardedFor(RawHttp.Answer echoed) {
        assertEquals(200, echoed.status(), echoed.body());
        return echoed.body().replaceAll("(?s).*\"x-forwarded-for\": \"([^\"]*)\".*", "$1");
    }

    private int port() {
        return gateway.getPort();
    }
}
