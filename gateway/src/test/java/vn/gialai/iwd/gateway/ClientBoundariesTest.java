package vn.gialai.iwd.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.gateway.domain.ApiClient;
import vn.gialai.iwd.gateway.domain.Roles;
import vn.gialai.iwd.gateway.repository.ApiClientRepository;
import vn.gialai.iwd.gateway.service.ApiKeys;
import vn.gialai.iwd.gateway.service.BootstrapKeys;
import vn.gialai.iwd.gateway.service.ClientService;

import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What a client's key reaches and what it learns: the narrow reconciliation role, tokens bound to one
 * service, keys supplied by the deployment, locations without internal addresses, and a 503 a client can
 * act on when keys cannot be checked.
 */
@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
class ClientBoundariesTest {

    private static final String VARIABLE = "IWD_TEST_BOOTSTRAP_KEY";

    @Inject
    ClientService clients;

    @Test
    void theReconciliationRoleReachesOnlyRegistrysChecksum() {
        String key = GatewayTest.keyOf("reconciliation", List.of(Roles.RECONCILIATION), List.of(), 50);
        given().header("X-API-Key", key).get("/api/v1/registry/stats/checksum")
                .then().statusCode(200).body("path", equalTo("/api/v1/registry/stats/checksum"));
        for (String elsewhere : List.of("/api/v1/registry/units", "/api/v1/registry/units/SO-YTE/records",
                "/api/v1/reports/export/persons", "/api/v1/reports/indicators", "/api/v1/plan/tasks",
                "/api/v1/admin/clients")) {
            given().header("X-API-Key", key).get(elsewhere)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void eachServiceGetsATokenOnlyItAccepts() throws Exception {
        String key = GatewayTest.keyOf("portal of the province", List.of(Roles.PORTAL), List.of(), 50);
        assertEquals(List.of("task-service"), audienceOf(key, "/api/v1/plan/tasks"));
        assertEquals(List.of("reporting-service"), audienceOf(key, "/api/v1/reports/indicators"));
        String analyst = GatewayTest.keyOf("analyst", List.of(Roles.ANALYST), List.of(), 50);
        assertEquals(List.of("registry-service"), audienceOf(analyst, "/api/v1/registry/stats/checksum"));
    }

    private static List<String> audienceOf(String key, String path) throws Exception {
        String authorization = given().header("X-API-Key", key).get(path)
                .then().statusCode(200).extract().path("headers.authorization");
        return new JwtConsumerBuilder().setSkipSignatureVerification().setSkipDefaultAudienceValidation()
                .build().processToClaims(authorization.substring("Bearer ".length())).getAudience();
    }

    @Test
    void aLocationFromAServiceNeverNamesItsAddress() {
        String key = GatewayTest.keyOf("plan admin", List.of(Roles.PLAN_ADMIN), List.of(), 50);
        given().header("X-API-Key", key).get("/api/v1/plan/tasks-created")
                .then().statusCode(201).header("Location", "/api/v1/plan/tasks/NV-01?view=full");
    }

    @Test
    void anOperatorsNewKeyRevokesTheClientOfThePreviousOne() {
        String first = ApiKeys.generate();
        String second = ApiKeys.generate();
        clients.ensureBootstrapClient(VARIABLE, "test bootstrap", Roles.ADMIN, Optional.of(first));
        given().header("X-API-Key", first).get("/api/v1/admin/clients").then().statusCode(200);

        clients.ensureBootstrapClient(VARIABLE, "test bootstrap", Roles.ADMIN, Optional.of(first));
        given().header("X-API-Key", first).get("/api/v1/admin/clients").then().statusCode(200);

        clients.ensureBootstrapClient(VARIABLE, "test bootstrap", Roles.ADMIN, Optional.of(second));
        given().header("X-API-Key", first).get("/api/v1/admin/clients").then().statusCode(401);
        given().header("X-API-Key", second).get("/api/v1/admin/clients").then().statusCode(200);

        clients.ensureBootstrapClient(VARIABLE, "test bootstrap", Roles.RECONCILIATION, Optional.of(second));
        given().header("X-API-Key", second).get("/api/v1/admin/clients").then().statusCode(403);

        assertThrows(IllegalStateException.class, () ->
                clients.ensureBootstrapClient(VARIABLE, "test bootstrap", Roles.ADMIN, Optional.of(first)));

        clients.ensureBootstrapClient(VARIABLE, "test bootstrap", Roles.ADMIN, Optional.empty());
        given().header("X-API-Key", second).get("/api/v1/registry/stats/checksum").then().statusCode(401);
    }

    @Test
    void aSuppliedKeyMustBeAsStrongAsAGeneratedOne() {
        assertDoesNotThrow(() -> BootstrapKeys.requireStrong(VARIABLE, ApiKeys.generate()));
        assertThrows(IllegalStateException.class, () -> BootstrapKeys.requireStrong(VARIABLE, "admin"));
        assertThrows(IllegalStateException.class, () -> BootstrapKeys.requireStrong(VARIABLE, "a".repeat(64)));
        assertThrows(IllegalStateException.class, () -> BootstrapKeys.requireStrong(VARIABLE, "0123456789abcdef0123"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> BootstrapKeys.requireStrong(VARIABLE, "secret-admin-key"));
        assertEquals(false, refused.getMessage().contains("secret-admin-key"), "the message never repeats the key");
    }

    @Test
    void whenKeysCannotBeCheckedTheAnswerIs503WithRetryAfter() {
        QuarkusMock.installMockForType(new ApiClientRepository() {
            @Override
            public Optional<ApiClient> findActiveByKeyHash(String keyHash) {
                throw new PersistenceException("the database is restarting");
            }
        }, ApiClientRepository.class);
        given().header("X-API-Key", ApiKeys.generate()).get("/api/v1/registry/units")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("status", equalTo(503));
    }
}
