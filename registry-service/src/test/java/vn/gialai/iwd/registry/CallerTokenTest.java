package vn.gialai.iwd.registry;

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

/** Calling a service around the gateway gets nothing: only tokens the gateway signed, unexpired and unaltered, pass. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class CallerTokenTest {

    private static final String PATH = "/api/v1/registry/units/SO-YTE/records";

    @Test
    void theGatewaysTokenIsAccepted() {
        given().header("Authorization", Tokens.submitter("SO-YTE")).when().get(PATH).then().statusCode(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        String forged = Jwt.issuer("iwd-gateway").subject("intruder").groups(Set.of("registry-admin"))
                .claim("units", List.of("SO-YTE")).expiresIn(60).sign(otherKey);
        given().header("Authorization", "Bearer " + forged).when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIsRejected() {
        String expired = Jwt.issuer("iwd-gateway").subject("late").groups(Set.of("submitter"))
                .claim("units", List.of("SO-YTE")).issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800)).sign();
        given().header("Authorization", "Bearer " + expired).when().get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() {
        String foreign = Jwt.issuer("someone-else").subject("x").groups(Set.of("submitter"))
                .claim("units", List.of("SO-YTE")).expiresIn(60).sign();
        given().header("Authorization", "Bearer " + foreign).when().get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenWithEditedClaimsIsRejected() {
        String genuine = Tokens.submitter("SO-GDDT").substring("Bearer ".length());
        String[] parts = genuine.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("SO-GDDT", "SO-YTE");
        String edited = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().header("Authorization", "Bearer " + edited).when().get(PATH).then().statusCode(401);
    }

    @Test
    void aTokenMintedForAnotherServiceOrForNoneIsRejected() {
        String forReporting = Jwt.issuer("iwd-gateway").audience("reporting-service").subject("x")
                .groups(Set.of("submitter")).claim("units", List.of("SO-YTE")).expiresIn(60).sign();
        given().header("Authorization", "Bearer " + forReporting).when().get(PATH).then().statusCode(401);
        String forNobody = Jwt.issuer("iwd-gateway").subject("x").groups(Set.of("submitter"))
                .claim("units", List.of("SO-YTE")).expiresIn(60).sign();
        given().header("Authorization", "Bearer " + forNobody).when().get(PATH).then().statusCode(401);
    }
}
