package io.github.camelanaplan.client.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.camelanaplan.client.RetryPolicy;
import io.github.camelanaplan.client.error.AnaplanException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Executes {@link ApiRequest}s with everything a production caller needs: the Integration API token, one
 * re-authentication after a 401, retries with exponential backoff and jitter for 429, 5xx and connection failures
 * (honouring {@code Retry-After}), waiting for a busy model (409/423) within the time budget, and mapping of failures
 * to the typed exceptions. Thread-safe.
 *
 * <p>Requests that start a task are never repeated after an ambiguous failure (a 5xx, or a connection failure after
 * the request may have left): the exception is rethrown so the caller can look for the task it may have started.
 */
public final class Transport {

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private final HttpExecutor executor;
    private final RequestAuthorizer authorizer;
    private final RetryPolicy policy;
    private final Json json;
    private final ErrorMapper errors;

    /**
     * @param executor   single-exchange executor
     * @param authorizer source of the Integration API token; may be {@code null} for a transport that only talks to
     *                   the authentication services
     * @param policy     retry policy
     * @param json       JSON codec
     */
    public Transport(HttpExecutor executor, RequestAuthorizer authorizer, RetryPolicy policy, Json json) {
        this.executor = executor;
        this.authorizer = authorizer;
        this.policy = policy;
        this.json = json;
        this.errors = new ErrorMapper(json);
    }

    /** @return the retry policy in force */
    public RetryPolicy policy() {
        return policy;
    }

    /** @return the error mapper, for callers reporting failures they detect themselves */
    public ErrorMapper errors() {
        return errors;
    }

    /**
     * Same transport with another authorizer; shares the connection pool.
     *
     * @param newAuthorizer authorizer for Integration API calls
     * @return the new transport
     */
    public Transport withAuthorizer(RequestAuthorizer newAuthorizer) {
        return new Transport(executor, newAuthorizer, policy, json);
    }

    /** @return the JSON codec */
    public Json json() {
        return json;
    }

