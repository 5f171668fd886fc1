package io.github.camelanaplan.client;

import javax.net.ssl.SSLContext;
import java.nio.file.Path;

/**
 * TLS settings. By default the JDK's trust store is used and certificates and host names are verified.
 *
 * <p>Either give a ready {@link SSLContext}, or a trust store file (for example a corporate CA or a test server's
 * self-signed certificate). {@link #insecureTrustAll()} turns all verification off; it exists for throw-away local
 * test servers only and the client logs a warning whenever it is used.
 *
 * @param sslContext          a ready SSL context, or {@code null}
 * @param trustStorePath      trust store file, or {@code null}
 * @param trustStorePassword  trust store password, or {@code null}; never shown by {@link #toString()}
 * @param trustStoreType      trust store type such as {@code PKCS12} or {@code JKS}; {@code null} means PKCS12
 * @param verifyCertificates  whether certificate chains and host names are verified
 */
public record TlsSettings(SSLContext sslContext, Path trustStorePath, String trustStorePassword, String trustStoreType,
                          boolean verifyCertificates) {

    /** The JDK defaults with full verification. */
    public static final TlsSettings DEFAULT = new TlsSettings(null, null, null, null, true);

    /**
     * Validates and normalises the components.
     *
     * @param sslContext a ready SSL context, or {@code null}
     * @param trustStorePath trust store file, or {@code null}
     * @param trustStorePassword trust store password, or {@code null}; never shown by {@link #toString()}
     * @param trustStoreType trust store type such as {@code PKCS12} or {@code JKS}; {@code null} means PKCS12
     * @param verifyCertificates whether certificate chains and host names are verified
     */
    public TlsSettings {
        if (sslContext != null && trustStorePath != null) {
            throw new IllegalArgumentException("tls.sslContext and tls.trustStorePath are mutually exclusive; give one");
        }
        if (!verifyCertificates && (sslContext != null || trustStorePath != null)) {
            throw new IllegalArgumentException("tls.verifyCertificates=false cannot be combined with tls.sslContext "
                    + "or tls.trustStorePath");
        }
    }

    /**
     * @param context the SSL context to use
     * @return settings using that context
     */
    public static TlsSettings ofSslContext(SSLContext context) {
        return new TlsSettings(ConfigValidation.required("tls.sslContext", context), null, null, null, true);
    }

    /**
     * @param path     trust store file
     * @param password trust store password, may be {@code null}
     * @param type     {@code PKCS12} or {@code JKS}; {@code null} means PKCS12
     * @return settings trusting the certificates in that store
     */
    public static TlsSettings ofTrustStore(Path path, String password, String type) {
        return new TlsSettings(null, ConfigValidation.required("tls.trustStorePath", path), password, type, true);
    }

    /** @return settings that trust any certificate and host name; for local test servers only */
    public static TlsSettings insecureTrustAll() {
        return new TlsSettings(null, null, null, null, false);
    }

    @Override
    public String toString() {
        return "TlsSettings[sslContext=" + (sslContext == null ? "default" : "custom") + ", trustStorePath="
                + trustStorePath + ", trustStorePassword=" + (trustStorePassword == null ? "null" : "***")
                + ", trustStoreType=" + trustStoreType + ", verifyCertificates=" + verifyCertificates + "]";
    }
}
