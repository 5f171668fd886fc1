package io.github.camelanaplan.client.transactional;

import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.RequestInterceptor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** Notes "METHOD /path" of every request reaching the simulator, before faults are injected. */
final class TxTraffic implements RequestInterceptor {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        seen.add(request.method() + " " + request.path());
        chain.proceed(request, response);
    }

    long count(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return seen.stream().filter(s -> pattern.matcher(s).find()).count();
    }

    void clear() {
        seen.clear();
    }
}
