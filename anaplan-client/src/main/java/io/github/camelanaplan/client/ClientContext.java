package io.github.camelanaplan.client;

import io.github.camelanaplan.client.http.Pager;
import io.github.camelanaplan.client.http.Transport;
import io.github.camelanaplan.client.resolve.NameResolver;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/** What an {@link AnaplanClient} shares with the {@link ModelClient}s it creates. */
record ClientContext(AnaplanClientConfig config, Transport transport, Pager pager, NameResolver names,
                     ExecutorService transfers, ScheduledExecutorService scheduler) {
}
