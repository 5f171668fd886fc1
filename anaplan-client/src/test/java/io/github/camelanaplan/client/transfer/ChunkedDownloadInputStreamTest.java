package io.github.camelanaplan.client.transfer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reuse of chunk arrays: bounded, and never overwriting a chunk before the reader is done with it. */
class ChunkedDownloadInputStreamTest {

    private static final int CHUNK = 64 * 1024;

    private final ExecutorService transfers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        transfers.shutdownNow();
    }

    @Test
    void equalChunksAreReadIntoAFewArraysOverAndOverWithoutCorruption() throws IOException {
        int chunks = 40;
        int inFlight = 3;
        Set<byte[]> arrays = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        List<String> ids = IntStream.range(0, chunks).mapToObj(Integer::toString).toList();
        ChunkFetcher fetcher = (id, buffers) -> {
            int length = id.equals(Integer.toString(chunks - 1)) ? CHUNK / 2 : CHUNK;
            byte[] body = buffers.allocate(length);
            arrays.add(body);
            Arrays.fill(body, (byte) Integer.parseInt(id));
            return body;
        };

        try (ChunkedDownloadInputStream in = new ChunkedDownloadInputStream(ids, fetcher, transfers, inFlight)) {
            byte[] slice = new byte[CHUNK / 7];
            long offset = 0;
            for (int n; (n = in.read(slice)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    // a chunk array handed to a later fetch while still being read would show that chunk's byte
                    assertThat(slice[i]).as("byte %d", offset + i).isEqualTo((byte) ((offset + i) / CHUNK));
                }
                offset += n;
                Thread.yield();
            }
            assertThat(offset).isEqualTo((long) (chunks - 1) * CHUNK + CHUNK / 2);
        }
        // the fetches ahead, the chunk being read and the shorter last chunk
        assertThat(arrays).hasSizeLessThanOrEqualTo(inFlight + 2);
    }
}
