package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.config.RegistryConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Fingerprints of requests, kept with an Idempotency-Key to tell a retry from a different request.
 * Bodies hold national IDs in clear, so the fingerprint is a keyed HMAC: without the key, knowing a
 * few digits, the birth year and the gender does not let anyone search for the rest. The key is
 * derived from the registry's secret under its own label, so a fingerprint never equals a national-ID HMAC.
 */
@ApplicationScoped
public class RequestFingerprints {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    RequestFingerprints(RegistryConfig config) {
        byte[] derived = mac(new SecretKeySpec(config.nationalIdHmacKey().getBytes(StandardCharsets.UTF_8), ALGORITHM),
                "iwd-request-fingerprint".getBytes(StandardCharsets.US_ASCII));
        this.key = new SecretKeySpec(derived, ALGORITHM);
    }

    public String of(String operation, byte[] body) {
        byte[] name = operation.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[name.length + 1 + body.length];
        System.arraycopy(name, 0, message, 0, name.length);
        System.arraycopy(body, 0, message, name.length + 1, body.length);
        return HexFormat.of().formatHex(mac(key, message));
    }

    private static byte[] mac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
