package vn.gialai.iwd.gateway.service;

/**
 * The rule for keys an operator supplies in the environment: as strong as the keys the gateway makes
 * itself (256 random bits, 43 base64 characters). Length alone lets "aaaa…" through, so a key must also
 * use many different characters; a random base64 key of 43 characters almost always uses 30 or more.
 */
public final class BootstrapKeys {

    static final int MINIMUM_LENGTH = 43;
    static final int MINIMUM_DISTINCT_CHARACTERS = 16;

    private BootstrapKeys() {
    }

    /** Refuses (and so stops the start) a key shorter or plainer than a random 256-bit one; never says the key. */
    public static void requireStrong(String variable, String key) {
        if (key.length() < MINIMUM_LENGTH || key.chars().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
            throw new IllegalStateException(variable + " must be at least " + MINIMUM_LENGTH + " characters of "
                    + "at least " + MINIMUM_DISTINCT_CHARACTERS + " different ones (32 random bytes, base64): "
                    + "for example `head -c 32 /dev/urandom | base64`");
        }
    }
}
