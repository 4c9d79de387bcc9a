package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verified tokens are remembered (rest.VerifiedTokens), so a token the service has already accepted
 * must not open the door to one that differs from it, nor outlive its expiry.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class CallerTokenTest {

    private static final String PATH = "/api/v1/reports/indicators";

    @Test
    void aRememberedTokenKeepsWorkingAndAnEditedCopyIsRejected() {
        String genuine = Tokens.bearer("test-portal", Set.of("portal"), List.of());
        given().header("Authorization", genuine).get(PATH).then().statusCode(200);
        given().header("Authorization", genuine).get(PATH).then().statusCode(200);
        String[] parts = genuine.substring("Bearer ".length()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("portal", "admin");
        String edited = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().header("Authorization", "Bearer " + edited).get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        String forged = Jwt.issuer("iwd-gateway").subject("intruder").groups(Set.of("analyst")).expiresIn(60).sign(otherKey);
        given().header("Authorization", "Bearer " + forged).get(PATH).then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRejected() {
        String expired = Jwt.issuer("iwd-gateway").subject("late").groups(Set.of("analyst"))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        given().header("Authorization", "Bearer " + expired).get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenMintedForAnotherServiceOrForNoneIsRejected() {
        String forRegistry = Jwt.issuer("iwd-gateway").audience("registry-service").subject("x")
                .groups(Set.of("analyst")).expiresIn(60).sign();
        given().header("Authorization", "Bearer " + forRegistry).get(PATH).then().statusCode(401);
        String forNobody = Jwt.issuer("iwd-gateway").subject("x").groups(Set.of("analyst")).expiresIn(60).sign();
        given().header("Authorization", "Bearer " + forNobody).get(PATH).then().statusCode(401);
    }

    @Test
    void theCachesOfTokensAndAnswersAreMeasured() {
        given().header("Authorization", Tokens.bearer("metrics-reader", Set.of("analyst"), List.of())).get(PATH)
                .then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(cacheSize(metrics, "reporting-verified-tokens") >= 1, "the token just verified is remembered");
        assertTrue(cacheSize(metrics, "reporting-answers") >= 1, "the indicators just computed are kept");
    }

    private static double cacheSize(String metrics, String cache) {
        return metrics.lines().filter(line -> line.startsWith("cache_size{") && line.contains("cache=\"" + cache + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no cache_size metric for " + cache));
    }
}
