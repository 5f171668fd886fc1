package io.github.camelanaplan.component.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import io.github.camelanaplan.client.AnaplanClientConfig;
import io.github.camelanaplan.client.PollSchedule;
import io.github.camelanaplan.client.ProxySettings;
import io.github.camelanaplan.client.TlsSettings;
import io.github.camelanaplan.client.TransferSettings;
import io.github.camelanaplan.client.auth.BasicCredentials;
import io.github.camelanaplan.client.auth.CertificateCredentials;
import io.github.camelanaplan.client.auth.CertificatePayloadFormat;
import io.github.camelanaplan.client.auth.Credentials;
import io.github.camelanaplan.client.auth.OAuthRefreshTokenCredentials;
import io.github.camelanaplan.client.auth.StaticTokenCredentials;
import org.apache.camel.CamelContext;

import static io.github.camelanaplan.component.internal.ClientSettings.isSet;

/**
 * Maps the component's options to the client's configuration. Options are checked here first, so that messages name
 * the option as the user wrote it ({@code chunkSize}, not the client's {@code transfer.chunkSize}).
 */
public final class ClientConfigFactory {

    /** Camel reads duration options as milliseconds or 30s/5m/1h; text it cannot read becomes 0, hence the hint. */
    static final String DURATION_HINT = "; give milliseconds or a duration such as 30s, 5m or 1h (Camel reads text that is"
                                        + " not a duration as 0)";

    /** Growth of the delay between two status requests; the component exposes only the first and the longest delay. */
    private static final double POLL_GROWTH = 1.5;

    private ClientConfigFactory() {
    }

