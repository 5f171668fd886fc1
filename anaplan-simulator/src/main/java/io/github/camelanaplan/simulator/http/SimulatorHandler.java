package io.github.camelanaplan.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single Jetty handler: routes, runs the interceptor chain, calls the route handler and turns exceptions
 * into error envelopes. Handlers do blocking I/O, which suits Jetty's default blocking invocation type.
 */
final class SimulatorHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHandler.class);

    /**
     * Unread request bytes up to this size are drained after an early answer, so the client's keep-alive
     * connection survives (Jetty closes connections with unconsumed content, which clients then hit as EOF).
     */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final Router router;
    private final Interceptors interceptors;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Realm> connectorRealms;

    SimulatorHandler(Router router, Interceptors interceptors, ObjectMapper json, Clock clock,
                     Map<String, Realm> connectorRealms) {
        this.router = router;
        this.interceptors = interceptors;
        this.json = json;
        this.clock = clock;
        this.connectorRealms = Map.copyOf(connectorRealms);
    }

    @Override
    public boolean handle(Request jettyRequest, Response jettyResponse, Callback callback) {
        Realm connectorRealm = connectorRealms.get(jettyRequest.getConnectionMetaData().getConnector().getName());
        Set<Realm> realms = connectorRealm == null ? EnumSet.allOf(Realm.class) : EnumSet.of(connectorRealm);
        ApiRequest request = new ApiRequest(jettyRequest, json, connectorRealm);
        ApiResponse response = new ApiResponse(jettyResponse, json);
        try {
            Router.Resolution resolution = router.resolve(request.method(), request.rawPath(), realms);
            request.match(resolution.match());
            interceptors.run(request, response, (req, res) -> dispatch(resolution, req, res));
            if (!response.isAborted()) {
                request.discardBody(DRAIN_LIMIT);
            }
            complete(response, callback, null);
        } catch (ApiException e) {
            renderError(request, response, callback, e);
        } catch (Throwable t) {
            if (response.isWritten()) {
                LOG.debug("Failure after the response started for {} {}", request.method(), request.path(), t);
                complete(response, callback, t);
            } else {
                LOG.warn("Unexpected failure for {} {}", request.method(), request.path(), t);
                renderError(request, response, callback, ApiException.internalError("Internal Server Error"));
            }
        }
        return true;
    }

    private static void dispatch(Router.Resolution resolution, ApiRequest request, ApiResponse response)
            throws Exception {
        if (resolution.match() == null) {
            throw resolution.pathKnown() ? ApiException.methodNotAllowed() : ApiException.notFound();
        }
        resolution.match().route().handler().handle(request, response);
        if (!response.isWritten()) {
            throw new IllegalStateException("route " + resolution.match().route().template() + " wrote no response");
        }
    }

    private void renderError(ApiRequest request, ApiResponse response, Callback callback, ApiException error) {
        if (response.isWritten()) {
            complete(response, callback, error);
            return;
        }
        try {
            if (!request.discardBody(DRAIN_LIMIT)) {
                response.header("Connection", "close");
            }
            Object body = error.body() != null ? error.body()
                    : Envelopes.error(error.status(), error.getMessage(), request.path(), clock.instant());
            response.json(error.status(), body);
            complete(response, callback, null);
        } catch (Throwable t) {
            complete(response, callback, t);
        }
    }

    private static void complete(ApiResponse response, Callback callback, Throwable failure) {
        if (failure == null && !response.isAborted()) {
            callback.succeeded();
        } else {
            callback.failed(failure != null ? failure : new java.io.IOException("connection aborted"));
        }
    }
}
