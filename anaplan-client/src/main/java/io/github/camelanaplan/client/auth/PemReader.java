package io.github.camelanaplan.client.auth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads X.509 certificates and RSA private keys from PEM text with the JDK alone.
 *
 * <p>Supported keys: PKCS#8 ({@code BEGIN PRIVATE KEY}), encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}, with
 * the PBE algorithms the running JDK offers) and unencrypted PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), which is wrapped
 * into PKCS#8 because the JDK's key factory only reads the latter. Encrypted PKCS#1 (OpenSSL
 * {@code Proc-Type: 4,ENCRYPTED}) is not supported; convert it with {@code openssl pkcs8 -topk8}.
 */
final class PemReader {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    /** DER of AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }. */
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private PemReader() {
    }

    static X509Certificate certificate(String pem) {
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals("CERTIFICATE")) {
                try {
                    CertificateFactory factory = CertificateFactory.getInstance("X.509");
                    return (X509Certificate) factory.generateCertificate(
                            new ByteArrayInputStream(decode(m.group(2), "certificate")));
                } catch (CertificateException e) {
                    throw new IllegalArgumentException("certificate PEM does not hold a valid X.509 certificate: "
                            + e.getMessage(), e);
                }
            }
        }
        throw new IllegalArgumentException("no '-----BEGIN CERTIFICATE-----' block found in the certificate PEM");
    }

    static PrivateKey privateKey(String pem, char[] password) {
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            String type = m.group(1);
            String body = m.group(2);
            switch (type) {
                case "PRIVATE KEY":
                    return rsaKey(decode(body, "private key"));
                case "RSA PRIVATE KEY":
                    if (body.contains("Proc-Type") || body.contains("DEK-Info")) {
                        throw new IllegalArgumentException("encrypted PKCS#1 keys ('BEGIN RSA PRIVATE KEY' with "
                                + "Proc-Type: 4,ENCRYPTED) are not supported; convert with "
                                + "'openssl pkcs8 -topk8' to (encrypted) PKCS#8");
                    }
                    return rsaKey(wrapPkcs1(decode(body, "private key")));
                case "ENCRYPTED PRIVATE KEY":
                    return decrypt(decode(body, "private key"), password);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("no private key block found in the key PEM; expected 'BEGIN PRIVATE KEY', "
                + "'BEGIN ENCRYPTED PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY'");
    }

    /** Re-encodes a certificate as PEM text, the form Anaplan expects base64-encoded in the header. */
    static String toPem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateException e) {
            throw new IllegalArgumentException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static byte[] decode(String body, String what) {
        try {
            return Base64.getMimeDecoder().decode(body.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " PEM block is not valid base64", e);
        }
    }

    private static PrivateKey rsaKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("private key is not a readable RSA key (Anaplan certificates use RSA): "
                    + e.getMessage(), e);
        }
    }

    private static PrivateKey decrypt(byte[] der, char[] password) {
        if (password == null) {
            throw new IllegalArgumentException("the private key is encrypted; give its password (credentials.keyPassword)");
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            AlgorithmParameters parameters = info.getAlgParameters();
            // for PBES2 the JDK names the algorithm only through its parameters, e.g. PBEWithHmacSHA256AndAES_256
            String algorithm = parameters != null && "PBES2".equalsIgnoreCase(info.getAlgName())
                    ? parameters.toString() : info.getAlgName();
            PBEKeySpec spec = new PBEKeySpec(password);
            try {
                SecretKey key = SecretKeyFactory.getInstance(algorithm).generateSecret(spec);
                Cipher cipher = Cipher.getInstance(algorithm);
                cipher.init(Cipher.DECRYPT_MODE, key, parameters);
                return rsaKey(info.getKeySpec(cipher).getEncoded());
            } finally {
                spec.clearPassword();
            }
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("encrypted private key cannot be decrypted (wrong credentials.keyPassword or "
                    + "unsupported algorithm): " + e.getClass().getSimpleName(), e);
        }
    }

    /** PrivateKeyInfo ::= SEQUENCE { INTEGER 0, AlgorithmIdentifier, OCTET STRING pkcs1 }. */
    static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream inner = new ByteArrayOutputStream(pkcs1.length + 32);
        inner.write(0x02);
        inner.write(0x01);
        inner.write(0x00);
        inner.writeBytes(RSA_ALGORITHM);
        inner.write(0x04);
        writeLength(inner, pkcs1.length);
        inner.writeBytes(pkcs1);
        ByteArrayOutputStream outer = new ByteArrayOutputStream(inner.size() + 6);
        outer.write(0x30);
        writeLength(outer, inner.size());
        outer.writeBytes(inner.toByteArray());
        return outer.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((length >>> (8 * i)) & 0xFF);
        }
    }
}
