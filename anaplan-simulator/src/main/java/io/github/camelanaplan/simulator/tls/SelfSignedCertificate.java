package io.github.camelanaplan.simulator.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A fresh key pair and a self-signed server certificate for the names the simulator is reached by. Uses
 * the JDK's providers through BouncyCastle's builders, so no security provider is registered globally.
 */
record SelfSignedCertificate(X509Certificate certificate, KeyPair keyPair) {

    /** Long enough for any test run or demo session; a restart makes a new one anyway. */
    private static final Duration VALIDITY = Duration.ofDays(365);

    /**
     * @param dnsNames    host names for the subject alternative name, e.g. {@code localhost}
     * @param ipAddresses literal IP addresses for the subject alternative name, e.g. {@code 127.0.0.1}
     */
    static SelfSignedCertificate generate(Collection<String> dnsNames, Collection<String> ipAddresses,
                                          Instant now, SecureRandom random) throws GeneralSecurityException {
        // P-256 keys generate in milliseconds, unlike RSA, and every TLS client here supports them.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keyPair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + (dnsNames.isEmpty() ? "localhost" : dnsNames.iterator().next())
                + ",O=Anaplan simulator");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, random),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject,
                keyPair.getPublic());
        try {
            builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(dnsNames, ipAddresses));
            // A self-signed end-entity certificate: clients trust it directly, it signs nothing else.
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
            return new SelfSignedCertificate(certificate, keyPair);
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build the self-signed certificate", e);
        }
    }

    private static GeneralNames alternativeNames(Collection<String> dnsNames, Collection<String> ipAddresses) {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
