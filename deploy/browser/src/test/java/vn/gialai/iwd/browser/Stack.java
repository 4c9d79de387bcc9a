package vn.gialai.iwd.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The running stack, driven through the gateway as its users do: an admin makes the clients, a unit
 * pushes records, and the public API gives the figures the pages must show.
 */
final class Stack {

    static final String UNIT = "SO-GDDT";
    private static final ObjectMapper JSON = new ObjectMapper();

    final String gateway;
    private final String adminKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Stack(String gateway, String adminKey) {
        this.gateway = gateway;
        this.adminKey = adminKey;
    }

    /**
     * A known mix of records, with rare groups (two professors, one person living abroad) so that
     * some public cells are withheld; then waits until reporting has counted them all.
     */
    void pushKnownRecords(int count) {
        String submitter = newClient("{\"name\": \"browser tests " + UNIT + "\", \"roles\": [\"submitter\"], \"units\": [\"" + UNIT + "\"]}");
        String analyst = newClient("{\"name\": \"browser tests analyst\", \"roles\": [\"analyst\"]}");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String[] qualifications = {"COLLEGE", "BACHELOR", "BACHELOR", "MASTER", "DOCTORATE"};
        String[] sectors = {"EDUCATION", "HEALTH", "SCIENCE_TECHNOLOGY", "AGRICULTURE"};
        String[] employments = {"PUBLIC_EMPLOYEE", "CIVIL_SERVANT", "PRIVATE_ENTERPRISE", "RETIRED"};
        List<String> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(String.format("""
                    {"externalId": "BROWSER-%s-%d", "fullName": "Người Kiểm Thử %s %d", "dateOfBirth": "%d-0%d-1%d",
                     "gender": "%s", "ethnicity": "%s", "highestQualification": "%s", "sector": "%s", "employment": "%s",
                     "meetsStandard": %b, "livesAbroad": %b, "academicTitle": %s, "effectiveDate": "2025-01-01",
                     "contributions": [%s]}""",
                    run, i, run, i, 1958 + (i * 7) % 42, 1 + i % 9, i % 10, i % 2 == 0 ? "F" : "M", i % 3 == 0 ? "10" : "01",
                    qualifications[i % qualifications.length], sectors[i % sectors.length], employments[i % employments.length],
                    i % 4 != 1, i == 7, i == 4 || i == 9 ? "\"PROFESSOR\"" : "null", contributions(i)));
        }
        JsonNode answer = send("POST", submitter, "/api/v1/registry/units/" + UNIT + "/records/batch",
                "{\"records\": [" + String.join(",", records) + "]}", 200);
        if (answer.get("rejected").asInt() != 0) {
            throw new IllegalStateException("records were rejected: " + answer);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode reconciliation = send("GET", analyst, "/api/v1/reports/reconciliation", null, 200);
            if (reconciliation.path("difference").asLong(-1) == 0 && reconciliation.path("checksumMatches").asBoolean()) {
                return;
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException("reporting did not count the records within 60 s");
    }

    /** Initiatives from every third person, a patent from every fifth, one award: some rows few enough to be withheld. */
    private static String contributions(int i) {
        List<String> contributions = new ArrayList<>();
        if (i % 3 == 0) {
            contributions.add("{\"type\": \"INITIATIVE\", \"title\": \"Sáng kiến " + i + "\", \"year\": 2024, \"level\": \""
                    + (i % 2 == 0 ? "PROVINCIAL" : "UNIT") + "\"}");
        }
        if (i % 5 == 0) {
            contributions.add("{\"type\": \"PATENT\", \"title\": \"Giải pháp " + i + "\", \"year\": 2023, \"level\": \"NATIONAL\"}");
        }
        if (i == 1) {
            contributions.add("{\"type\": \"AWARD\", \"title\": \"Giải thưởng\", \"year\": 2025, \"level\": \"PROVINCIAL\"}");
        }
        return String.join(", ", contributions);
    }

    /** Publishes the year's annual report (a new revision) and returns its revision number. */
    int publishAnnualReport(int year) {
        return send("POST", adminKey, "/api/v1/reports/annual/" + year + "/publish", null, 201).get("revision").asInt();
    }

    JsonNode publicAnswer(String pathAndQuery) {
        return send("GET", null, "/api/v1/public/" + pathAndQuery, null, 200);
    }

    /** How long the gateway keeps a page (its Cache-Control max-age), so a test can wait for fresh pages. */
    Duration pageLifetime() {
        HttpResponse<String> page = raw("GET", null, "/", null);
        String cacheControl = page.headers().firstValue("Cache-Control").orElse("max-age=0");
        return Duration.ofSeconds(Long.parseLong(cacheControl.replaceAll(".*max-age=(\\d+).*", "$1")));
    }

    int status(String path) {
        return raw("GET", null, path, null).statusCode();
    }

    private String newClient(String body) {
        return send("POST", adminKey, "/api/v1/admin/clients", body, 201).get("apiKey").asText();
    }

    private JsonNode send(String method, String key, String path, String body, int expected) {
        HttpResponse<String> answer = raw(method, key, path, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> raw(String method, String key, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("X-API-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
