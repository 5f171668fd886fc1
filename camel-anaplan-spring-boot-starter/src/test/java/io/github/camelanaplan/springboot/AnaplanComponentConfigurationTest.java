package io.github.camelanaplan.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the starter in step with the component: every component option of the catalog the camel-anaplan jar ships
 * must have a property of a matching type here, with IDE metadata, and nothing here may outlive its option.
 */
class AnaplanComponentConfigurationTest {

    private static final String CATALOG = "META-INF/io/github/camelanaplan/component/anaplan.json";
    private static final String PREFIX = "camel.component.anaplan.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCatalogOptionHasAPropertyOfAMatchingTypeAndNoPropertyLacksAnOption() throws IOException {
        JsonNode options = read(CATALOG).get("componentProperties");
        Map<String, Field> fields = Arrays.stream(AnaplanComponentConfiguration.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .collect(Collectors.toMap(Field::getName, f -> f));

        Set<String> catalogNames = new TreeSet<>();
        options.fieldNames().forEachRemaining(catalogNames::add);
        assertThat(new TreeSet<>(fields.keySet())).as("properties of AnaplanComponentConfiguration")
                .isEqualTo(catalogNames);

        List<String> mismatches = new ArrayList<>();
        for (String name : catalogNames) {
            String expected = expectedType(options.get(name));
            String actual = fields.get(name).getType().getName();
            if (!expected.equals(actual)) {
                mismatches.add(name + ": " + actual + " but the catalog says " + expected);
            }
        }
        assertThat(mismatches).as("type mismatches").isEmpty();
    }

    @Test
    void theConfigurationProcessorDescribedEveryOptionAndFlaggedTheSecrets() throws IOException {
        JsonNode options = read(CATALOG).get("componentProperties");
        Map<String, JsonNode> metadata = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(p -> metadata.put(p.get("name").asText(), p));

        options.fields().forEachRemaining(option -> {
            String key = PREFIX + kebab(option.getKey());
            assertThat(metadata).as("metadata of " + key).containsKey(key);
            String description = metadata.get(key).path("description").asText();
            assertThat(description).as("description of " + key).isNotBlank();
            if (option.getValue().path("secret").asBoolean()) {
                assertThat(description).as("description of the secret " + key).contains("Secret");
            }
            JsonNode defaultValue = option.getValue().get("defaultValue");
            if (defaultValue != null) {
                assertThat(metadata.get(key).path("defaultValue").asText()).as("default of " + key)
                        .isEqualTo(defaultValue.asText());
            }
        });
        assertThat(metadata).containsKeys(PREFIX + "enabled", PREFIX + "customizer.enabled");
    }

    /**
     * Properties are boxed so that an unset one stays null and is not copied over the component's default; durations
     * are {@code Duration}s so that Spring binds both milliseconds and {@code 5m}.
     */
    private static String expectedType(JsonNode option) {
        return switch (option.get("type").asText()) {
            case "string", "enum" -> String.class.getName();
            case "boolean" -> Boolean.class.getName();
            case "integer" -> Integer.class.getName();
            case "duration" -> java.time.Duration.class.getName();
            default -> option.get("javaType").asText();
        };
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = AnaplanComponentConfigurationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return JSON.readTree(in);
        }
    }
}
