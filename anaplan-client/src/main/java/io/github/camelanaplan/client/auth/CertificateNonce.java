package io.github.camelanaplan.client.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the signed-nonce body and the {@code CACertificate} header of certificate authentication. */
final class CertificateNonce {

    static final int V1_LENGTH = 150;
    static final int V2_RANDOM_LENGTH = 92;

    private final SecureRandom random;

    CertificateNonce(SecureRandom random) {
        this.random = random;
    }

    /** @return {@code CACertificate base64(PEM text)} */
    static String header(CertificateCredentials credentials) {
        String pem = PemReader.toPem(credentials.certificate());
        return "CACertificate " + Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the JSON body fields, in the order Anaplan documents them */
    Map<String, String> body(CertificateCredentials credentials, Instant now) {
        byte[] message = message(credentials.format(), now);
        Map<String, String> body = new LinkedHashMap<>();
        if (credentials.format() == CertificatePayloadFormat.V2) {
            body.put("encodedDataFormat", "v2");
        }
        body.put("encodedData", Base64.getEncoder().encodeToString(message));
        body.put("encodedSignedData", Base64.getEncoder().encodeToString(sign(credentials, message)));
        return body;
    }

    byte[] message(CertificatePayloadFormat format, Instant now) {
        if (format == CertificatePayloadFormat.V1) {
            byte[] message = new byte[V1_LENGTH];
            random.nextBytes(message);
            return message;
        }
        byte[] randomPart = new byte[V2_RANDOM_LENGTH];
        random.nextBytes(randomPart);
        return ByteBuffer.allocate(Long.BYTES + V2_RANDOM_LENGTH)
                .putLong(now.getEpochSecond())
                .put(randomPart)
                .array();
    }

    private static byte[] sign(CertificateCredentials credentials, byte[] message) {
        try {
            Signature signature = Signature.getInstance("SHA512withRSA");
            signature.initSign(credentials.privateKey());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the authentication nonce with SHA512withRSA", e);
        }
    }
}
