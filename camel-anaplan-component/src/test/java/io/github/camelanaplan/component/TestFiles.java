package io.github.camelanaplan.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Test data written and hashed as streams, so large files never sit in the heap. */
final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code size} pseudo-random CSV-like bytes (compressible, like real exports) and returns the file. */
    static Path writeCsvLike(Path file, long size, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] line = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            long written = 0;
            while (written < size) {
                int n = (int) Math.min(line.length, size - written);
                for (int i = 0; i < n; i++) {
                    int r = random.nextInt(16);
                    line[i] = (byte) (r == 0 ? '\n' : r == 1 ? ',' : '0' + random.nextInt(10));
                }
                out.write(line, 0, n);
                written += n;
            }
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
