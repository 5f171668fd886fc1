package io.github.camelanaplan.simulator.http;

/**
 * Which listener a route belongs to. With a separate auth port the two realms are served by different
 * connectors, so a client that sends {@code /token/*} to the API host fails here as it would against Anaplan.
 */
public enum Realm {
    /** Integration API, {@code /2/0/**}. */
    API,
    /** Authentication and OAuth service, {@code /token/*} and {@code /oauth/*}. */
    AUTH
}
