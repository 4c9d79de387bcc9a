package vn.gialai.iwd.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.reporting.config.ReportingConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Stable keyed pseudonyms: the first 128 bits of HMAC-SHA256(personId) under IWD_PSEUDONYM_KEY, in hex.
 * The same person has the same pseudonym in every export (analysts can link extracts); without the
 * key, nobody can compute a person's pseudonym or invert one.
 */
@ApplicationScoped
public class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(ReportingConfig config) {
        this.key = new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A pseudonymiser for one thread (Mac instances are not thread-safe). */
    public Pseudonymiser newPseudonymiser() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return personId -> HexFormat.of().formatHex(mac.doFinal(personId.toString().getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    public interface Pseudonymiser {
        String of(UUID personId);
    }
}
