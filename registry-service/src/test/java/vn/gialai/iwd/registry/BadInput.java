package vn.gialai.iwd.registry;

import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Shared pieces of the hostile-input properties (issue 15): what a refusal must look like, row counts, raw HTTP. */
final class BadInput {

    /** Samples per property: enough variety, and each class runs in well under a minute. */
    static final int TRIES = 100;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BadInput() {
    }

    /**
     * Seeds jqwik's sampling for the calling thread, so that a run sends the same inputs as the last green
     * one; {@code -Diwd.bad-input.seed=…} explores others (the seed is printed either way).
     */
    static void seedSamples() {
        String seed = System.getProperty("iwd.bad-input.seed", "20261203");
        SourceOfRandomness.create(seed);
        System.out.println("bad-input samples seeded with " + seed + " (-Diwd.bad-input.seed to change)");
    }

    /** A documented refusal: one of the statuses, problem+json, a status member that agrees, no Java internals. */
    static void assertProblem(Response response, Set<Integer> statuses, String input) {
        assertProblem(response.statusCode(), response.contentType(), response.asString(), statuses, input);
    }

    static void assertProblem(HttpResponse<String> response, Set<Integer> statuses, String input) {
        assertProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
                statuses, input);
    }

    static void assertProblem(int status, String contentType, String body, Set<Integer> statuses, String input) {
        if (!statuses.contains(status)) {
            fail("expected one of " + statuses + " but got " + status + " " + body + "\n for input: " + shorten(input));
        }
        assertTrue(String.valueOf(contentType).startsWith("application/problem+json"),
                "problem+json for " + shorten(input) + ", got " + contentType + " " + shorten(body));
        assertEquals(status, io.restassured.path.json.JsonPath.from(body).getInt("status"), "status member of " + shorten(body));
        assertTrue(!body.contains("Exception") && !body.contains("at vn.gialai") && !body.contains("org.postgresql"),
                "no internals in " + shorten(body));
    }

    static String shorten(String text) {
        if (text == null) {
            return "null";
        }
        String visible = text.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f || (c >= 0x200b && c <= 0x206f)
                ? String.format("\\u%04x", c) : Character.toString(c)).reduce("", String::concat);
        return visible.length() > 400 ? visible.substring(0, 400) + "…(" + visible.length() + " chars)" : visible;
    }

    /** A count from the test database, e.g. of person_record rows: the proof that a refusal wrote nothing. */
    static long count(AgroalDataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw request through java.net.http, whose {@code ofInputStream} publisher sends the body chunked. */
    static HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body,
                                     boolean chunked) {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", token).header("Content-Type", contentType)
                .method(method, publisher).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bodies that are not JSON at all, or not the shape asked for, whatever the endpoint. */
    static Arbitrary<String> notJson() {
        return Arbitraries.of("", " ", "{", "}", "[", "{\"a\":", "{\"a\" 1}", "{'a': 1}", "{a: 1}", "{\"a\": 1,}",
                "[1,]", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": undefined}",
                "{\"a\": \"\\x41\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"line\nbreak\"}", "{\"a\": 1} {\"b\": 2}",
                "{\"a\": 1}]", "<xml/>", "a=1&b=2", "\u0000", "{/* comment */}", "{\"a\": tru}", "{\"a\": nul}");
    }

    /** Sequences that are not UTF-8: a lone continuation, truncated, overlong, a surrogate, beyond U+10FFFF. */
    static Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(
                new byte[]{(byte) 0xff}, new byte[]{(byte) 0xfe}, new byte[]{(byte) 0x80},
                new byte[]{(byte) 0xc3, 0x28}, new byte[]{(byte) 0xc3}, new byte[]{(byte) 0xe2, (byte) 0x82},
                new byte[]{(byte) 0xc0, (byte) 0xaf}, new byte[]{(byte) 0xc1, (byte) 0xbf},
                new byte[]{(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[]{(byte) 0xed, (byte) 0xbf, (byte) 0xbf},
                new byte[]{(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[]{(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    }

    /** {@code body} with {@code bytes} put just after the first occurrence of {@code marker}. */
    static byte[] insertAfter(String body, String marker, byte[] bytes) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        int at = body.substring(0, body.indexOf(marker) + marker.length()).getBytes(StandardCharsets.UTF_8).length;
        byte[] result = new byte[text.length + bytes.length];
        System.arraycopy(text, 0, result, 0, at);
        System.arraycopy(bytes, 0, result, at, bytes.length);
        System.arraycopy(text, at, result, at + bytes.length, text.length - at);
        return result;
    }

    /** n nested arrays, or n nested objects, around a scalar. */
    static String nested(int depth, boolean arrays) {
        StringBuilder json = new StringBuilder(depth * 6 + 2);
        json.append(arrays ? "[".repeat(depth) : "{\"a\":".repeat(depth)).append('1')
                .append(arrays ? "]".repeat(depth) : "}".repeat(depth));
        return json.toString();
    }

    /**
     * Characters a clerk's export or an attacker may put into a name: C0/C1 controls (NUL included),
     * zero-width and joiner characters, bidirectional overrides and isolates, BOM, line and paragraph
     * separators, combining marks, non-BMP characters.
     */
    static Arbitrary<String> oddCharacters() {
        return Arbitraries.of("\u0000", "\u0001", "\u0007", "\u0008", "\t", "\n", "\r", "\u000b", "\u000c", "\u001b",
                "\u001f", "\u007f", "\u0085", "\u0080", "\u009f", "\u00a0", "\u00ad", "\u200b", "\u200c", "\u200d",
                "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u2028", "\u2029", "\u2060", "\ufeff", "\ufffd", "\ufffe", "\u0301", "\u0323\u0302",
                "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u05d0\u05d1", "\u0627\u0644",
                "\uac00", "\u1100\u1161", "\u0130", "\u00df", "\uFB01", "\u3000");
    }

    /** Strings that must be stored and returned as data: SQL, HTML, template, path and format tricks. */
    static Arbitrary<String> injectionStrings() {
        return Arbitraries.of("Robert'); DROP TABLE person_record;--", "' OR '1'='1", "\" OR 1=1 --",
                "1; SELECT pg_sleep(5)", "x' UNION SELECT national_id_hmac FROM person --", "%", "_", "\\", "%_%\\",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
                "&lt;b&gt;&amp;", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "#{7*7}", "../../etc/passwd",
                "%s%s%n", "\\N", "NULL", "null", "=cmd|' /C calc'!A0", "+SUM(1+1)", "@SUM(1)", "-1", "$1",
                "'; COPY person TO '/tmp/x'; --", "\",\"x\",\"", "a,b\nc", "Nguyễn Văn \"An\"");
    }
}
