package io.github.camelanaplan.client;

import io.github.camelanaplan.client.error.AnaplanException;
import io.github.camelanaplan.client.transfer.ChunkedDownloadInputStream;
import io.github.camelanaplan.client.transfer.UploadResult;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.http.ApiException;
import io.github.camelanaplan.simulator.http.ApiRequest;
import io.github.camelanaplan.simulator.http.ApiResponse;
import io.github.camelanaplan.simulator.http.RequestInterceptor;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelanaplan.client.SimulatorClients.MODEL;
import static io.github.camelanaplan.client.SimulatorClients.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkedTransferTest {

    private static final int MIB = 1024 * 1024;

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    private final RequestLog log = new RequestLog();
    private AnaplanSimulator simulator;

    @BeforeEach
    void installLog(AnaplanSimulator simulator) {
        this.simulator = simulator;
        simulator.interceptors().add(log);
    }

    @AfterEach
    void removeLog() {
        simulator.interceptors().remove(log);
    }

    @ParameterizedTest(name = "gzip={0}, inFlight={1}, knownLength={2}")
    @CsvSource({"true,4,false", "false,4,false", "true,1,true", "false,3,true"})
    void uploadThenDownloadIsByteIdentical(boolean gzip, int inFlight, boolean knownLength) throws IOException {
        byte[] content = csv(2 * MIB + 12_345);
        try (AnaplanClient client = client(gzip, inFlight)) {
            ModelClient model = client.model(WORKSPACE, MODEL);
            UploadResult result = model.upload("sales.csv", new ByteArrayInputStream(content),
                    knownLength ? content.length : -1);
            assertThat(result.chunkCount()).isEqualTo(3);
            assertThat(result.bytesRead()).isEqualTo(content.length);
            if (gzip) {
                assertThat(result.bytesSent()).isLessThan(content.length);
            } else {
                assertThat(result.bytesSent()).isEqualTo(content.length);
            }
            assertThat(log.count("^PUT .*/files/113\\d+/chunks/[012]$")).isEqualTo(3);
            assertThat(log.count("^POST .*/files/113\\d+/complete$")).isEqualTo(knownLength ? 0 : 1);

            try (ChunkedDownloadInputStream in = model.download("sales.csv")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void aDownloadOfManyChunksReusingItsArraysIsByteIdentical() throws IOException {
        byte[] content = csv(11 * MIB + 777);
        try (AnaplanClient client = client(false, 2)) {
            ModelClient model = client.model(WORKSPACE, MODEL);
            assertThat(model.upload("sales.csv", new ByteArrayInputStream(content), content.length).chunkCount())
                    .isEqualTo(12);
            try (ChunkedDownloadInputStream in = model.download("sales.csv")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void anEmptyStreamUploadsAnEmptyFile() throws IOException {
        try (AnaplanClient client = client(true, 2)) {
            ModelClient model = client.model(WORKSPACE, MODEL);
            UploadResult result = model.upload("products.csv", InputStream.nullInputStream(), -1);
            assertThat(result.chunkCount()).isEqualTo(1);
            try (InputStream in = model.download("products.csv")) {
                assertThat(in.readAllBytes()).isEmpty();
            }
        }
    }

    @Test
    void aChunkThatFailsOnceIsRetriedAlone() throws IOException {
        byte[] content = csv(3 * MIB);
        AtomicInteger failures = new AtomicInteger();
        RequestInterceptor failChunkOneOnce = new Fault(r -> r.method().equals("PUT")
                && r.path().endsWith("/chunks/1") && failures.getAndIncrement() == 0, 500);
        simulator.interceptors().add(failChunkOneOnce);
        try (AnaplanClient client = client(true, 3)) {
            ModelClient model = client.model(WORKSPACE, MODEL);
            model.upload("sales.csv", new ByteArrayInputStream(content), -1);
            assertThat(log.count("^PUT .*/chunks/1$")).isEqualTo(2);
            assertThat(log.count("^PUT .*/chunks/0$")).isEqualTo(1);
            assertThat(log.count("^PUT .*/chunks/2$")).isEqualTo(1);
            try (InputStream in = model.download("sales.csv")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        } finally {
            simulator.interceptors().remove(failChunkOneOnce);
        }
    }

    @Test
    void aPermanentChunkFailureFailsTheUploadWithoutCompletingIt() {
        byte[] content = csv(5 * MIB);
        RequestInterceptor rejectChunkTwo = new Fault(r -> r.method().equals("PUT")
                && r.path().endsWith("/chunks/2"), 400);
        simulator.interceptors().add(rejectChunkTwo);
        try (AnaplanClient client = client(true, 2)) {
            ModelClient model = client.model(WORKSPACE, MODEL);
            assertThatThrownBy(() -> model.upload("sales.csv", new ByteArrayInputStream(content), -1))
                    .isInstanceOf(AnaplanException.class)
                    .satisfies(e -> assertThat(((AnaplanException) e).httpStatus()).isEqualTo(400))
                    .hasMessageContaining("chunk 2");
            assertThat(log.count("^PUT .*/chunks/2$")).as("a 400 is not retried").isEqualTo(1);
            assertThat(log.count("/complete$")).isZero();
            assertThat(log.count("^PUT .*/chunks/[5-9]$")).as("reading stopped").isZero();
        } finally {
            simulator.interceptors().remove(rejectChunkTwo);
        }
    }

    @Test
    void aDownloadClosedEarlyStopsFetching() throws IOException {
        byte[] content = csv(6 * MIB);
        try (AnaplanClient client = client(false, 2)) {
            ModelClient model = client.model(WORKSPACE, MODEL);
            model.upload("sales.csv", new ByteArrayInputStream(content), content.length);
            log.clear();
            try (ChunkedDownloadInputStream in = model.download("sales.csv")) {
                assertThat(in.chunkCount()).isEqualTo(6);
                assertThat(in.readNBytes(10)).isEqualTo(java.util.Arrays.copyOf(content, 10));
            }
            assertThat(log.count("^GET .*/chunks/\\d+$")).isLessThanOrEqualTo(3);
        }
    }

    private AnaplanClient client(boolean gzip, int inFlight) {
        return AnaplanClient.create(SimulatorClients.config(simulator)
                .transfer(new TransferSettings(MIB, gzip, inFlight)).build());
    }

    /** CSV-like text with enough variety that gzip neither explodes nor collapses it. */
    static byte[] csv(int size) {
        StringBuilder text = new StringBuilder(size + 64);
        text.append("Product,Region,Month,Units,Price\n");
        int row = 0;
        while (text.length() < size) {
            text.append('P').append(row % 997).append(",R").append(row % 13).append(",M").append(row % 12)
                    .append(',').append((row * 7919) % 10007).append(',').append((row * 31) % 1000 / 10.0)
                    .append('\n');
            row++;
        }
        return text.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }

    /** Answers matching requests with an error status before the simulator handles them. */
    static final class Fault implements RequestInterceptor {
        private final java.util.function.Predicate<ApiRequest> when;
        private final int status;

        Fault(java.util.function.Predicate<ApiRequest> when, int status) {
            this.when = when;
            this.status = status;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public void intercept(ApiRequest request, ApiResponse response, Chain chain) throws Exception {
            if (when.test(request)) {
                request.bodyBytes();
                throw new ApiException(status, "injected by the test");
            }
            chain.proceed(request, response);
        }
    }
}
