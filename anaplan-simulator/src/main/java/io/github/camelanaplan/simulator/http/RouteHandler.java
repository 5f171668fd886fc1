package io.github.camelanaplan.simulator.http;

/** Handles one matched route. Throw {@link ApiException} to answer with an error envelope. */
@FunctionalInterface
public interface RouteHandler {

    void handle(ApiRequest request, ApiResponse response) throws Exception;
}
