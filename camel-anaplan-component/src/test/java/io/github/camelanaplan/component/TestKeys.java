package io.github.camelanaplan.component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/**
 * A certificate and its RSA key for CA-certificate log-in, made with the JDK alone: a PKCS12 key store from
 * keytool, and the same pair as PEM files (plain and password-encrypted PKCS#8) for the certificatePath options.
 */
record TestKeys(Path keyStore, String storePassword, String alias, X509Certificate certificate, Path certificatePem,
                Path privateKeyPem, Path encryptedPrivateKeyPem, String keyPemBody) {

    private static final String PBE = "PBEWithHmacSHA256AndAES_256";

    static TestKeys generate(Path directory, String commonName, String storePassword, String keyPassword) throws Exception {
        Path keyStore = directory.resolve("demo.p12");
        String alias = "demo";
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=" + commonName, "-validity", "2", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", storePassword, "-keypass", storePassword).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, storePassword.toCharArray());
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
        PrivateKey key = (PrivateKey) store.getKey(alias, storePassword.toCharArray());
        String keyBody = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        Path certificatePem = write(directory.resolve("demo.crt.pem"), "CERTIFICATE", certificate.getEncoded());
        Path privateKeyPem = write(directory.resolve("demo.key.pem"), "PRIVATE KEY", key.getEncoded());
        Path encrypted = write(directory.resolve("demo.key.enc.pem"), "ENCRYPTED PRIVATE KEY", encrypt(key, keyPassword));
        return new TestKeys(keyStore, storePassword, alias, certificate, certificatePem, privateKeyPem, encrypted, keyBody);
    }

    /** PKCS#8 EncryptedPrivateKeyInfo with PBES2 (HMAC-SHA256, AES-256), as openssl pkcs8 -topk8 -v2 aes256 writes. */
    private static byte[] encrypt(PrivateKey key, String password) throws GeneralSecurityException, IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEParameterSpec parameters = new PBEParameterSpec(salt, 10_000);
        SecretKeyFactory factory = SecretKeyFactory.getInstance(PBE);
        Cipher cipher = Cipher.getInstance(PBE);
        cipher.init(Cipher.ENCRYPT_MODE, factory.generateSecret(new PBEKeySpec(password.toCharArray())), parameters);
        byte[] encrypted = cipher.doFinal(key.getEncoded());
        // the JDK names PBES2 parameters after the cipher, which EncryptedPrivateKeyInfo cannot map to an OID
        AlgorithmParameters pbes2 = AlgorithmParameters.getInstance("PBES2");
        pbes2.init(cipher.getParameters().getEncoded());
        return new EncryptedPrivateKeyInfo(pbes2, encrypted).getEncoded();
    }

    private static Path write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
        return file;
    }
}
