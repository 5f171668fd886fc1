package io.github.camelanaplan.client.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * CA certificate authentication: an X.509 certificate issued by a CA registered with the Anaplan tenant and its RSA
 * private key. Anaplan receives the certificate in the header and a freshly signed nonce
 * ({@link CertificatePayloadFormat}) in the body; the key itself never leaves the process.
 *
 * <p>Load from PEM files ({@link #fromPemFiles}) or from a PKCS12/JKS key store ({@link #fromKeyStore}). The key is
 * checked against the certificate when the credentials are created, so a mismatched pair fails at start-up.
 *
 * @param certificate the client certificate
 * @param privateKey  its RSA private key; never shown by {@link #toString()}
 * @param format      nonce format; {@link CertificatePayloadFormat#V2} unless the tenant needs V1
 */
public record CertificateCredentials(X509Certificate certificate, PrivateKey privateKey,
                                     CertificatePayloadFormat format) implements Credentials {

    /**
     * Validates and normalises the components.
     *
     * @param certificate the client certificate
     * @param privateKey its RSA private key; never shown by {@link #toString()}
     * @param format nonce format; {@link CertificatePayloadFormat#V2} unless the tenant needs V1
     */
    public CertificateCredentials {
        Objects.requireNonNull(certificate, "credentials.certificate is required for certificate authentication");
        Objects.requireNonNull(privateKey, "credentials.privateKey is required for certificate authentication");
        Objects.requireNonNull(format, "credentials.certificateFormat is required (V1 or V2)");
        if (!"RSA".equalsIgnoreCase(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("credentials.privateKey must be an RSA key, was "
                    + privateKey.getAlgorithm());
        }
        requireMatchingPair(certificate, privateKey);
    }

    /**
     * @param certificatePem file with the PEM certificate
     * @param privateKeyPem  file with the PEM private key (PKCS#8, encrypted PKCS#8 or PKCS#1)
     * @param keyPassword    password of an encrypted key, or {@code null}
     * @return credentials using the V2 nonce format
     */
    public static CertificateCredentials fromPemFiles(Path certificatePem, Path privateKeyPem, char[] keyPassword) {
        return fromPem(read(certificatePem, "credentials.certificatePath"),
                read(privateKeyPem, "credentials.privateKeyPath"), keyPassword);
    }

    /**
     * @param certificatePem PEM text of the certificate
     * @param privateKeyPem  PEM text of the private key
     * @param keyPassword    password of an encrypted key, or {@code null}
     * @return credentials using the V2 nonce format
     */
    public static CertificateCredentials fromPem(String certificatePem, String privateKeyPem, char[] keyPassword) {
        return new CertificateCredentials(PemReader.certificate(certificatePem),
                PemReader.privateKey(privateKeyPem, keyPassword), CertificatePayloadFormat.V2);
    }

    /**
     * @param keyStore      key store file
     * @param type          {@code PKCS12} or {@code JKS}; {@code null} means PKCS12
     * @param storePassword key store password, may be {@code null}
     * @param alias         alias of the key entry; {@code null} takes the only key entry
     * @param keyPassword   key password; {@code null} reuses the store password
     * @return credentials using the V2 nonce format
     */
    public static CertificateCredentials fromKeyStore(Path keyStore, String type, char[] storePassword, String alias,
                                                      char[] keyPassword) {
        String storeType = type == null ? "PKCS12" : type;
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance(storeType);
            store.load(in, storePassword);
            String entry = alias == null ? onlyKeyAlias(store, keyStore) : alias;
            if (!store.isKeyEntry(entry)) {
                throw new IllegalArgumentException("credentials.keyStoreAlias '" + entry + "' is not a key entry in "
                        + keyStore);
            }
            Key key = store.getKey(entry, keyPassword == null ? storePassword : keyPassword);
            Certificate certificate = store.getCertificate(entry);
            if (!(key instanceof PrivateKey) || !(certificate instanceof X509Certificate)) {
                throw new IllegalArgumentException("key store entry '" + entry + "' in " + keyStore
                        + " does not hold a private key with an X.509 certificate");
            }
            return new CertificateCredentials((X509Certificate) certificate, (PrivateKey) key,
                    CertificatePayloadFormat.V2);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("key store " + keyStore + " does not exist", e);
        } catch (IOException | GeneralSecurityException e) {
            // the JDK's reason ("keystore password was incorrect") tells a wrong password from a wrong type
            throw new IllegalArgumentException("cannot read " + storeType + " key store " + keyStore
                    + " (wrong password or type?): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /**
     * @param newFormat nonce format
     * @return the same certificate and key with another format
     */
    public CertificateCredentials withFormat(CertificatePayloadFormat newFormat) {
        return new CertificateCredentials(certificate, privateKey, newFormat);
    }

    private static String onlyKeyAlias(KeyStore store, Path path) throws GeneralSecurityException {
        String found = null;
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                if (found != null) {
                    throw new IllegalArgumentException("key store " + path
                            + " holds several key entries; set credentials.keyStoreAlias");
                }
                found = alias;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("key store " + path + " holds no key entry");
        }
        return found;
    }

    private static String read(Path path, String option) {
        Objects.requireNonNull(path, option + " is required");
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(option + " does not exist: " + path, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " cannot be read: " + path + " (" + e.getMessage() + ")", e);
        }
    }

    private static void requireMatchingPair(X509Certificate certificate, PrivateKey key) {
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance("SHA512withRSA");
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA512withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("credentials.privateKey does not belong to the certificate "
                        + certificate.getSubjectX500Principal().getName());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("credentials.privateKey cannot sign with SHA512withRSA for certificate "
                    + certificate.getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CertificateCredentials[subject=" + certificate.getSubjectX500Principal().getName() + ", notAfter="
                + certificate.getNotAfter().toInstant() + ", privateKey=***, format=" + format + "]";
    }
}
