package io.github.camelanaplan.client.http;

/** Supplies the {@code Authorization} header of Integration API requests and repairs it after a 401. */
public interface RequestAuthorizer {

    /**
     * @return the header to send now, obtaining or refreshing a token first when needed
     */
    AuthorizationHeader current();

    /**
     * Called when the server answered 401 to a request sent with {@code rejected}. Implementations re-authenticate
     * at most once for any number of concurrent callers holding the same rejected header, and hand a caller whose
     * header is already outdated the current one without re-authenticating.
     *
     * @param rejected the header the 401 answered
     * @return the header to retry with
     */
    AuthorizationHeader afterRejection(AuthorizationHeader rejected);
}
