package io.github.camelanaplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.BeanInject;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.Test;

/**
 * Loads only the XML DSL products route, through the same {@code camel.main.routes-include-pattern} mechanism the
 * application uses, and checks that it imports its inbox file into the simulator.
 */
@CamelMainTest(configurationClasses = DemoConfiguration.class, properties = {
        "demo.workDir=" + XmlRouteTest.WORK_DIR,
        "camel.main.routes-include-pattern=classpath:routes/*.camel.xml",
        "camel.main.duration-max-idle-seconds=0", "camel.main.duration-max-seconds=0" })
class XmlRouteTest {

    static final String WORK_DIR = "target/test-work/xml-route";
    private static final Path WORK = WorkDirectory.clean(WORK_DIR);

    @BeanInject(DemoSummary.BEAN_NAME)
    DemoSummary summary;

    @Test
    void importsTheInboxFile() throws InterruptedException {
        // The row counts come from the simulator's task result, so they prove the import ran there.
        Eventually.await("the XML route's import", Duration.ofSeconds(20), () -> !summary.events().isEmpty());
        assertThat(summary.events()).containsExactly("XML DSL imported products-xml.csv: 2 rows, 0 rejected");
        assertThat(WorkDirectory.files(WORK.resolve("inbox/products-xml"))).isEmpty();
        // Only the XML route was loaded: the other inboxes keep their files.
        assertThat(WorkDirectory.files(WORK.resolve("inbox/products"))).hasSize(2);
    }
}
