package vn.gialai.iwd.registry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.registry.domain.AuditEntry;
import vn.gialai.iwd.registry.repository.AuditRepository;
import vn.gialai.iwd.registry.repository.IdempotencyKeyRepository;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class AuditAndIdempotencyTest {

    @Inject
    AuditRepository audit;

    @Inject
    IdempotencyKeyRepository keys;

    @Test
    void writesAndReadsOfPersonalDataAreAuditedWithoutIdentities() {
        String client = "auditor-" + UUID.randomUUID();
        String nationalId = SampleRecords.nationalIdOfMan1985();
        String externalId = SampleRecords.externalId();
        String personId = given().header("Authorization", Tokens.bearer(client, Set.of("registry-admin"), List.of()))
                .header("X-Request-Id", "req-audit-1").contentType(ContentType.JSON)
                .body(with(doctor(), "nationalId", nationalId))
                .when().put("/api/v1/registry/units/SO-YTE/records/" + externalId)
                .then().statusCode(201).extract().path("personId");
        given().header("Authorization", Tokens.bearer(client, Set.of("registry-admin"), List.of()))
                .when().get("/api/v1/registry/persons/" + personId).then().statusCode(200);

        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> audit.list("clientId", client));
        assertEquals(List.of("RECORD_CREATED", "PERSON_READ"), entries.stream().map(e -> e.action).toList());
        assertEquals("req-audit-1", entries.get(0).requestId);
        assertEquals("SO-YTE/" + externalId, entries.get(0).target);
        for (AuditEntry entry : entries) {
            assertFalse(entry.target.contains(nationalId) || entry.target.contains("Nguyễn"));
        }
    }

    @Test
    void theStoredFingerprintOfARequestIsAKeyedHmacNotADigestOfItsNationalIds() throws Exception {
        String client = "fingerprint-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        String body = "{\"records\": [" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                with(doctor(), "externalId", SampleRecords.externalId(), "nationalId", SampleRecords.nationalIdOfMan1985()))
                + "]}";
        given().header("Authorization", Tokens.bearer(client, Set.of("submitter"), List.of("SO-YTE")))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/units/SO-YTE/records/batch").then().statusCode(200);
        String stored = QuarkusTransaction.requiringNew().call(() ->
                keys.findById(new vn.gialai.iwd.registry.domain.IdempotencyKey.Id(client, key)).requestHash);

        String operation = "BATCH SO-YTE atomic=false dryRun=false snapshot=null";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(operation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String unkeyedWithOperation = java.util.HexFormat.of().formatHex(sha.digest(bytes));
        String unkeyed = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertFalse(stored.equals(unkeyed) || stored.equals(unkeyedWithOperation),
                "anyone holding the table could test guesses of the national ID against an unkeyed digest");

        byte[] derived = hmac("test-only-national-id-key".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "iwd-request-fingerprint".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] message = (operation + "\0" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(java.util.HexFormat.of().formatHex(hmac(derived, message)), stored,
                "the fingerprint is an HMAC under a key derived from the registry's secret");
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillRunningIs409() {
        String client = "busy-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("records", List.of(with(doctor(), "externalId", SampleRecords.externalId())));
        String sameRequestKey = "key-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(client, Set.of("submitter"), List.of("SO-YTE")))
                .header("Idempotency-Key", sameRequestKey).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/units/SO-YTE/records/batch").then().statusCode(200);
        // Put the key back in the state it has while the first request is still being processed.
        QuarkusTransaction.requiringNew().run(() -> {
            var held = keys.findById(new vn.gialai.iwd.registry.domain.IdempotencyKey.Id(client, sameRequestKey));
            held.statusCode = null;
            held.responseBody = null;
        });
        given().header("Authorization", Tokens.bearer(client, Set.of("submitter"), List.of("SO-YTE")))
                .header("Idempotency-Key", sameRequestKey).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/units/SO-YTE/records/batch")
                .then().statusCode(409).contentType("application/problem+json");
    }
}
