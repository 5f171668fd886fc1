package io.github.camelanaplan.simulator.auth;

import io.github.camelanaplan.simulator.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors in the auth service's own shape: {@code {"status":"FAILURE_...","statusMessage":"..."}}. */
final class AuthFailure {

    static final String BAD_CREDENTIAL = "FAILURE_BAD_CREDENTIAL";
    static final String BAD_HEADER = "FAILURE_BAD_HEADER";

    private AuthFailure() {
    }

    static ApiException badCredential(String message) {
        return failure(401, BAD_CREDENTIAL, message);
    }

    static ApiException badHeader(String message) {
        return failure(400, BAD_HEADER, message);
    }

    static ApiException failure(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", code);
        body.put("statusMessage", message);
        return new ApiException(status, message, body);
    }
}
