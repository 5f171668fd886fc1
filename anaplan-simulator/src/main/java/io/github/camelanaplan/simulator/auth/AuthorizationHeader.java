package io.github.camelanaplan.simulator.auth;

import java.util.Locale;
import java.util.Optional;

/** An {@code Authorization} header split into scheme and credentials; scheme compared ignoring case. */
record AuthorizationHeader(String scheme, String credentials) {

    static final String ANAPLAN_TOKEN = "anaplanauthtoken";
    static final String BEARER = "bearer";
    static final String BASIC = "basic";
    static final String CA_CERTIFICATE = "cacertificate";

    static Optional<AuthorizationHeader> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        return Optional.of(new AuthorizationHeader(trimmed.substring(0, space).toLowerCase(Locale.ROOT),
                trimmed.substring(space + 1).trim()));
    }

    boolean is(String expectedScheme) {
        return scheme.equals(expectedScheme);
    }
}
