package io.github.camelanaplan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Puts the CSV files shipped with the example into the inboxes the file routes watch, so a plain run has work to do.
 * Each inbox gets its own copy because the file consumer moves a file away once it is imported.
 */
final class SampleFiles {

    /**
     * One sample and where it goes.
     *
     * @param resource classpath resource under {@code samples/}
     * @param inbox    folder under the work directory
     */
    record Sample(String resource, String inbox) {
    }

    /** A clean products file, one with bad rows (so a failure dump appears) and the sales file. */
    static final List<Sample> SAMPLES = List.of(
            new Sample("products.csv", "inbox/products"),
            new Sample("products-bad-rows.csv", "inbox/products"),
            new Sample("sales.csv", "inbox/sales"));

    private SampleFiles() {
    }

    /**
     * Copies every sample into its inbox under {@code workDir}, creating the folders.
     *
     * @param workDir the demo's work directory
     */
    static void copyTo(Path workDir) {
        for (Sample sample : SAMPLES) {
            Path target = workDir.resolve(sample.inbox()).resolve(sample.resource());
            try (InputStream in = SampleFiles.class.getResourceAsStream("/samples/" + sample.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Sample resource missing from the jar: " + sample.resource());
                }
                Files.createDirectories(target.getParent());
                // Written under a temporary name and moved, so the file consumer never reads half a file.
                Path partial = target.resolveSibling("." + sample.resource() + ".part");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy sample " + sample.resource() + " to " + target, e);
            }
        }
    }
}
