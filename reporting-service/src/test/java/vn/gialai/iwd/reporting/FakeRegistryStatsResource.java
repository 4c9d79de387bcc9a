package vn.gialai.iwd.reporting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for registry's GET /api/v1/registry/stats/checksum (reached through the gateway with
 * reporting's API key), computing the documented formula in Java over the persons a test declares.
 */
@Path("/api/v1/registry/stats")
public class FakeRegistryStatsResource {

    /** personId → version of the persons registry holds with an active record. */
    static final Map<String, Long> ACTIVE_PERSONS = new ConcurrentHashMap<>();

    @GET
    @Path("/checksum")
    @Produces(MediaType.APPLICATION_JSON)
    public Response checksum(@HeaderParam("X-API-Key") String apiKey) {
        if (!"test-reporting-api-key".equals(apiKey)) {
            return Response.status(401).build();
        }
        BigInteger sum = BigInteger.ZERO;
        for (Map.Entry<String, Long> person : ACTIVE_PERSONS.entrySet()) {
            String hex = HexFormat.of().formatHex(md5(person.getKey() + ":" + person.getValue()));
            sum = sum.add(new BigInteger(hex.substring(0, 15), 16));
        }
        return Response.ok(Map.of("persons", ACTIVE_PERSONS.size(), "checksum", sum.toString())).build();
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
