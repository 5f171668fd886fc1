package io.github.camelanaplan.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Anaplan tenant the routes talk to: the connection and credentials of the component, plus the workspace and
 * model every endpoint uses unless it names its own.
 *
 * @param apiBaseUrl  base URL of the Integration API, {@code null} for Anaplan's default
 * @param authBaseUrl base URL of the authentication service, {@code null} for Anaplan's default
 * @param username    user for basic authentication
 * @param password    its password
 * @param workspace   workspace id or name
 * @param model       model id or name
 */
public record AnaplanTarget(String apiBaseUrl, String authBaseUrl, String username, String password, String workspace,
                            String model) {

    /** The workspace of the simulator's demo model, used when a real tenant is given without one. */
    static final String DEMO_WORKSPACE = "FP&A Demo";
    /** The model of the simulator's demo model. */
    static final String DEMO_MODEL = "Sales Planning";

    private static final String PREFIX = "camel.component.anaplan.";

    /**
     * Reads a real tenant from the environment: {@code ANAPLAN_USERNAME} and {@code ANAPLAN_PASSWORD} are required,
     * {@code ANAPLAN_API_BASE_URL}, {@code ANAPLAN_AUTH_BASE_URL}, {@code ANAPLAN_WORKSPACE} and
     * {@code ANAPLAN_MODEL} optional. Each name is looked up as an environment variable and as a property.
     *
     * @param lookup finds a value by name, {@code null} when absent
     * @return the tenant, or empty when no credentials are given (the demo then embeds the simulator)
     */
    public static Optional<AnaplanTarget> fromSettings(UnaryOperator<String> lookup) {
        String username = value(lookup, "ANAPLAN_USERNAME");
        String password = value(lookup, "ANAPLAN_PASSWORD");
        if (username == null && password == null) {
            return Optional.empty();
        }
        if (username == null || password == null) {
            // Half a credential is a configuration mistake: falling back to the simulator would hide it.
            throw new IllegalStateException("Set both ANAPLAN_USERNAME and ANAPLAN_PASSWORD, or neither to run the demo"
                    + " against the embedded simulator");
        }
        return Optional.of(new AnaplanTarget(value(lookup, "ANAPLAN_API_BASE_URL"),
                value(lookup, "ANAPLAN_AUTH_BASE_URL"), username, password,
                orDefault(value(lookup, "ANAPLAN_WORKSPACE"), DEMO_WORKSPACE),
                orDefault(value(lookup, "ANAPLAN_MODEL"), DEMO_MODEL)));
    }

    /**
     * The target as {@code camel.component.anaplan.*} properties; absent URLs are left out so the component keeps
     * Anaplan's defaults.
     *
     * @return property name to value, in a stable order
     */
    public Map<String, String> componentProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        putIfSet(properties, "apiBaseUrl", apiBaseUrl);
        putIfSet(properties, "authBaseUrl", authBaseUrl);
        putIfSet(properties, "username", username);
        putIfSet(properties, "password", password);
        putIfSet(properties, "workspace", workspace);
        putIfSet(properties, "model", model);
        return properties;
    }

    /** Keeps the credentials out of logs and error messages that print the record. */
    @Override
    public String toString() {
        return "AnaplanTarget[apiBaseUrl=" + (apiBaseUrl == null ? "default" : apiBaseUrl) + ", workspace=" + workspace
                + ", model=" + model + "]";
    }

    private static String value(UnaryOperator<String> lookup, String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void putIfSet(Map<String, String> properties, String option, String value) {
        if (value != null) {
            properties.put(PREFIX + option, value);
        }
    }
}
