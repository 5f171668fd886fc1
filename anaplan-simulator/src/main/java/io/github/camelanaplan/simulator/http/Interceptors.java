package io.github.camelanaplan.simulator.http;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The ordered interceptor chain. Interceptors can be added and removed while the server runs (tests toggle faults). */
public final class Interceptors {

    private final List<RequestInterceptor> chain = new CopyOnWriteArrayList<>();

    public synchronized void add(RequestInterceptor interceptor) {
        chain.add(interceptor);
        chain.sort(Comparator.comparingInt(RequestInterceptor::order));
    }

    public synchronized void remove(RequestInterceptor interceptor) {
        chain.remove(interceptor);
    }

    public List<RequestInterceptor> list() {
        return List.copyOf(chain);
    }

    void run(ApiRequest request, ApiResponse response, RequestInterceptor.Chain terminal) throws Exception {
        proceed(List.copyOf(chain), 0, request, response, terminal);
    }

    private static void proceed(List<RequestInterceptor> snapshot, int index, ApiRequest request,
                                ApiResponse response, RequestInterceptor.Chain terminal) throws Exception {
        if (response.isWritten()) {
            return;
        }
        if (index == snapshot.size()) {
            terminal.proceed(request, response);
            return;
        }
        snapshot.get(index).intercept(request, response,
                (req, res) -> proceed(snapshot, index + 1, req, res, terminal));
    }
}
