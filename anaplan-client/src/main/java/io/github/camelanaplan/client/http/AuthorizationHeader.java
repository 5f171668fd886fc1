package io.github.camelanaplan.client.http;

/**
 * The value of an {@code Authorization} header, with the generation of the token it came from so a request that was
 * rejected can tell whether the token has been replaced since it was sent.
 *
 * @param value      full header value, e.g. {@code AnaplanAuthToken xyz}; never shown by {@link #toString()}
 * @param generation increases each time a new token is obtained
 */
public record AuthorizationHeader(String value, long generation) {

    @Override
    public String toString() {
        return "AuthorizationHeader[value=***, generation=" + generation + "]";
    }
}
