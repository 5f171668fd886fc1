package io.github.camelanaplan.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel-package-maven-plugin rewrites {@code src/generated} on every build, before the tests run. On CI, which builds
 * a clean checkout, any difference from the committed files means someone changed an option or header without
 * committing what the generator made of it, and a clean checkout's jar would then disagree with the sources.
 * Local builds skip the check, since regenerated files are simply not committed yet there.
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "true")
class GeneratedSourcesCommittedTest {

    @Test
    void regenerationLeavesTheCommittedGeneratedSourcesUnchanged() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "status", "--porcelain", "--", "src/generated")
                .redirectErrorStream(true)
                .start();
        String changes = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).as("git status finished").isTrue();
        assertThat(git.exitValue()).as("git status failed: %s", changes).isZero();
        assertThat(changes)
                .as("The build regenerated src/generated differently from what is committed; commit the regenerated files")
                .isEmpty();
    }
}
