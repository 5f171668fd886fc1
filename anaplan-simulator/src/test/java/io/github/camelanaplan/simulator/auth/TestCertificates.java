package io.github.camelanaplan.simulator.auth;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** An RSA key with a self-signed certificate, and the signed nonce bodies Anaplan clients send. */
final class TestCertificates {

    final KeyPair keys;
    final X509Certificate certificate;

    private TestCertificates(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    static TestCertificates create(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + commonName);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                keys.getPublic());
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        return new TestCertificates(keys, certificate);
    }

    /** {@code CACertificate base64(PEM)}. */
    String header() throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return "CACertificate " + Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] v1Nonce() {
        byte[] nonce = new byte[150];
        new java.security.SecureRandom().nextBytes(nonce);
        return nonce;
    }

    static byte[] v2Nonce(Instant when) {
        byte[] random = new byte[92];
        new java.security.SecureRandom().nextBytes(random);
        return ByteBuffer.allocate(100).putLong(when.getEpochSecond()).put(random).array();
    }

    String body(byte[] nonce, boolean v2) throws Exception {
        Signature signature = Signature.getInstance("SHA512withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(nonce);
        String data = Base64.getEncoder().encodeToString(nonce);
        String signed = Base64.getEncoder().encodeToString(signature.sign());
        return (v2 ? "{\"encodedDataFormat\":\"v2\"," : "{")
                + "\"encodedData\":\"" + data + "\",\"encodedSignedData\":\"" + signed + "\"}";
    }
}
