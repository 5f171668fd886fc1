package io.github.camelanaplan.simulator.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a client needs to trust a simulator started with TLS: its self-signed certificate, in memory and as
 * files. Nothing here is secret; the private key never leaves the server.
 *
 * <pre>{@code
 * HttpClient client = HttpClient.newBuilder().sslContext(simulator.tls().orElseThrow().sslContext()).build();
 * // or: -Djavax.net.ssl.trustStore=<trustStoreFile> -Djavax.net.ssl.trustStorePassword=<trustStorePassword>
 * // or: curl --cacert <certificateFile> ...
 * }</pre>
 *
 * @param certificate        the server certificate, valid for {@code localhost}, {@code 127.0.0.1}, {@code ::1}
 *                           and the configured host
 * @param certificateFile    the certificate as PEM
 * @param trustStoreFile     a PKCS12 trust store holding only that certificate
 * @param trustStorePassword the trust store's integrity password
 */
public record SimulatorTls(X509Certificate certificate, Path certificateFile, Path trustStoreFile,
                           String trustStorePassword) {

    static final String TRUST_STORE_TYPE = "PKCS12";
    static final String ALIAS = "anaplan-simulator";

    public SimulatorTls {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certificateFile, "certificateFile");
        Objects.requireNonNull(trustStoreFile, "trustStoreFile");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
    }

    /** The certificate in PEM form ({@code -----BEGIN CERTIFICATE-----...}). */
    public String certificatePem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the simulator certificate", e);
        }
    }

    /** A fresh in-memory trust store holding only the simulator's certificate. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance(TRUST_STORE_TYPE);
            store.load(null, null);
            store.setCertificateEntry(ALIAS, certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
    }

    /** A TLS context that trusts the simulator and nothing else, e.g. for {@code HttpClient.Builder.sslContext}. */
    public SSLContext sslContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the TLS context", e);
        }
    }
}
