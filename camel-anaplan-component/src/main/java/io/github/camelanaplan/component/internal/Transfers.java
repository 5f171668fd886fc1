package io.github.camelanaplan.component.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.github.camelanaplan.client.ModelClient;
import io.github.camelanaplan.client.transfer.UploadResult;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;

/**
 * Moves content between exchanges and Anaplan files: the body up, a file down into a stream the exchange closes
 * when it completes, or into a file on disk. Always called on a worker thread.
 */
public final class Transfers {

    /** Content delivered to the route: a stream, or the file written; {@code bytes} is -1 for a stream. */
    public record Delivery(Object body, long bytes) {
    }

    private Transfers() {
    }

    /** Streams the message body into an Anaplan file. The body's stream is closed afterwards. */
    public static UploadResult uploadBody(Exchange exchange, ModelClient model, String fileIdOrName) throws IOException {
        BodyStreams.UploadBody body = BodyStreams.open(exchange);
        try (InputStream in = body.stream()) {
            return model.upload(fileIdOrName, in, body.length());
        }
    }

    /**
     * Hands a downloaded stream to the route, or writes it to {@code outputPath} when set. A stream is closed when
     * the exchange completes, so an abandoned download stops fetching chunks.
     */
    public static Delivery deliver(Exchange exchange, InputStream download, String outputPath) throws IOException {
        if (outputPath == null || outputPath.isBlank()) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange completed) {
                    IOHelper.close(download);
                }
            });
            return new Delivery(download, -1);
        }
        Path target;
        try {
            target = writableTarget(outputPath);
        } catch (IOException | RuntimeException e) {
            IOHelper.close(download);
            throw e;
        }
        long bytes;
        try (InputStream in = download) {
            bytes = writeAtomically(in, target);
        }
        return new Delivery(target.toFile(), bytes);
    }

    /**
     * Writes {@code in} to {@code <target>.part} and moves it onto {@code target}, so a folder watcher never sees half
     * a file; the part file is deleted when writing fails. The caller closes {@code in}.
     *
     * @return the bytes written
     */
    static long writeAtomically(InputStream in, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        long bytes;
        try (OutputStream out = Files.newOutputStream(partial)) {
            bytes = in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return bytes;
    }

    /** The file to write, with its directory created; fails naming outputPath when it cannot be a file. */
    private static Path writableTarget(String outputPath) throws IOException {
        Path target = Path.of(outputPath);
        if (Files.isDirectory(target)) {
            // a move would silently replace an empty directory with the file
            throw new IllegalArgumentException("outputPath " + target + " is a directory; give the path of the file to"
                                               + " write (an existing file is replaced)");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (FileAlreadyExistsException e) {
                throw new IllegalArgumentException("outputPath " + target + " cannot be written: " + parent
                                                   + " exists and is not a directory", e);
            }
        }
        return target;
    }
}
