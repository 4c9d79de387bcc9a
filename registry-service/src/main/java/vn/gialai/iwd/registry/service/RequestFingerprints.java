package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.config.RegistryConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final int BLOCK = 64 * 1024;

    private final SecretKeySpec key;

    RequestFingerprints(RegistryConfig config) {
        byte[] derived = newMac(new SecretKeySpec(config.nationalIdHmacKey().getBytes(StandardCharsets.UTF_8), ALGORITHM))
                .doFinal("iwd-request-fingerprint".getBytes(StandardCharsets.US_ASCII));
        this.key = new SecretKeySpec(derived, ALGORITHM);
    }

    public String of(String operation, byte[] body) {
        Mac mac = started(operation);
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** The same fingerprint of a body kept in a file (an uploaded spreadsheet), read in blocks. */
    public String of(String operation, Path body) {
        Mac mac = started(operation);
        try (InputStream in = Files.newInputStream(body)) {
            byte[] block = new byte[BLOCK];
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                mac.update(block, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** A MAC over the operation's name and a zero byte, to be continued with the body. */
    private Mac started(String operation) {
        Mac mac = newMac(key);
        mac.update(operation.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac;
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
