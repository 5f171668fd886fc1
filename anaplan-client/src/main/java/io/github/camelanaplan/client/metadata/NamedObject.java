package io.github.camelanaplan.client.metadata;

/** An Anaplan object that can be looked up by id, name or (when it has one) code. */
public interface NamedObject {

    /** @return the id, always as a string */
    String id();

    /** @return the display name */
    String name();

    /** @return the code, or {@code null} when the object has none */
    default String code() {
        return null;
    }
}
