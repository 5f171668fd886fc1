package io.github.camelanaplan.simulator.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TLS for one simulator run: a self-signed certificate made at start, the server's key store in memory, and
 * the certificate and a trust store written to a directory so clients in other processes can trust it.
 */
public final class SelfSignedTls {

    /** A trust store holds only public data; its password guards integrity, not secrecy, so it is fixed. */
    public static final String TRUST_STORE_PASSWORD = "simulator";

    private static final Set<String> WILDCARD_HOSTS = Set.of("", "0.0.0.0", "::", "[::]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final SimulatorTls material;
    private final HttpsConnectorFactory connectorFactory;

    private SelfSignedTls(SimulatorTls material, HttpsConnectorFactory connectorFactory) {
        this.material = material;
        this.connectorFactory = connectorFactory;
    }

    /**
     * @param host      the configured bind address; added to the certificate's names unless it is a wildcard
     * @param directory where {@code certificate.pem} and {@code truststore.p12} are written
     */
    public static SelfSignedTls create(String host, Path directory, Instant now, SecureRandom random)
            throws GeneralSecurityException, IOException {
        Set<String> dnsNames = new LinkedHashSet<>(List.of("localhost"));
        Set<String> ipAddresses = new LinkedHashSet<>(List.of("127.0.0.1", "::1"));
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!WILDCARD_HOSTS.contains(bare)) {
            (IPV4.matcher(bare).matches() || bare.contains(":") ? ipAddresses : dnsNames).add(bare);
        }
        SelfSignedCertificate certificate = SelfSignedCertificate.generate(new ArrayList<>(dnsNames),
                new ArrayList<>(ipAddresses), now, random);

        // The server's key never touches the disk; its password only has to match within this process.
        String keyPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(random));
        KeyStore keyStore = KeyStore.getInstance(SimulatorTls.TRUST_STORE_TYPE);
        keyStore.load(null, null);
        keyStore.setKeyEntry(SimulatorTls.ALIAS, certificate.keyPair().getPrivate(), keyPassword.toCharArray(),
                new Certificate[] {certificate.certificate()});

        Files.createDirectories(directory);
        SimulatorTls material = new SimulatorTls(certificate.certificate(), directory.resolve("certificate.pem"),
                directory.resolve("truststore.p12"), TRUST_STORE_PASSWORD);
        Files.writeString(material.certificateFile(), material.certificatePem(), StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(material.trustStoreFile())) {
            material.trustStore().store(out, TRUST_STORE_PASSWORD.toCharArray());
        }
        return new SelfSignedTls(material, new HttpsConnectorFactory(keyStore, keyPassword));
    }

    private static byte[] randomBytes(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return bytes;
    }

    public SimulatorTls material() {
        return material;
    }

    public HttpsConnectorFactory connectorFactory() {
        return connectorFactory;
    }
}