    /**
     * Sends the request, retrying as its {@link RetryMode} allows, and decodes the successful response.
     *
     * @param request what to send
     * @param reader  decoder of the 2xx response
     * @param <T>     result type
     * @return decoded result
     * @throws AnaplanException the typed failure once retries are spent
     */
    public <T> T execute(ApiRequest request, ResponseReader<T> reader) {
        long startNanos = System.nanoTime();
        int transientFailures = 0;
        int busyWaits = 0;
        boolean reauthenticated = false;
        AuthorizationHeader authorization = null;
        AuthorizationHeader renewed = null;
        while (true) {
            if (request.authenticated()) {
                // each attempt takes the current token (it may have been refreshed while waiting), except the
                // one right after a 401, which must use the header the re-authentication produced
                authorization = renewed != null ? renewed : requireAuthorizer().current();
                renewed = null;
            }
            RawResponse response;
            long sent = System.nanoTime();
            try {
                response = executor.send(request, authorization);
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw new AnaplanException(request.operation() + " was interrupted", e);
                }
                AnaplanException failure = errors.connectionFailure(request, e);
                boolean ambiguous = !certainlyNotSent(e);
                if (untrustedCertificate(e) || request.retryMode() == RetryMode.SINGLE_ATTEMPT
                        || (request.retryMode() == RetryMode.STARTS_TASK && ambiguous)) {
                    throw failure;
                }
                transientFailures++;
                waitOrThrow(request, failure, transientFailures, transientFailures, null, startNanos);
                continue;
            }
            LOG.debug("{} {} -> {} in {} ms", request.method(), request.path(), response.status(),
                    (System.nanoTime() - sent) / 1_000_000);
            int status = response.status();
            if (response.isSuccess()) {
                try {
                    return reader.read(response);
                } catch (IOException e) {
                    AnaplanException failure = errors.malformed(request, response, e);
                    boolean truncated = e instanceof JsonEOFException || e instanceof JsonParseException;
                    if (!truncated || request.retryMode() != RetryMode.IDEMPOTENT) {
                        throw failure;
                    }
                    transientFailures++;
                    waitOrThrow(request, failure, transientFailures, transientFailures, null, startNanos);
                    continue;
                }
            }
            if (status == 401 && request.authenticated() && !reauthenticated) {
                reauthenticated = true;
                LOG.debug("{} {} got 401; re-authenticating once", request.method(), request.path());
                renewed = requireAuthorizer().afterRejection(authorization);
                continue;
            }
            AnaplanException failure = errors.map(request, response);
            if (status == 429 || isRetryableServerError(status)) {
                boolean ambiguous = status != 429;
                if (request.retryMode() == RetryMode.SINGLE_ATTEMPT
                        || (request.retryMode() == RetryMode.STARTS_TASK && ambiguous)) {
                    throw failure;
                }
                transientFailures++;
                waitOrThrow(request, failure, transientFailures, transientFailures, response.retryAfter(), startNanos);
                continue;
            }
            if (status == 409 || status == 423) {
                if (request.retryMode() == RetryMode.SINGLE_ATTEMPT) {
                    throw failure;
                }
                busyWaits++;
                waitOrThrow(request, failure, 1, busyWaits, response.retryAfter(), startNanos);
                continue;
            }
            throw failure;
        }
    }

    private RequestAuthorizer requireAuthorizer() {
        if (authorizer == null) {
            throw new IllegalStateException("this transport has no authorizer for Integration API requests");
        }
        return authorizer;
    }

    private static boolean isRetryableServerError(int status) {
        return status >= 500 && status != 501 && status != 505;
    }

    /** True for failures that happen before any byte of the request can have reached the server. */
    static boolean certainlyNotSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof HttpHostConnectException
                || e instanceof ConnectTimeoutException
                || e instanceof ConnectionRequestTimeoutException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException;
    }

    /** A server certificate that fails verification will fail the same way on every retry. */
    static boolean untrustedCertificate(IOException e) {
        if (!(e instanceof SSLHandshakeException)) {
            return false;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.security.cert.CertificateException
                    || cause instanceof java.security.GeneralSecurityException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sleeps before the next attempt, or throws {@code failure} when attempts or the time budget are spent.
     *
     * @param attemptsUsed attempts counted against {@code maxAttempts} (busy waits pass 1: they are bounded by time)
     * @param retryNumber  1-based number of this retry, for the backoff curve
     */
    private void waitOrThrow(ApiRequest request, AnaplanException failure, int attemptsUsed, int retryNumber,
                             String retryAfterHeader, long startNanos) {
        if (attemptsUsed >= policy.maxAttempts()) {
            throw failure;
        }
        Duration delay = policy.backoff(retryNumber, () -> ThreadLocalRandom.current().nextDouble());
        if (policy.honourRetryAfter()) {
            Optional<Duration> asked = RetryAfter.parse(retryAfterHeader, Instant.now());
            if (asked.isPresent()) {
                delay = asked.get().compareTo(policy.retryAfterCap()) > 0 ? policy.retryAfterCap() : asked.get();
            }
        }
        long elapsedNanos = System.nanoTime() - startNanos;
        if (elapsedNanos + delay.toNanos() > policy.totalBudget().toNanos()) {
            LOG.debug("{} {}: retry budget of {} spent", request.method(), request.path(), policy.totalBudget());
            throw failure;
        }
        LOG.warn("{} {} failed ({}); retry {} in {} ms", request.method(), request.path(),
                failure.httpStatus() == 0 ? "no response" : "HTTP " + failure.httpStatus(), retryNumber,
                delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            AnaplanException interrupted = new AnaplanException(request.operation()
                    + " was interrupted while waiting to retry", e);
            interrupted.addSuppressed(failure);
            throw interrupted;
        }
    }
}
