package io.github.camelanaplan.client;

import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.RequestInterceptor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Records every request the simulator receives ("METHOD /path"), outermost in its interceptor chain, so tests can
 * assert what the client really sent over HTTP.
 */
final class RequestLog implements RequestInterceptor {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
        requests.add(request.method() + " " + request.path());
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.startsWith("AnaplanAuthToken ")) {
            authorizations.add(authorization.substring("AnaplanAuthToken ".length()));
        }
        try {
            chain.proceed(request, response);
            statuses.add(response.isAborted() ? 0 : response.status());
        } catch (ApiException e) {
            statuses.add(e.status());
            throw e;
        }
    }

    /** @return how many answers had this status (0 = connection aborted) */
    long countStatus(int status) {
        return statuses.stream().filter(s -> s == status).count();
    }

    /** @return requests whose "METHOD /path" matches the regular expression somewhere */
    long count(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return requests.stream().filter(r -> pattern.matcher(r).find()).count();
    }

    List<String> matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return requests.stream().filter(r -> pattern.matcher(r).find()).toList();
    }

    List<String> all() {
        return List.copyOf(requests);
    }

    /** @return the token value last sent on an Integration API request */
    String lastToken() {
        return authorizations.isEmpty() ? null : authorizations.get(authorizations.size() - 1);
    }

    void clear() {
        requests.clear();
        authorizations.clear();
        statuses.clear();
    }
}
