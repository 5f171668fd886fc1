package io.github.camelanaplan.simulator.api;

import io.github.camelanaplan.simulator.SimulatorContext;
import io.github.camelanaplan.simulator.SimulatorModule;
import io.github.camelanaplan.simulator.auth.AccessControl;

/** Integration API metadata endpoints and files/chunks. Needs the auth module's {@link AccessControl}. */
public final class ApiModule implements SimulatorModule {

    @Override
    public void install(SimulatorContext context) {
        AccessControl access = context.require(AccessControl.class);
        new TenantEndpoints(context.tenant(), access).register(context.router());
        new ModelStructureEndpoints(context.tenant(), access).register(context.router());
        new ActionEndpoints(access, context.files()).register(context.router());
        new FileEndpoints(access, context.files()).register(context.router());
    }
}
