package io.github.camelanaplan.component.internal;

import io.github.camelanaplan.component.AnaplanConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSettingsTest {

    @Test
    void equalOptionsGiveEqualKeysAndToStringHidesSecrets() {
        AnaplanConfiguration a = configuration("s3cret");
        AnaplanConfiguration b = configuration("s3cret");
        assertThat(ClientSettings.of(a)).isEqualTo(ClientSettings.of(b));
        assertThat(ClientSettings.of(a)).isNotEqualTo(ClientSettings.of(configuration("other")));
        assertThat(ClientSettings.of(a).toString()).doesNotContain("s3cret").doesNotContain("integration@")
                .contains("in***@example.com");
        assertThat(ClientSettings.of(a).authKind()).isEqualTo(AuthKind.BASIC);
    }

    @Test
    void principalsAreMaskedForDisplay() {
        assertThat(ClientSettings.mask("demo@example.com")).isEqualTo("de***@example.com");
        assertThat(ClientSettings.mask("a@example.com")).isEqualTo("a***@example.com");
        assertThat(ClientSettings.mask("plainuser")).isEqualTo("pl***");
    }

    @Test
    void mappingParametersParseAndNameTheirSource() {
        assertThat(MappingParameters.parse("Versions=Actual, Regions = North America", "option x"))
                .extracting(p -> p.entityType() + ":" + p.entityName())
                .containsExactly("Versions:Actual", "Regions:North America");
        assertThat(MappingParameters.parse(" ", "option x")).isEmpty();
    }

    private static AnaplanConfiguration configuration(String password) {
        AnaplanConfiguration configuration = new AnaplanConfiguration();
        configuration.setUsername("integration@example.com");
        configuration.setPassword(password);
        return configuration;
    }
}
