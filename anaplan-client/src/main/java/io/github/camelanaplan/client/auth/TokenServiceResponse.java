package io.github.camelanaplan.client.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code /token/authenticate} and {@code /token/refresh}.
 *
 * @param status        {@code SUCCESS} or a {@code FAILURE_...} code
 * @param statusMessage human-readable status
 * @param tokenInfo     the token, present on success
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenServiceResponse(String status, String statusMessage, TokenInfo tokenInfo) {

    boolean failed() {
        return status != null && status.startsWith("FAILURE");
    }

    /**
     * @param tokenId        token id (not a secret)
     * @param tokenValue     token value; never shown by {@link #toString()}
     * @param expiresAt      expiry, epoch milliseconds
     * @param refreshTokenId id of the refresh token (not a secret)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenInfo(String tokenId, String tokenValue, Long expiresAt, String refreshTokenId) {

        @Override
        public String toString() {
            return "TokenInfo[tokenId=" + tokenId + ", tokenValue=***, expiresAt=" + expiresAt + "]";
        }
    }
}
