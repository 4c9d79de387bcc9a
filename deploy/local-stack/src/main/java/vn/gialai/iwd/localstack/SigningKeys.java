package vn.gialai.iwd.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Makes the RSA key pair with which the gateway signs caller tokens for a local run.
 * Usage: SigningKeys DIR — writes DIR/token-private.pem (PKCS#8) and DIR/token-public.pem unless they exist.
 * Keys are generated per machine and never committed.
 */
public final class SigningKeys {

    private SigningKeys() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path privatePem = dir.resolve("token-private.pem");
        Path publicPem = dir.resolve("token-public.pem");
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.out.println("generated token signing keys in " + dir);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
