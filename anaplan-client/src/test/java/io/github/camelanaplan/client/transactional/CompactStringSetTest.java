package io.github.camelanaplan.client.transactional;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompactStringSetTest {

    @Test
    void membersAreFoundAndOthersAreNot() {
        CompactStringSet set = new CompactStringSet();
        assertThat(set.add("North")).isTrue();
        assertThat(set.add("")).isTrue();
        assertThat(set.add("Zürich – Ost")).isTrue();
        assertThat(set.add("North")).isFalse();

        assertThat(set.size()).isEqualTo(3);
        assertThat(set.contains("North")).isTrue();
        assertThat(set.contains("")).isTrue();
        assertThat(set.contains("Zürich – Ost")).isTrue();
        assertThat(set.contains("north")).isFalse();
        assertThat(set.contains("Nort")).isFalse();
        assertThat(set.contains("North ")).isFalse();
        assertThat(set.contains("Zurich – Ost")).isFalse();
        assertThat(set.contains(null)).isFalse();
    }

    @Test
    void agreesWithAHashSetOverManyKeysOfManyLengths() {
        Random random = new Random(42);
        Set<String> expected = new HashSet<>();
        CompactStringSet set = new CompactStringSet();
        for (int i = 0; i < 200_000; i++) {
            String key = randomKey(random);
            assertThat(set.add(key)).as("add %s", key).isEqualTo(expected.add(key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        for (String key : expected) {
            assertThat(set.contains(key)).as("member %s", key).isTrue();
        }
        int absentChecked = 0;
        while (absentChecked < 100_000) {
            String key = randomKey(random);
            if (!expected.contains(key)) {
                assertThat(set.contains(key)).as("absent %s", key).isFalse();
                absentChecked++;
            }
        }
    }

    @Test
    void keysWhoseBytesHashAlikeAreStillToldApart() {
        // "Aa" and "BB" have the same String.hashCode; the set compares bytes, not only hashes.
        CompactStringSet set = new CompactStringSet();
        set.add("AaAa");
        assertThat(set.contains("BBBB")).isFalse();
        assertThat(set.add("BBBB")).isTrue();
        assertThat(set.contains("AaBB")).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    private static String randomKey(Random random) {
        int length = random.nextInt(24);
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            key.append(random.nextInt(10) == 0 ? (char) ('À' + random.nextInt(64)) : (char) ('0' + random.nextInt(43)));
        }
        return key.toString();
    }
}
