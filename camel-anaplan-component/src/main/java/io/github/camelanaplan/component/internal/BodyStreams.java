package io.github.camelanaplan.component.internal;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Turns a message body into a stream to upload, and tells its length when it is known without reading it, so that
 * known-length uploads can declare their chunk count up front.
 */
public final class BodyStreams {

    /** A body ready to upload; {@code length} is -1 when unknown. */
    public record UploadBody(InputStream stream, long length) {
    }

    private BodyStreams() {
    }

    public static UploadBody open(Exchange exchange) {
        Message message = exchange.getMessage();
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: give the content to upload as an InputStream,"
                                               + " byte[], String, File, Path, a Camel file, or anything convertible to an InputStream");
        }
        try {
            if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
                return new UploadBody(Files.newInputStream(file.toPath()), file.length());
            }
            if (body instanceof File file) {
                return new UploadBody(Files.newInputStream(file.toPath()), file.length());
            }
            if (body instanceof Path path) {
                return new UploadBody(Files.newInputStream(path), Files.size(path));
            }
            if (body instanceof byte[] bytes) {
                return new UploadBody(new ByteArrayInputStream(bytes), bytes.length);
            }
            if (body instanceof StreamCache cache) {
                cache.reset();
                long length = cache.length();
                return new UploadBody(message.getBody(InputStream.class), length > 0 ? length : -1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message body to upload: " + e.getMessage(), e);
        }
        InputStream stream = message.getBody(InputStream.class);
        if (stream == null) {
            throw new IllegalArgumentException("Cannot upload a message body of type " + body.getClass().getName()
                                               + ": give an InputStream, byte[], String, File, Path, a Camel file, or a type"
                                               + " Camel can convert to an InputStream");
        }
        return new UploadBody(stream, -1);
    }
}
