package io.github.camelanaplan.simulator.http;

/** One registered endpoint. */
public record Route(String method, PathTemplate template, Realm realm, RouteHandler handler) {
}
