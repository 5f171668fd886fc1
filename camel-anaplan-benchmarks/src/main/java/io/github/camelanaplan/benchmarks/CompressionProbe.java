package io.github.camelanaplan.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * How fast one core gzips the benchmark CSV at a given level, and how small it gets: the figures behind the
 * compression default, since a gzip upload is limited by whichever is slower, the compressing cores or the wire.
 */
final class CompressionProbe {

    private CompressionProbe() {
    }

    static String measure(long bytes, int level) throws IOException {
        CountingSink sink = new CountingSink();
        byte[] buffer = new byte[1 << 20];
        RealisticCsv csv = new RealisticCsv(bytes, 42);
        long start = System.nanoTime();
        try (GZIPOutputStream gzip = new GZIPOutputStream(sink, 64 * 1024) {
            {
                def.setLevel(level);
            }
        }) {
            for (int n; (n = csv.read(buffer, 0, buffer.length)) > 0; ) {
                gzip.write(buffer, 0, n);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "gzip level %d on one core: %.0f MiB/s of CSV in, %.1f%% of the size out",
                level, bytes / 1048576.0 / seconds, 100.0 * sink.count / bytes);
    }


    private static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
