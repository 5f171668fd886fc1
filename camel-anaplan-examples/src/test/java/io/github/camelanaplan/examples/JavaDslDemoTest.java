package io.github.camelanaplan.examples;

import java.nio.file.Path;

import org.apache.camel.test.main.junit5.CamelMainTest;

/** The demo with {@code demo.dsl=java}, held to {@link DemoRoutesContract}. */
@CamelMainTest(configurationClasses = DemoConfiguration.class, properties = {
        "demo.dsl=java", "demo.workDir=" + JavaDslDemoTest.WORK_DIR,
        DemoRoutesContract.NO_IDLE_STOP, DemoRoutesContract.NO_TIME_LIMIT, DemoRoutesContract.NO_DEMO_EDITS,
        DemoRoutesContract.SYNC_OFTEN, DemoRoutesContract.SYNC_FOREVER })
class JavaDslDemoTest extends DemoRoutesContract {

    static final String WORK_DIR = "target/test-work/java-dsl";
    private static final Path WORK = WorkDirectory.clean(WORK_DIR);

    @Override
    DemoDsl dsl() {
        return DemoDsl.JAVA;
    }

    @Override
    Path work() {
        return WORK;
    }
}
