package io.github.camelanaplan.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Gives each test class a fresh work directory, so files left by an earlier run cannot satisfy an assertion. */
final class WorkDirectory {

    private WorkDirectory() {
    }

    /**
     * Deletes {@code dir} with its content, if present.
     *
     * @param dir the directory
     * @return {@code dir}
     */
    static Path clean(String dir) {
        Path path = Path.of(dir);
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    /**
     * Lists the regular files of a folder.
     *
     * @param dir the folder
     * @return its files, empty when it does not exist yet
     */
    static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a file, or returns empty text while it does not exist.
     *
     * @param file the file
     * @return its content
     */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
