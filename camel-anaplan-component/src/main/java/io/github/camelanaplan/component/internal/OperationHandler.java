package io.github.camelanaplan.component.internal;

import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

/** One operation of the producer. */
public interface OperationHandler {

    /**
     * Starts handling the exchange without blocking the caller. The future completes once the message holds the
     * result, or exceptionally with what went wrong; the producer then completes the exchange.
     */
    CompletableFuture<Void> handle(Exchange exchange);
}
