package io.github.camelanaplan.simulator.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads model files. JSON is valid YAML, so one YAML parser reads both. */
public final class ModelFileLoader {

    /** Classpath resource of the shipped demo tenant. */
    public static final String DEMO_RESOURCE = "/io/github/camelanaplan/simulator/demo-model.yaml";

    private final ObjectMapper yaml;

    public ModelFileLoader() {
        yaml = new ObjectMapper(new YAMLFactory());
        // Typos in a model file should fail loudly rather than silently drop an object.
        yaml.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public ModelFile load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model file " + path, e);
        }
    }

    public ModelFile demo() {
        try (InputStream in = ModelFileLoader.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo model resource missing: " + DEMO_RESOURCE);
            }
            return read(in, DEMO_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo model", e);
        }
    }

    public ModelFile read(InputStream in, String origin) throws IOException {
        try {
            return yaml.readValue(in, ModelFile.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid model file " + origin + ": " + e.getOriginalMessage(), e);
        }
    }
}
