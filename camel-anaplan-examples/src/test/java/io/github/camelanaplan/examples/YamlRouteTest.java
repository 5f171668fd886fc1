package io.github.camelanaplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.BeanInject;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.Test;

/**
 * Loads only the YAML DSL products route, through the same {@code camel.main.routes-include-pattern} mechanism the
 * application uses, and checks that it imports its inbox file into the simulator.
 */
@CamelMainTest(configurationClasses = DemoConfiguration.class, properties = {
        "demo.workDir=" + YamlRouteTest.WORK_DIR,
        "camel.main.routes-include-pattern=classpath:routes/*.camel.yaml",
        "camel.main.duration-max-idle-seconds=0", "camel.main.duration-max-seconds=0" })
class YamlRouteTest {

    static final String WORK_DIR = "target/test-work/yaml-route";
    private static final Path WORK = WorkDirectory.clean(WORK_DIR);

    @BeanInject(DemoSummary.BEAN_NAME)
    DemoSummary summary;

    @Test
    void importsTheInboxFile() throws InterruptedException {
        // The row counts come from the simulator's task result, so they prove the import ran there.
        Eventually.await("the YAML route's import", Duration.ofSeconds(20), () -> !summary.events().isEmpty());
        assertThat(summary.events()).containsExactly("YAML DSL imported products-yaml.csv: 2 rows, 0 rejected");
        assertThat(WorkDirectory.files(WORK.resolve("inbox/products-yaml"))).isEmpty();
        // Only the YAML route was loaded: the other inboxes keep their files.
        assertThat(WorkDirectory.files(WORK.resolve("inbox/products"))).hasSize(2);
    }
}
