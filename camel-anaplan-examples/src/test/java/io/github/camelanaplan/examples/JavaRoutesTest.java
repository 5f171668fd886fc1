package io.github.camelanaplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.camel.BeanInject;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.apache.camel.test.main.junit5.Configure;
import org.junit.jupiter.api.Test;

/**
 * Runs the Java DSL routes of the example against the embedded simulator, as {@code exec:java} does, and checks what
 * they leave behind: the failure dump of the file with bad rows, the export in the outbox, the tasks the consumer saw.
 */
@CamelMainTest(configurationClasses = DemoConfiguration.class, properties = {
        "demo.workDir=" + JavaRoutesTest.WORK_DIR,
        // Only the Java routes: the YAML and XML ones have their own tests.
        "camel.main.routes-include-pattern=classpath:no-routes/*.camel.yaml",
        // The test ends the context itself; Camel Main must not end the JVM.
        "camel.main.duration-max-idle-seconds=0", "camel.main.duration-max-seconds=0" })
class JavaRoutesTest {

    static final String WORK_DIR = "target/test-work/java-routes";
    private static final Path WORK = WorkDirectory.clean(WORK_DIR);
    private static final Duration TIMEOUT = Duration.ofSeconds(25);

    @BeanInject(DemoSummary.BEAN_NAME)
    DemoSummary summary;

    @Configure
    protected void configure(MainConfigurationProperties configuration) {
        ExampleApplication.javaRoutes().forEach(configuration::addRoutesBuilder);
    }

    @Test
    void importsExportsAndReportsEachFinishedTaskOnce() throws InterruptedException {
        Path errors = WORK.resolve("errors");
        // The dump file appears before its last byte is written: wait for the content, not for the name.
        Eventually.await("a failure dump with both rejected rows in " + errors, TIMEOUT,
                () -> WorkDirectory.files(errors).size() == 1
                        && WorkDirectory.read(WorkDirectory.files(errors).get(0)).contains("Invalid parent: Toys"));
        String dump = WorkDirectory.read(WorkDirectory.files(errors).get(0));
        assertThat(dump).contains("Invalid parent: Gadgets").doesNotContain("Product 411");

        // Rows from the products import (Product 401) and from the sales import (777 units of P004 in April).
        Path export = WORK.resolve("outbox/sales-export.csv");
        Eventually.await("the sales export", TIMEOUT,
                () -> WorkDirectory.read(export).contains("Product 004,Northern Europe,Apr 26,Actual,777"));
        assertThat(WorkDirectory.read(export)).contains("Product 401,");

        Eventually.await("the consumer reporting the export task", TIMEOUT,
                () -> summary.finishedTasks().stream().anyMatch(task -> task.startsWith("Sales export task")));
        List<String> tasks = summary.finishedTasks();
        assertThat(tasks).anyMatch(task -> task.startsWith("Products from products.csv task"))
                .anyMatch(task -> task.startsWith("Sales from sales.csv task"))
                .allMatch(task -> task.endsWith(" COMPLETE"))
                .doesNotHaveDuplicates();
        assertThat(summary.events())
                .contains("Java DSL imported products-bad-rows.csv: 2 rows, 2 rejected",
                        "Java DSL imported products.csv: 4 rows, 0 rejected");
    }
}
