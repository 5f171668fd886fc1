package io.github.camelanaplan.simulator.tasks;

import io.github.camelanaplan.simulator.SimulatorContext;
import io.github.camelanaplan.simulator.SimulatorModule;
import io.github.camelanaplan.simulator.auth.AccessControl;

/**
 * Tasks of imports, exports, processes and other actions: the task engine, the task and dump endpoints,
 * the busy-model interceptor, and the {@link TaskControl} service. Needs the auth module's
 * {@link AccessControl}, so it installs after it.
 */
public final class TasksModule implements SimulatorModule {

    @Override
    public void install(SimulatorContext context) {
        AccessControl access = context.require(AccessControl.class);
        TaskEngine engine = new TaskEngine(context.tenant(), context.files(), context.scheduler(), context.clock(),
                context.random(), TaskSettings.defaults(context.config().taskDuration()));
        context.register(TaskControl.class, engine);
        new TaskEndpoints(access, engine).register(context.router());
        new DumpEndpoints(access, engine, context.files()).register(context.router());
        context.interceptors().add(new ModelBusyInterceptor(engine));
    }
}
