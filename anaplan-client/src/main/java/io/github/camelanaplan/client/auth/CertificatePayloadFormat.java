package io.github.camelanaplan.client.auth;

/** Layout of the signed nonce sent with certificate authentication. */
public enum CertificatePayloadFormat {
    /** 150 random bytes; the original format. */
    V1,
    /**
     * 8-byte big-endian Unix epoch seconds followed by 92 random bytes, announced with
     * {@code "encodedDataFormat":"v2"}; the timestamp lets Anaplan reject replays. Required by Anaplan from 2026.
     */
    V2
}
