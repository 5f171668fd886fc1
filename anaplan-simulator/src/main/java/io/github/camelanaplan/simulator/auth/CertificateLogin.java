package io.github.camelanaplan.simulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CA-certificate log-in: the header carries the PEM certificate, the body a nonce signed with the
 * certificate's private key (SHA512withRSA). v1 nonces are at least 100 random bytes; v2 nonces are exactly
 * 100 bytes starting with the 8-byte big-endian epoch second, must be fresh and are single-use.
 */
final class CertificateLogin {

    static final int MIN_V1_BYTES = 100;
    static final int V2_BYTES = 100;
    /** How far a v2 timestamp may be from the server clock, either way. */
    static final Duration V2_WINDOW = Duration.ofMinutes(5);

    private final Tenant tenant;
    private final Clock clock;
    /** v2 nonce digests seen within the freshness window, to reject replays. */
    private final Map<String, Instant> seenNonces = new ConcurrentHashMap<>();

    CertificateLogin(Tenant tenant, Clock clock) {
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Returns the user whose registered certificate signed the nonce, or throws an auth failure. */
    User authenticate(String headerCredentials, JsonNode body) {
        X509Certificate certificate = certificate(headerCredentials);
        User user = tenant.users().stream()
                .filter(u -> u.certificate().map(registered -> sameCertificate(registered, certificate)).orElse(false))
                .findFirst()
                .orElseThrow(() -> AuthFailure.badCredential("Certificate is not registered for any user"));
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException e) {
            throw AuthFailure.badCredential("Certificate is expired or not yet valid");
        }
        if (body == null || body.isMissingNode() || !body.hasNonNull("encodedData")
                || !body.hasNonNull("encodedSignedData")) {
            throw AuthFailure.badCredential("Missing encodedData or encodedSignedData");
        }
        byte[] data = base64(body.get("encodedData").asText(), "encodedData");
        byte[] signature = base64(body.get("encodedSignedData").asText(), "encodedSignedData");
        boolean v2 = body.hasNonNull("encodedDataFormat");
        if (v2 && !"v2".equals(body.get("encodedDataFormat").asText())) {
            throw AuthFailure.badCredential("Unsupported encodedDataFormat " + body.get("encodedDataFormat").asText());
        }
        checkNonceShape(data, v2);
        if (!verify(certificate, data, signature)) {
            throw AuthFailure.badCredential("Signature verification failed");
        }
        if (v2) {
            rememberOrRejectReplay(data);
        }
        return user;
    }

    private static X509Certificate certificate(String headerCredentials) {
        try {
            byte[] pem = Base64.getMimeDecoder().decode(headerCredentials);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem));
        } catch (IllegalArgumentException | CertificateException | ClassCastException e) {
            throw AuthFailure.badHeader("CACertificate header must be the base64-encoded PEM certificate");
        }
    }

    private static boolean sameCertificate(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (CertificateException e) {
            return false;
        }
    }

    private void checkNonceShape(byte[] data, boolean v2) {
        if (!v2) {
            if (data.length < MIN_V1_BYTES) {
                throw AuthFailure.badCredential("encodedData must hold at least " + MIN_V1_BYTES + " bytes");
            }
            return;
        }
        if (data.length != V2_BYTES) {
            throw AuthFailure.badCredential("v2 encodedData must hold exactly " + V2_BYTES + " bytes");
        }
        Instant stamped = Instant.ofEpochSecond(ByteBuffer.wrap(data, 0, 8).getLong());
        Duration skew = Duration.between(stamped, clock.instant()).abs();
        if (skew.compareTo(V2_WINDOW) > 0) {
            throw AuthFailure.badCredential("v2 encodedData timestamp is not within " + V2_WINDOW.toMinutes()
                    + " minutes of the server time");
        }
    }

    private static boolean verify(X509Certificate certificate, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private void rememberOrRejectReplay(byte[] data) {
        Instant now = clock.instant();
        seenNonces.values().removeIf(until -> until.isBefore(now));
        String digest;
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        if (seenNonces.putIfAbsent(digest, now.plus(V2_WINDOW.multipliedBy(2))) != null) {
            throw AuthFailure.badCredential("v2 encodedData was already used");
        }
    }

    private static byte[] base64(String text, String field) {
        try {
            return Base64.getMimeDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw AuthFailure.badCredential(field + " is not valid base64");
        }
    }
}
