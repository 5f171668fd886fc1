package io.github.camelanaplan.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The option and header tables of the docs come from the generated catalog, so they cannot drift: this test fails
 * when the committed {@code docs/component-reference.md} or the generated region of
 * {@code src/main/docs/anaplan-component.adoc} differs from what the catalog renders. Run with
 * {@code -Dupdate.docs=true} to rewrite both after changing options or headers.
 */
class ComponentReferenceDocTest {

    private static final Path CATALOG = Path.of("src/generated/resources/META-INF/io/github/camelanaplan/component/anaplan.json");
    private static final Path REFERENCE = Path.of("docs/component-reference.md");
    private static final Path ADOC = Path.of("src/main/docs/anaplan-component.adoc");
    private static final String START = "// generated-tables: START\n";
    private static final String END = "// generated-tables: END\n";
    private static final boolean UPDATE = Boolean.getBoolean("update.docs");

    @Test
    void markdownReferenceMatchesTheCatalog() throws IOException {
        String expected = ComponentReferenceRenderer.markdown(catalog());
        if (UPDATE) {
            Files.createDirectories(REFERENCE.getParent());
            Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
                .as("%s is out of date: run the module's tests with -Dupdate.docs=true", REFERENCE)
                .isEqualTo(expected);
    }

    @Test
    void asciidocTablesMatchTheCatalog() throws IOException {
        String adoc = Files.readString(ADOC, StandardCharsets.UTF_8);
        int start = adoc.indexOf(START);
        int end = adoc.indexOf(END);
        assertThat(start).as("%s needs the markers %s and %s", ADOC, START.trim(), END.trim()).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String expected = adoc.substring(0, start + START.length()) + ComponentReferenceRenderer.asciidoc(catalog())
                          + adoc.substring(end);
        if (UPDATE) {
            Files.writeString(ADOC, expected, StandardCharsets.UTF_8);
            adoc = expected;
        }
        assertThat(adoc).as("the tables in %s are out of date: run the module's tests with -Dupdate.docs=true", ADOC)
                .isEqualTo(expected);
    }

    private static JsonNode catalog() throws IOException {
        return new ObjectMapper().readTree(CATALOG.toFile());
    }
}
