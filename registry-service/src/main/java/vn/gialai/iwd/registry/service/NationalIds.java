package vn.gialai.iwd.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.gialai.iwd.registry.config.RegistryConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** Turns a CCCD into the keyed HMAC the registry stores instead of it. */
@ApplicationScoped
public class NationalIds {

    private final SecretKeySpec key;

    NationalIds(RegistryConfig config) {
        this.key = new SecretKeySpec(config.nationalIdHmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hmac(String nationalId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(nationalId.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String last4(String nationalId) {
        return nationalId.substring(nationalId.length() - 4);
    }
}