    public static AnaplanClientConfig create(ClientSettings s, CamelContext camelContext) {
        validateTransferAndPolling(s);
        AnaplanClientConfig.Builder builder = AnaplanClientConfig.builder()
                .apiBaseUrl(s.apiBaseUrl())
                .authBaseUrl(s.authBaseUrl())
                .oauthBaseUrl(s.oauthBaseUrl())
                .credentials(credentials(s))
                .connectTimeout(positive("connectTimeout", s.connectTimeout()))
                .responseTimeout(positive("responseTimeout", s.responseTimeout()))
                .transfer(new TransferSettings(s.chunkSize(), s.compress(), s.chunksInFlight()))
                .pollSchedule(new PollSchedule(Duration.ofMillis(s.pollInitialDelay()), POLL_GROWTH,
                        Duration.ofMillis(s.pollMaxDelay())))
                .userAgent("camel-anaplan");
        if (isSet(s.proxyHost())) {
            if (s.proxyPort() == null) {
                throw new IllegalArgumentException("proxyPort is required when proxyHost is set");
            }
            builder.proxy(new ProxySettings(s.proxyHost(), s.proxyPort(), blankToNull(s.proxyUsername()),
                    blankToNull(s.proxyPassword())));
        } else if (s.proxyPort() != null || isSet(s.proxyUsername()) || isSet(s.proxyPassword())) {
            throw new IllegalArgumentException("proxyPort, proxyUsername and proxyPassword need proxyHost");
        }
        if (s.sslContextParameters() != null) {
            try {
                builder.tls(TlsSettings.ofSslContext(s.sslContextParameters().createSSLContext(camelContext)));
            } catch (Exception e) {
                throw new IllegalArgumentException("sslContextParameters cannot create an SSL context: " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    static void validateTransferAndPolling(ClientSettings s) {
        if (s.chunkSize() < TransferSettings.MIN_CHUNK_SIZE || s.chunkSize() > TransferSettings.MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException("chunkSize must be between " + TransferSettings.MIN_CHUNK_SIZE + " (1 MB) and "
                                               + TransferSettings.MAX_CHUNK_SIZE + " (50 MB) bytes, was " + s.chunkSize());
        }
        if (s.chunksInFlight() < 1 || s.chunksInFlight() > 32) {
            throw new IllegalArgumentException("chunksInFlight must be between 1 and 32, was " + s.chunksInFlight());
        }
        if (s.pollInitialDelay() <= 0) {
            throw new IllegalArgumentException("pollInitialDelay must be positive, was " + s.pollInitialDelay() + " ms"
                                               + DURATION_HINT);
        }
        if (s.pollMaxDelay() < s.pollInitialDelay()) {
            throw new IllegalArgumentException("pollMaxDelay (" + s.pollMaxDelay() + " ms) must be at least pollInitialDelay ("
                                               + s.pollInitialDelay() + " ms)");
        }
    }

    static Credentials credentials(ClientSettings s) {
        return switch (s.authKind()) {
            case BASIC -> {
                require(s.username(), "username", "password");
                require(s.password(), "password", "username");
                yield new BasicCredentials(s.username(), s.password());
            }
            case CERTIFICATE -> certificate(s);
            case OAUTH -> {
                require(s.oauthClientId(), "oauthClientId", "oauthRefreshToken");
                require(s.oauthRefreshToken(), "oauthRefreshToken", "oauthClientId");
                yield new OAuthRefreshTokenCredentials(s.oauthClientId(), blankToNull(s.oauthClientSecret()),
                        s.oauthRefreshToken(), null);
            }
            case TOKEN -> new StaticTokenCredentials(s.authToken());
            case PROVIDED_CLIENT -> throw new IllegalStateException("a provided client needs no credentials");
        };
    }

    private static CertificateCredentials certificate(ClientSettings s) {
        CertificateCredentials credentials;
        char[] keyPassword = isSet(s.keyPassword()) ? s.keyPassword().toCharArray() : null;
        if (isSet(s.keyStorePath())) {
            if (isSet(s.certificatePath()) || isSet(s.privateKeyPath())) {
                throw new IllegalArgumentException("Give either keyStorePath or certificatePath + privateKeyPath, not both");
            }
            char[] storePassword = isSet(s.keyStorePassword()) ? s.keyStorePassword().toCharArray() : null;
            String type = s.keyStorePath().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
            credentials = load(() -> CertificateCredentials.fromKeyStore(Path.of(s.keyStorePath()), type, storePassword,
                    blankToNull(s.keyStoreAlias()), keyPassword), "keyStorePath " + s.keyStorePath());
        } else {
            require(s.certificatePath(), "certificatePath", "privateKeyPath");
            require(s.privateKeyPath(), "privateKeyPath", "certificatePath");
            credentials = load(() -> CertificateCredentials.fromPemFiles(Path.of(s.certificatePath()),
                    Path.of(s.privateKeyPath()), keyPassword), "certificatePath " + s.certificatePath() + " and privateKeyPath "
                                                              + s.privateKeyPath());
        }
        String format = s.certificateDataFormat() == null ? "v2" : s.certificateDataFormat().trim().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "v1" -> credentials.withFormat(CertificatePayloadFormat.V1);
            case "v2" -> credentials;
            default -> throw new IllegalArgumentException("certificateDataFormat must be v1 or v2, was " + s.certificateDataFormat());
        };
    }

    /**
     * Loads the certificate and key; the client names its parameters {@code credentials.keyStoreAlias} and so on,
     * which are restated as the options users set.
     */
    private static CertificateCredentials load(Supplier<CertificateCredentials> loader, String source) {
        try {
            return loader.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot use the certificate from " + source + ": "
                                               + e.getMessage().replace("credentials.", ""), e);
        }
    }

    private static void require(String value, String option, String partner) {
        if (!isSet(value)) {
            throw new IllegalArgumentException(option + " is required together with " + partner);
        }
    }

    private static Duration positive(String option, long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException(option + " must be positive, was " + millis + " ms" + DURATION_HINT);
        }
        return Duration.ofMillis(millis);
    }

    private static String blankToNull(String value) {
        return isSet(value) ? value : null;
    }
}
