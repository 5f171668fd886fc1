package io.github.camelanaplan.simulator.transactional;

import io.github.camelanaplan.simulator.SimulatorContext;
import io.github.camelanaplan.simulator.SimulatorModule;
import io.github.camelanaplan.simulator.auth.AccessControl;
import java.nio.file.Path;

/**
 * The transactional API: list metadata, list items (read, add, update, delete, reset index), view data,
 * module cell writes, large-volume read requests for lists and views, and model status/open/close.
 *
 * <p>Publishes {@link TransactionalSettings} (live limits, for tests), {@link GeneratedLists} (million-item
 * lists for benchmarks) and {@link ModelPresence} (open/closed models). Needs the {@link AccessControl}
 * service of the auth module, so it is installed after it.
 */
public final class TransactionalModule implements SimulatorModule {

    private final TransactionalLimits limits;

    /** With Anaplan's documented limits. */
    public TransactionalModule() {
        this(TransactionalLimits.defaults());
    }

    public TransactionalModule(TransactionalLimits limits) {
        this.limits = limits;
    }

    @Override
    public void install(SimulatorContext context) {
        TransactionalSettings settings = new TransactionalSettings(limits);
        GeneratedLists generated = new GeneratedLists();
        ModelPresence presence = new ModelPresence();
        context.register(TransactionalSettings.class, settings);
        context.register(GeneratedLists.class, generated);
        context.register(ModelPresence.class, presence);

        Lookups lookups = new Lookups(context.tenant(), context.require(AccessControl.class));
        ListSources sources = new ListSources(generated);
        ListIndexes indexes = new ListIndexes();
        // Pages live beside the file store, inside the simulator's data directory, and go with the simulator.
        Path pages = context.files().root().resolveSibling("read-requests");
        ReadRequests readRequests = new ReadRequests(pages, context.scheduler(), context.clock(), settings,
                context.random());
        context.onClose(readRequests);
        readRequests.startExpiry();

        new ListReadEndpoints(lookups, sources, indexes, settings, context.json()).register(context.router());
        new ListWriteEndpoints(lookups, sources, indexes, settings).register(context.router());
        new ViewDataEndpoints(lookups, settings, context.json()).register(context.router());
        new CellWriteEndpoints(lookups, settings).register(context.router());
        new ReadRequestEndpoints(lookups, sources, readRequests).register(context.router());
        new ModelStatusEndpoints(lookups, presence, context.clock()).register(context.router());
    }
}
