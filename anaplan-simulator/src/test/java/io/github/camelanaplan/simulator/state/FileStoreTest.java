package io.github.camelanaplan.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {

    @TempDir
    Path dir;

    private FileStore store;

    @BeforeEach
    void open() throws Exception {
        store = new FileStore(dir.resolve("files"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void declaredCountListsPlaceholdersAndCompletesWhenAllChunksArrive() throws Exception {
        store.declare("M", "113000000001", "u1", 3);
        assertThat(store.status("M", "113000000001", "u1").chunkIds()).containsExactly(0, 1, 2);
        assertThat(store.status("M", "113000000001", "u1").complete()).isFalse();

        store.writeChunk("M", "113000000001", "u1", 2, bytes("c"), false);
        store.writeChunk("M", "113000000001", "u1", 0, gzip("a"), true);
        store.writeChunk("M", "113000000001", "u1", 1, bytes("b"), false);

        FileStatus status = store.status("M", "113000000001", "u1");
        assertThat(status.chunkCount()).isEqualTo(3);
        assertThat(status.complete()).isTrue();
        assertThat(read(store.openCompleted("M", "113000000001", "u1").orElseThrow().stream())).isEqualTo("abc");
    }

    @Test
    void unknownCountUploadIsIncompleteUntilCompleted() throws Exception {
        store.declare("M", "F", "u1", -1);
        store.writeChunk("M", "F", "u1", 0, bytes("x"), false);
        store.writeChunk("M", "F", "u1", 1, bytes("y"), false);

        assertThat(store.status("M", "F", "u1").chunkCount()).isEqualTo(-1);
        assertThat(store.openCompleted("M", "F", "u1")).isEmpty();
        assertThat(store.complete("M", "F", "u1")).isEqualTo(2);
        assertThat(read(store.openCompleted("M", "F", "u1").orElseThrow().stream())).isEqualTo("xy");
    }

    @Test
    void contentIsPerUserWithDefaultFallback() throws Exception {
        store.putDefault("M", "F", bytes("default"));
        store.writeWhole("M", "F", "u1", bytes("mine"));

        assertThat(read(store.openAll("M", "F", "u1").orElseThrow().stream())).isEqualTo("mine");
        assertThat(read(store.openAll("M", "F", "u2").orElseThrow().stream())).isEqualTo("default");

        store.delete("M", "F", "u1");
        assertThat(store.openAll("M", "F", "u1")).isEmpty();
        assertThat(store.status("M", "F", "u1").chunkCount()).isEqualTo(1);
    }

    @Test
    void oversizedChunksAreRejected() throws Exception {
        store.declare("M", "F", "u1", 1);
        InputStream huge = new InputStream() {
            private long left = FileStore.MAX_CHUNK_BYTES + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> store.writeChunk("M", "F", "u1", 0, huge, false))
                .isInstanceOf(ChunkTooLargeException.class).hasMessageContaining("50 MB");
        assertThat(store.status("M", "F", "u1").complete()).isFalse();
    }

    @Test
    void exportOutputIsChunkedAndPublishedOnClose() throws Exception {
        try (ChunkedOutputStream out = store.openOutput("M", "116000000001", "u1", 4)) {
            out.write("0123456789".getBytes(StandardCharsets.UTF_8));
            assertThat(store.status("M", "116000000001", "u1").chunkCount()).isZero();
        }
        FileStatus status = store.status("M", "116000000001", "u1");
        assertThat(status.chunkCount()).isEqualTo(3);
        assertThat(status.chunkIds()).containsExactly(0, 1, 2);
        assertThat(read(store.openChunk("M", "116000000001", "u1", 2).orElseThrow().stream())).isEqualTo("89");
        assertThat(read(store.openAll("M", "116000000001", "u1").orElseThrow().stream())).isEqualTo("0123456789");
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream gzip(String text) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(buffer.toByteArray());
    }

    private static String read(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
