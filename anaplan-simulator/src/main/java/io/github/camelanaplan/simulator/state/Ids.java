package io.github.camelanaplan.simulator.state;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Tenant-level id formats: workspace and user ids are 32 lower-case hex, model ids 32 upper-case hex,
 * task and request ids 32 upper-case hex. Ids derived from names are stable across restarts.
 */
public final class Ids {

    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    public static String workspaceId(String name) {
        return stableHex("workspace:" + name);
    }

    public static String modelId(String workspaceName, String modelName) {
        return stableHex("model:" + workspaceName + "/" + modelName).toUpperCase(Locale.ROOT);
    }

    public static String userId(String email) {
        return stableHex("user:" + email.toLowerCase(Locale.ROOT));
    }

    public static String customerId(String seed) {
        return stableHex("customer:" + seed);
    }

    /** A random 32-hex upper-case id, the format of task and read request ids. */
    public static String randomUpper(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes).toUpperCase(Locale.ROOT);
    }

    private static String stableHex(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
