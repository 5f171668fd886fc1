package io.github.camelanaplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The choice between the embedded simulator and a real tenant, made from ANAPLAN_* settings. */
class AnaplanTargetTest {

    @Test
    void noCredentialsMeansTheSimulator() {
        assertThat(AnaplanTarget.fromSettings(Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void credentialsBecomeComponentPropertiesWithDemoDefaults() {
        Map<String, String> settings = Map.of("ANAPLAN_USERNAME", "me@example.com", "ANAPLAN_PASSWORD", "s3cret",
                "ANAPLAN_API_BASE_URL", "https://api.eu1.anaplan.com/2/0", "ANAPLAN_MODEL", "Budget");

        AnaplanTarget target = AnaplanTarget.fromSettings(settings::get).orElseThrow();

        assertThat(target.componentProperties()).containsExactly(
                Map.entry("camel.component.anaplan.apiBaseUrl", "https://api.eu1.anaplan.com/2/0"),
                Map.entry("camel.component.anaplan.username", "me@example.com"),
                Map.entry("camel.component.anaplan.password", "s3cret"),
                Map.entry("camel.component.anaplan.workspace", "FP&A Demo"),
                Map.entry("camel.component.anaplan.model", "Budget"));
        assertThat(target.toString()).doesNotContain("s3cret").doesNotContain("me@example.com");
    }

    @Test
    void halfACredentialIsAnError() {
        assertThatThrownBy(() -> AnaplanTarget.fromSettings(Map.of("ANAPLAN_USERNAME", "me@example.com")::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ANAPLAN_PASSWORD");
    }
}
