package io.github.camelanaplan.client;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** A fresh RSA key pair and self-signed certificate, written in the formats the client reads. */
final class TestCertificates {

    final KeyPair keyPair;
    final X509Certificate certificate;

    private TestCertificates(KeyPair keyPair, X509Certificate certificate) {
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    static TestCertificates generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=" + commonName + ",O=camel-anaplan tests");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(Duration.ofDays(2))), subject, pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new TestCertificates(pair, certificate);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate a test certificate", e);
        }
    }

    String certificatePem() {
        return pem(certificate);
    }

    /** {@code BEGIN RSA PRIVATE KEY}: BouncyCastle's default for a JCA RSA private key. */
    String pkcs1KeyPem() {
        return pem(keyPair.getPrivate());
    }

    /** {@code BEGIN PRIVATE KEY}. */
    String pkcs8KeyPem() {
        try {
            return pem(new JcaPKCS8Generator(keyPair.getPrivate(), null).generate());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code BEGIN ENCRYPTED PRIVATE KEY} (PBES2, AES-256-CBC). */
    String encryptedPkcs8KeyPem(char[] password) {
        try {
            // BouncyCastle encrypts (the JDK lacks its cipher name); the client under test decrypts with the JDK
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                    .setProvider(new BouncyCastleProvider())
                    .setPassword(password).build();
            return pem(new JcaPKCS8Generator(keyPair.getPrivate(), encryptor).generate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Path writePkcs12(Path file, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keyPair.getPrivate(), password, new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (object instanceof PemObject pemObject) {
                writer.writeObject(pemObject);
            } else {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
