package io.github.camelanaplan.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bucket arithmetic on explicit instants, so refill is checked exactly and without sleeping. */
class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void startsFullAndRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(2, 60, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(SECOND);
        assertThat(bucket.take(SECOND / 2)).isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND)).isZero();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(1, 60, 0);

        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isPositive();
    }
}
