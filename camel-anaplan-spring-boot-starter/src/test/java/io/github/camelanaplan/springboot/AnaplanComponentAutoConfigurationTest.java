package io.github.camelanaplan.springboot;

import io.github.camelanaplan.component.AnaplanComponent;
import io.github.camelanaplan.component.AnaplanConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The switches and bean references of the auto-configuration, without a network. */
class AnaplanComponentAutoConfigurationTest {

    private static final int DEFAULT_CHUNK_SIZE = new AnaplanConfiguration().getChunkSize();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    AnaplanComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.anaplan.chunk-size=2097152");

    @Test
    void thePropertiesAreAppliedWhenNothingIsSwitchedOff() {
        runner.run(context -> assertThat(anaplan(context).getConfiguration().getChunkSize()).isEqualTo(2097152));
    }

    @Test
    void durationsTakeUnitsAndPlainNumbersAreMilliseconds() {
        runner.withPropertyValues("camel.component.anaplan.task-timeout=10m",
                        "camel.component.anaplan.poll-max-delay=2500")
                .run(context -> {
                    AnaplanConfiguration configuration = anaplan(context).getConfiguration();
                    assertThat(configuration.getTaskTimeout()).isEqualTo(600_000L);
                    assertThat(configuration.getPollMaxDelay()).isEqualTo(2_500L);
                });
    }

    @Test
    void disablingTheComponentLeavesItAsCamelCreatesIt() {
        runner.withPropertyValues("camel.component.anaplan.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(AnaplanComponentConfiguration.class);
            assertThat(anaplan(context).getConfiguration().getChunkSize()).isEqualTo(DEFAULT_CHUNK_SIZE);
        });
    }

    @Test
    void disablingTheCustomizerKeepsThePropertiesOffTheComponent() {
        runner.withPropertyValues("camel.component.anaplan.customizer.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(AnaplanComponentConfiguration.class);
            assertThat(anaplan(context).getConfiguration().getChunkSize()).isEqualTo(DEFAULT_CHUNK_SIZE);
        });
    }

    @Test
    void disablingAllComponentCustomizersAlsoAppliesToThisOne() {
        runner.withPropertyValues("camel.component.customizer.enabled=false").run(context ->
                assertThat(anaplan(context).getConfiguration().getChunkSize()).isEqualTo(DEFAULT_CHUNK_SIZE));
    }

    @Test
    void anObjectOptionNamesASpringBean() {
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("anaplanTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues("camel.component.anaplan.ssl-context-parameters=#bean:anaplanTls")
                .run(context -> assertThat(anaplan(context).getConfiguration().getSslContextParameters())
                        .isSameAs(tls));
    }

    @Test
    void textThatIsNotABeanReferenceFailsTheStartup() {
        runner.withPropertyValues("camel.component.anaplan.ssl-context-parameters=anaplanTls")
                .run(context -> assertThat(context).hasFailed());
    }

    private static AnaplanComponent anaplan(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("anaplan", AnaplanComponent.class);
    }
}
