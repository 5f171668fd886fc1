package io.github.camelanaplan.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** Shared checks for the configuration types, so every option fails with the same style of message. */
final class ConfigValidation {

    private ConfigValidation() {
    }

    static <T> T required(String option, T value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        return value;
    }

    static Duration positive(String option, Duration value) {
        required(option, value);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(option + " must be a positive duration, was " + value);
        }
        return value;
    }

    static Duration notNegative(String option, Duration value) {
        required(option, value);
        if (value.isNegative()) {
            throw new IllegalArgumentException(option + " must be zero or a positive duration, was " + value);
        }
        return value;
    }

    static int inRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static double inRange(String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Accepts absolute http(s) URLs and drops a trailing slash so paths can be appended with one "/". */
    static String baseUrl(String option, String value) {
        required(option, value);
        String trimmed = value.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " must be an absolute http or https URL, was '" + value + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " must be an absolute http or https URL, was '" + value + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(option + " must not have a query or fragment, was '" + value + "'");
        }
        return trimmed;
    }
}
