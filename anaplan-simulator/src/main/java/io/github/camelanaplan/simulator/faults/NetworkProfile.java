package io.github.camelanaplan.simulator.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulated network between client and service: a latency added once to every request before it is
 * answered, and a bandwidth cap applied to request and response bodies of each connection.
 *
 * @param latency               added to every request; zero for none
 * @param bandwidthBitsPerSecond body throughput cap per connection and direction; zero for unlimited
 */
public record NetworkProfile(Duration latency, long bandwidthBitsPerSecond) {

    /** Loopback as it is: no added latency, no cap. */
    public static final NetworkProfile NONE = new NetworkProfile(Duration.ZERO, 0);

    /** A client far from Anaplan's data centre: about 20 ms away, about 200 Mbit/s per connection. */
    public static final NetworkProfile FAR_FROM_DATA_CENTRE = new NetworkProfile(Duration.ofMillis(20), 200_000_000L);

    public NetworkProfile {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        if (bandwidthBitsPerSecond < 0) {
            throw new IllegalArgumentException("bandwidth must not be negative");
        }
    }

    public static NetworkProfile of(Duration latency, long megabitsPerSecond) {
        return new NetworkProfile(latency, megabitsPerSecond * 1_000_000L);
    }

    public boolean capped() {
        return bandwidthBitsPerSecond > 0;
    }

    long bytesPerSecond() {
        return bandwidthBitsPerSecond / 8;
    }
}
