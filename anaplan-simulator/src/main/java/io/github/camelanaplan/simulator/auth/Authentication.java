package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.Attribute;
import io.github.camelanaplan.simulator.state.User;

/** Request attributes set by the authentication interceptor, and accessors for route handlers. */
public final class Authentication {

    /** The authenticated user of an Integration API request. */
    public static final Attribute<User> USER = Attribute.of("anaplan.user", User.class);

    /** The session (token) the request was made with. */
    public static final Attribute<Session> SESSION = Attribute.of("anaplan.session", Session.class);

    private Authentication() {
    }

    /** The caller; 401 if the request was not authenticated (a route outside the auth filter's scope). */
    public static User user(ApiRequest request) {
        User user = request.attribute(USER);
        if (user == null) {
            throw ApiException.unauthorized();
        }
        return user;
    }
}
