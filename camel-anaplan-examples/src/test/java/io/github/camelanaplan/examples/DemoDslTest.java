package io.github.camelanaplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading {@code demo.dsl}. */
class DemoDslTest {

    @Test
    void acceptsTheThreeDslsInAnyCase() {
        assertThat(DemoDsl.parse("java")).isEqualTo(DemoDsl.JAVA);
        assertThat(DemoDsl.parse(" YAML ")).isEqualTo(DemoDsl.YAML);
        assertThat(DemoDsl.parse("Xml")).isEqualTo(DemoDsl.XML);
        assertThat(DemoDsl.YAML.label()).isEqualTo("yaml");
    }

    @Test
    void anUnknownDslNamesTheValidOnes() {
        assertThatThrownBy(() -> DemoDsl.parse("kotlin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demo.dsl=kotlin is not a DSL of the example; use one of java, yaml, xml");
    }
}
