package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Basic log-in: {@code base64(email:password)}. */
final class BasicLogin {

    /**
     * Clients disagree on the charset (the Java client's OkHttp uses ISO-8859-1, the Python SDK UTF-8), so
     * both decodings are tried.
     */
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);

    private final Tenant tenant;

    BasicLogin(Tenant tenant) {
        this.tenant = tenant;
    }

    User authenticate(String credentials) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(credentials.trim());
        } catch (IllegalArgumentException e) {
            throw AuthFailure.badHeader("Basic credentials are not valid base64");
        }
        boolean wellFormed = false;
        for (Charset charset : CHARSETS) {
            String text = new String(decoded, charset);
            int colon = text.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            wellFormed = true;
            Optional<User> user = tenant.userByEmail(text.substring(0, colon))
                    .filter(u -> passwordMatches(u.password(), text.substring(colon + 1)));
            if (user.isPresent()) {
                return user.get();
            }
        }
        if (!wellFormed) {
            throw AuthFailure.badHeader("Basic credentials must be base64(email:password)");
        }
        throw AuthFailure.badCredential("Bad credentials");
    }

    private static boolean passwordMatches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
