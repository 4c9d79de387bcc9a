package vn.gialai.iwd.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls through the running gateway; every answer is checked against the published contract. */
final class Gateway {

    /** One answer: its status and body, already checked against the document. */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final PublishedContract contract;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(String baseUrl, PublishedContract contract) {
        this.baseUrl = baseUrl;
        this.contract = contract;
    }

    Answer get(String key, String pathAndQuery, int expectedStatus) {
        return call("GET", key, pathAndQuery, null, expectedStatus, null);
    }

    Answer send(String method, String key, String pathAndQuery, String jsonBody, int expectedStatus) {
        return call(method, key, pathAndQuery, jsonBody, expectedStatus, null);
    }

    /** A call with an extra request header (name, value). */
    Answer call(String method, String key, String pathAndQuery, String jsonBody, int expectedStatus, String[] header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request, method, key, pathAndQuery, expectedStatus, header);
    }

    /** A POST of a file (a spreadsheet) with its media type, and an optional extra header. */
    Answer upload(String key, String pathAndQuery, String contentType, byte[] file, int expectedStatus,
                  String[] header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).header("Content-Type", contentType);
        return call(request, "POST", key, pathAndQuery, expectedStatus, header);
    }

    private Answer call(HttpRequest.Builder request, String method, String key, String pathAndQuery,
                        int expectedStatus, String[] header) {
        request.timeout(Duration.ofSeconds(60));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        if (header != null) {
            request.header(header[0], header[1]);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String path = pathAndQuery.split("\\?")[0];
        contract.check(method, path, response);
        assertEquals(expectedStatus, response.statusCode(), method + " " + pathAndQuery + ": " + response.body());
        return new Answer(response.statusCode(), response.body());
    }
}
