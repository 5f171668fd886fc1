package io.github.camelanaplan.examples;

import java.nio.file.Path;

import org.apache.camel.test.main.junit5.CamelMainTest;

/** The demo with {@code demo.dsl=yaml}, held to {@link DemoRoutesContract}. */
@CamelMainTest(configurationClasses = DemoConfiguration.class, properties = {
        "demo.dsl=yaml", "demo.workDir=" + YamlDslDemoTest.WORK_DIR,
        DemoRoutesContract.NO_IDLE_STOP, DemoRoutesContract.NO_TIME_LIMIT, DemoRoutesContract.NO_DEMO_EDITS,
        DemoRoutesContract.SYNC_OFTEN, DemoRoutesContract.SYNC_FOREVER })
class YamlDslDemoTest extends DemoRoutesContract {

    static final String WORK_DIR = "target/test-work/yaml-dsl";
    private static final Path WORK = WorkDirectory.clean(WORK_DIR);

    @Override
    DemoDsl dsl() {
        return DemoDsl.YAML;
    }

    @Override
    Path work() {
        return WORK;
    }
}
