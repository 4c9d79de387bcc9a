package vn.gialai.iwd.registry.service;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.registry.config.RegistryConfig;

import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * National IDs are stored as HMAC-SHA256 under the configured key plus their last 4 digits, never in
 * clear (DESIGN.md §6, decisions §5). Expected digests are independent: RFC 4231 test case 2 and
 * {@code echo -n 064185000123 | openssl dgst -sha256 -hmac <key>}.
 */
class NationalIdsTest {

    private static NationalIds withKey(String key) {
        return new NationalIds(new RegistryConfig() {
            @Override
            public String nationalIdHmacKey() {
                return key;
            }

            @Override
            public int maxBatchSize() {
                return 5000;
            }

            @Override
            public int maxImportRows() {
                return 50000;
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Ho_Chi_Minh");
            }
        });
    }

    @Test
    void theHmacIsHmacSha256InLowerCaseHex() {
        // RFC 4231, test case 2
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                withKey("Jefe").hmac("what do ya want for nothing?"));
    }

    @Test
    void aCccdIsKeyedByTheConfiguredKey() {
        NationalIds ids = withKey("khoa-bi-mat-thu-nghiem");
        assertEquals("28c2927ad3bd29d0be7c03e22bfaeed75b7e7d63e48646b1ec4bc9b6d970593a", ids.hmac("064185000123"));
        assertEquals(ids.hmac("064185000123"), withKey("khoa-bi-mat-thu-nghiem").hmac("064185000123"),
                "the same ID under the same key is the same person");
        assertEquals("c3c44cd96501bfab718d03d772679ad15dee8e39461198bb84cfc3126f6cd340",
                withKey("khoa-khac").hmac("064185000123"), "another key, another digest");
        assertNotEquals(ids.hmac("064185000123"), ids.hmac("064185000124"));
    }

    @Test
    void theDigestHidesTheDigits() {
        String digest = withKey("khoa-bi-mat-thu-nghiem").hmac("064185000123");
        assertEquals(64, digest.length());
        assertTrue(digest.matches("[0-9a-f]{64}"));
        assertTrue(!digest.contains("064185") && !digest.contains("0123"));
    }

    @Test
    void last4AreTheLastFourDigitsWithTheirZeros() {
        assertEquals("0123", NationalIds.last4("064185000123"));
        assertEquals("0001", NationalIds.last4("064185000001"));
        assertEquals("0000", NationalIds.last4("001100000000"));
    }
}
