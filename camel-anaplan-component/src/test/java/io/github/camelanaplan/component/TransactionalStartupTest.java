package io.github.camelanaplan.component;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad values of the transactional options stop the route from starting, naming the value and the valid ones. */
class TransactionalStartupTest {

    /** Nothing listens there: these routes must fail before any connection is made. */
    private static final String CREDENTIALS
            = "apiBaseUrl=http://127.0.0.1:1/2/0&authBaseUrl=http://127.0.0.1:1&username=u@example.com&password=RAW(pw)";

    @Test
    void anInvalidListWriteModeFailsAtStart() {
        assertStartFails("anaplan:list-write?list=Products&listWriteMode=merge", "Invalid option listWriteMode 'merge'",
                "add, update, upsert, delete");
    }

    @Test
    void anInvalidOutputFormatFailsAtStart() {
        assertStartFails("anaplan:list-read?list=Products&outputFormat=xml", "Invalid option outputFormat 'xml'", "list, json, csv");
    }

    @Test
    void otherBadValuesFailAtStart() {
        assertStartFails("anaplan:list-read?largeRead=sometimes", "Invalid option largeRead 'sometimes'", "auto, always, never");
        assertStartFails("anaplan:list-write?listBatchSize=0", "listBatchSize", "between 1 and 100000");
        assertStartFails("anaplan:cell-write?cellsPerRequest=200000", "cellsPerRequest", "between 1 and 100000");
        assertStartFails("anaplan:view-read?exportType=PDF", "Invalid option exportType 'PDF'", "GRID_ALL_PAGES");
        assertStartFails("anaplan:view-read?pageSelectors=Regions", "Invalid page selector 'Regions'", "Dimension:Item");
    }

    @Test
    void aWellConfiguredTransactionalEndpointStarts() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(StartupAssertions.route("anaplan:list-write?list=Products&listWriteMode=delete&outputFormat=csv&largeRead=never"
                                    + "&pageSelectors=RAW(Regions:Japan,Versions:Actual)&" + CREDENTIALS));
            context.start();
            assertThat(context.getRoute("probe")).isNotNull();
        }
    }

    private static void assertStartFails(String uri, String... messageParts) {
        StartupAssertions.assertStartFails(uri + (uri.contains("?") ? "&" : "?") + CREDENTIALS, messageParts);
    }
}
