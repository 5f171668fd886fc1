package io.github.camelanaplan.quarkus.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.camelanaplan.client.task.TaskStatus;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reflection sweep, run over a Jandex index of the real anaplan-client classes. */
class AnaplanProcessorTest {

    @Test
    void theSweepTakesTheJsonPackagesAndOnlyTheNamedAuthTypes() throws Exception {
        Set<String> types = AnaplanProcessor.jsonTypes(combined(indexOfClient()));

        assertThat(types).contains(
                "io.github.camelanaplan.client.task.TaskStatus",
                "io.github.camelanaplan.client.metadata.FileInfo",
                "io.github.camelanaplan.client.transactional.ListMetadata",
                "io.github.camelanaplan.client.auth.TokenServiceResponse$TokenInfo",
                "io.github.camelanaplan.client.auth.OAuthRefreshTokenAuthenticator$OAuthTokenResponse");
        // Credentials and authenticators stay out: reflection on them would only widen the native image.
        assertThat(types).noneMatch(name -> name.startsWith("io.github.camelanaplan.client.auth.")
                && !AnaplanProcessor.AUTH_RESPONSE_TYPES.contains(name));
        assertThat(types).doesNotContain("io.github.camelanaplan.client.ModelClient");
    }

    @Test
    void everyNamedAuthTypeExistsInTheClient() throws Exception {
        // The auth types are listed by name; a rename in the client must fail here, not in a native image.
        Index index = indexOfClient();
        for (String name : AnaplanProcessor.AUTH_RESPONSE_TYPES) {
            assertThat(index.getClassByName(name)).as(name).isNotNull();
        }
    }

    @Test
    void anIndexWithoutTheClientStopsTheBuild() {
        Index empty = new Indexer().complete();
        assertThatThrownBy(() -> AnaplanProcessor.jsonTypes(combined(empty)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("anaplan-client");
    }

    private static CombinedIndexBuildItem combined(Index index) {
        return new CombinedIndexBuildItem(index, index);
    }

    /** Indexes the client's classes wherever they are: a jar in a plain build, a directory in an IDE. */
    private static Index indexOfClient() throws IOException {
        Path location = Path.of(URI.create(
                TaskStatus.class.getProtectionDomain().getCodeSource().getLocation().toString()));
        Indexer indexer = new Indexer();
        if (Files.isDirectory(location)) {
            indexClasses(location, indexer);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                indexClasses(jar.getPath("/"), indexer);
            }
        }
        return indexer.complete();
    }

    private static void indexClasses(Path root, Indexer indexer) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
    }
}
