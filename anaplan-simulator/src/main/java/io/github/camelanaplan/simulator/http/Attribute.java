package io.github.camelanaplan.simulator.http;

/**
 * A typed key for per-request attributes, so interceptors and handlers can share values (the
 * authenticated user, a fault decision) without casts scattered around.
 */
public record Attribute<T>(String name, Class<T> type) {

    public static <T> Attribute<T> of(String name, Class<T> type) {
        return new Attribute<>(name, type);
    }
}
