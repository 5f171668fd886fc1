package io.github.camelanaplan.simulator.faults;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.InterceptorOrder;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Injects the faults drawn from the current {@link FaultSettings}. It sits in the gateway slot, before
 * authentication, so faults hit requests whatever their token, as an overloaded front end would.
 */
final class FaultInterceptor implements RequestInterceptor {

    private static final List<String> ACTION_KINDS = List.of("imports", "exports", "processes", "actions");

    private final StatsCounter stats;
    private volatile FaultPlan plan = new FaultPlan(FaultSettings.none());

    FaultInterceptor(StatsCounter stats) {
        this.stats = stats;
    }

    @Override
    public int order() {
        return InterceptorOrder.FAULT_INJECTION;
    }

    FaultSettings settings() {
        return plan.settings();
    }

    void settings(FaultSettings settings) {
        plan = new FaultPlan(settings);
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        FaultPlan current = plan;
        FaultKind kind = current.draw(RouteFamily.of(request), request.path());
        if (kind == null) {
            chain.proceed(request, response);
            return;
        }
        FaultSettings settings = current.settings();
        switch (kind) {
            case ERROR_500 -> throw injected(kind, new ApiException(500, "Internal Server Error"));
            case ERROR_503 -> throw injected(kind, new ApiException(503, "Service Unavailable"));
            case TOO_MANY_REQUESTS -> {
                response.header("Retry-After", Integer.toString(settings.retryAfterSeconds()));
                throw injected(kind, new ApiException(429, "Too Many Requests"));
            }
            case RESET_REQUEST_BODY -> resetMidRequestBody(request, response, chain, settings.cutAfterBytes());
            case TRUNCATE_RESPONSE_BODY -> {
                response.wrapOutput(out -> new TruncatingOutputStream(out, settings.cutAfterBytes(),
                        () -> drop(response, kind)));
                chain.proceed(request, response);
            }
            case DELAY -> {
                stats.fault(kind);
                Sleep.of(Duration.ofMillis(settings.delayMillis()));
                chain.proceed(request, response);
            }
            case RESET_AFTER_TASK_START -> resetAfterTaskStart(request, response, chain);
            default -> chain.proceed(request, response);
        }
    }

    private ApiException injected(FaultKind kind, ApiException error) {
        stats.fault(kind);
        return error;
    }

    /**
     * Reads part of the body and drops the connection without running the handler. A request without a body
     * has nothing to cut, so it goes through untouched.
     */
    private void resetMidRequestBody(ApiRequest request, ApiResponse response, Chain chain, int cutAfter)
            throws Exception {
        long declared = request.contentLength();
        boolean hasBody = declared > 0 || request.header("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.proceed(request, response);
            return;
        }
        long toRead = declared > 0 ? Math.min(cutAfter, declared / 2) : cutAfter;
        InputStream body = request.body();
        byte[] buffer = new byte[(int) Math.min(Math.max(toRead, 1), 8192)];
        long read = 0;
        while (read < toRead) {
            int n = body.read(buffer, 0, (int) Math.min(buffer.length, toRead - read));
            if (n < 0) {
                break;
            }
            read += n;
        }
        // Closing with unread request bytes makes the kernel answer with a TCP reset: the client's upload fails.
        drop(response, FaultKind.RESET_REQUEST_BODY);
    }

    /**
     * Runs a task start to completion, so the task exists, then drops the connection instead of answering. A
     * client that retries blindly starts the task twice; a careful one looks at the task list first.
     */
    private void resetAfterTaskStart(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        if (!isTaskStart(request)) {
            chain.proceed(request, response);
            return;
        }
        response.wrapOutput(out -> new DroppingOutputStream(() -> drop(response, FaultKind.RESET_AFTER_TASK_START)));
        chain.proceed(request, response);
        if (!response.isAborted()) {
            // The handler answered without a body stream (no content): nothing has been sent yet either.
            drop(response, FaultKind.RESET_AFTER_TASK_START);
        }
    }

    private void drop(ApiResponse response, FaultKind kind) {
        stats.fault(kind);
        response.abortConnection();
    }

    /** {@code POST .../imports|exports|processes|actions/{id}/tasks}: the requests that create a task. */
    private static boolean isTaskStart(ApiRequest request) {
        List<String> segments = RouteFamily.segments(request.path());
        int size = segments.size();
        return "POST".equalsIgnoreCase(request.method()) && size >= 3 && segments.get(size - 1).equals("tasks")
                && ACTION_KINDS.contains(segments.get(size - 3));
    }
}
