package io.github.camelanaplan.examples;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator with its demo model, started at once (the component options need its URLs before the routes start)
 * and closed as a Camel service when the context stops, so its port and data directory never outlive the demo.
 */
final class EmbeddedSimulator extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSimulator.class);

    static final String DEMO_USER = "demo@example.com";
    static final String DEMO_PASSWORD = "demo-password";

    private final AnaplanSimulator simulator;

    private EmbeddedSimulator(AnaplanSimulator simulator) {
        this.simulator = simulator;
    }

    /** @return a running simulator serving the demo model on a free local port */
    static EmbeddedSimulator startDemo() {
        EmbeddedSimulator embedded = new EmbeddedSimulator(AnaplanSimulator.start(SimulatorConfig.builder().build()));
        LOG.info("No ANAPLAN_USERNAME/ANAPLAN_PASSWORD given: started the embedded Anaplan simulator at {}",
                embedded.simulator.apiBaseUrl());
        return embedded;
    }

    /** @return the demo user's view of the simulator as a target */
    AnaplanTarget target() {
        return new AnaplanTarget(simulator.apiBaseUrl(), simulator.authBaseUrl(), DEMO_USER, DEMO_PASSWORD,
                AnaplanTarget.DEMO_WORKSPACE, AnaplanTarget.DEMO_MODEL);
    }

    @Override
    protected void doStop() {
        simulator.close();
        LOG.info("Embedded Anaplan simulator stopped");
    }
}
