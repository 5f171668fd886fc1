package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelanaplan.client.AnaplanClient;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients of one component: one per distinct {@link ClientSettings}, so endpoints with equal connection and
 * credential options share one login. Clients built here are closed (logged out) by {@link #closeAll()}; clients
 * the user provided are only remembered, for the dev console, and never closed.
 */
public final class AnaplanClients {

    private static final Logger LOG = LoggerFactory.getLogger(AnaplanClients.class);

    /** What the dev console may show about a client: no secrets. */
    public record ClientView(String id, String apiBaseUrl, String authBaseUrl, AuthKind authKind, String principal,
                             boolean provided) {
    }

    private final Map<ClientSettings, AnaplanClient> built = new ConcurrentHashMap<>();
    private final Map<AnaplanClient, ClientView> views = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** The shared client for these settings, created on first use. */
    public AnaplanClient acquire(ClientSettings settings, CamelContext camelContext) {
        return built.computeIfAbsent(settings, s -> {
            AnaplanClient client = AnaplanClient.create(ClientConfigFactory.create(s, camelContext));
            ClientView view = new ClientView("client-" + sequence.incrementAndGet(), s.apiBaseUrl(), s.authBaseUrl(),
                    s.authKind(), s.maskedPrincipal(), false);
            views.put(client, view);
            LOG.debug("Created Anaplan client {} for {}", view.id(), s);
            return client;
        });
    }

    /** Remembers a client the user provided, so it has an id and shows in the dev console. */
    public AnaplanClient register(AnaplanClient provided) {
        views.computeIfAbsent(provided, c -> new ClientView("client-" + sequence.incrementAndGet(), c.config().apiBaseUrl(),
                c.config().authBaseUrl(), AuthKind.PROVIDED_CLIENT, "provided client", true));
        return provided;
    }

    /** A stable id of the client within this component, used to key the model queues. */
    public String idOf(AnaplanClient client) {
        ClientView view = views.get(client);
        if (view == null) {
            register(client);
            view = views.get(client);
        }
        return view.id();
    }

    public List<ClientView> describe() {
        List<ClientView> result = new ArrayList<>(views.values());
        result.sort((a, b) -> a.id().compareTo(b.id()));
        return result;
    }

    /** Closes (logs out) every client built here; provided clients are left alone. */
    public void closeAll() {
        for (Map.Entry<ClientSettings, AnaplanClient> entry : built.entrySet()) {
            ClientView view = views.remove(entry.getValue());
            try {
                entry.getValue().close();
                LOG.debug("Closed Anaplan client {}", view == null ? "?" : view.id());
            } catch (RuntimeException e) {
                LOG.warn("Closing Anaplan client {} failed: {}", view == null ? "?" : view.id(), e.getMessage());
            }
        }
        built.clear();
        views.clear();
    }
}
