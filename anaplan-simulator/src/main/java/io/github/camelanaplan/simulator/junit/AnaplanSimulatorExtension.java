package io.github.camelanaplan.simulator.junit;

import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.SimulatorConfig;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one simulator per test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.builder()
 *         .configure(c -> c.tokenLifetime(Duration.ofSeconds(2)))
 *         .build();
 *
 * @Test
 * void test(AnaplanSimulator simulator) { ... }
 * }</pre>
 *
 * Register it on a static field so it starts before all tests and stops after them; {@link AnaplanSimulator}
 * parameters of tests and lifecycle methods are injected.
 */
public final class AnaplanSimulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final SimulatorConfig config;
    private AnaplanSimulator simulator;

    private AnaplanSimulatorExtension(SimulatorConfig config) {
        this.config = config;
    }

    /** An extension with the default config (demo model, random port). */
    public static AnaplanSimulatorExtension withDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running simulator; started on first use if the extension was registered on an instance field. */
    public synchronized AnaplanSimulator simulator() {
        if (simulator == null) {
            simulator = AnaplanSimulator.start(config);
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == AnaplanSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }

    /** Configures the simulator the extension starts. */
    public static final class Builder {

        private final SimulatorConfig.Builder config = SimulatorConfig.builder();

        private Builder() {
        }

        /** Adjusts the simulator config, e.g. {@code c -> c.user("a@b.c:pw").authPort(0)}. */
        public Builder configure(Consumer<SimulatorConfig.Builder> customizer) {
            customizer.accept(config);
            return this;
        }

        public AnaplanSimulatorExtension build() {
            return new AnaplanSimulatorExtension(config.build());
        }
    }
}
