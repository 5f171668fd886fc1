package io.github.camelanaplan.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.client.error.AnaplanAccessDeniedException;
import io.github.camelanaplan.client.error.AnaplanAuthenticationException;
import io.github.camelanaplan.client.error.AnaplanConnectionException;
import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.error.AnaplanMalformedResponseException;
import io.github.camelanaplan.client.error.AnaplanModelBusyException;
import io.github.camelanaplan.client.error.AnaplanNotFoundException;
import io.github.camelanaplan.client.error.AnaplanRateLimitedException;
import io.github.camelanaplan.client.error.AnaplanServerException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/** Turns failed exchanges into the typed exception hierarchy, with Anaplan's own message when there is one. */
public final class ErrorMapper {

    private static final int SNIPPET_LENGTH = 200;
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Json json;

    /** @param json codec used to read error bodies */
    public ErrorMapper(Json json) {
        this.json = json;
    }

    /**
     * @param request  the request
     * @param response its non-2xx response
     * @return the exception describing it
     */
    public AnaplanException map(ApiRequest request, RawResponse response) {
        int status = response.status();
        String serverMessage = serverMessage(response);
        String where = request.method() + " " + request.path();
        String said = serverMessage == null ? "" : ": " + serverMessage;
        String base = request.operation() + " failed with HTTP " + status + " (" + where + ")" + said;
        if (status == 401) {
            return new AnaplanAuthenticationException(base, status, request.method(), request.path(), serverMessage,
                    null);
        }
        if (status == 403) {
            String message = request.operation() + " was refused with HTTP 403 (" + where + "): it needs "
                    + request.requiredRight() + said;
            return new AnaplanAccessDeniedException(message, request.method(), request.path(), serverMessage,
                    request.operation(), request.requiredRight());
        }
        if (status == 404) {
            return new AnaplanNotFoundException(base + ". Anaplan also answers 404 when the user has no access role "
                    + "in the model or when the content does not exist (yet)", status, request.method(),
                    request.path(), serverMessage, null);
        }
        if (status == 409 || status == 423) {
            return new AnaplanModelBusyException(base + " (the model is busy or locked)", status, request.method(),
                    request.path(), serverMessage, null);
        }
        if (status == 429) {
            return new AnaplanRateLimitedException(base + " (rate limited)", request.method(), request.path(),
                    serverMessage, RetryAfter.parse(response.retryAfter(), Instant.now()).orElse(null));
        }
        if (status >= 500) {
            return new AnaplanServerException(base, status, request.method(), request.path(), serverMessage, null);
        }
        return new AnaplanException(base, status, request.method(), request.path(), serverMessage, null);
    }

    /**
     * @param request the request
     * @param cause   the I/O failure
     * @return exception for a request that got no usable response
     */
    public AnaplanConnectionException connectionFailure(ApiRequest request, Exception cause) {
        String message = request.operation() + " failed without a response (" + request.method() + " "
                + request.path() + "): " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new AnaplanConnectionException(message, 0, request.method(), request.path(), null, cause);
    }

    /**
     * @param request  the request
     * @param response the 2xx response that could not be decoded
     * @param cause    the decoding failure
     * @return exception naming the request and showing the start of the body
     */
    public AnaplanMalformedResponseException malformed(ApiRequest request, RawResponse response, Exception cause) {
        String snippet = snippet(response.body());
        String message = request.operation() + " returned a response that could not be understood (" + request.method()
                + " " + request.path() + ", HTTP " + response.status() + "): " + cause.getMessage()
                + (snippet.isEmpty() ? "" : "; body starts with: " + snippet);
        return new AnaplanMalformedResponseException(message, response.status(), request.method(), request.path(),
                snippet, cause);
    }

    /**
     * Extracts the server's message: {@code status.message} (Integration API), {@code statusMessage} (authentication
     * service), {@code error_description} (OAuth), or a cleaned snippet of a non-JSON body.
     *
     * @param response the response
     * @return the message, or {@code null} when the body is empty
     */
    public String serverMessage(RawResponse response) {
        byte[] body = response.body();
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode root = json.tree(body);
            JsonNode status = root.path("status");
            if (status.isObject() && status.path("message").isTextual()) {
                return status.path("message").asText();
            }
            if (root.path("statusMessage").isTextual()) {
                String code = status.isTextual() ? status.asText() + ": " : "";
                return code + root.path("statusMessage").asText();
            }
            if (root.path("error_description").isTextual()) {
                return root.path("error").asText("") + ": " + root.path("error_description").asText();
            }
            if (root.path("error").isTextual()) {
                return root.path("error").asText();
            }
            if (root.path("message").isTextual()) {
                return root.path("message").asText();
            }
        } catch (java.io.IOException notJson) {
            // falls through to the snippet: proxies and gateways answer with HTML or plain text
        }
        String snippet = snippet(body);
        return snippet.isEmpty() ? null : snippet;
    }

    /**
     * @param body raw body
     * @return the first characters with markup and line breaks removed
     */
    public static String snippet(byte[] body) {
        int length = Math.min(body.length, 4096);
        String text = new String(body, 0, length, StandardCharsets.UTF_8);
        text = TAGS.matcher(text).replaceAll(" ");
        text = SPACE.matcher(text).replaceAll(" ").trim();
        StringBuilder clean = new StringBuilder(Math.min(text.length(), SNIPPET_LENGTH + 3));
        for (int i = 0; i < text.length() && clean.length() < SNIPPET_LENGTH; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > SNIPPET_LENGTH) {
            clean.append("...");
        }
        return clean.toString();
    }
}
