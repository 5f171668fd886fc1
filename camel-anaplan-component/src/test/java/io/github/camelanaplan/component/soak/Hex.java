package io.github.camelanaplan.component.soak;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, the form the soak compares and prints. */
final class Hex {

    private Hex() {
    }

    static String of(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static String sha256(byte[] content) {
        try {
            return of(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
