package io.github.camelanaplan.simulator.faults;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * {@link FaultSettings} made ready for the request path: the filter compiled once and the random source
 * chosen (seeded for reproducible runs). Replaced as a whole whenever the settings change.
 */
final class FaultPlan {

    private final FaultSettings settings;
    private final Pattern pathFilter;
    private final Random seeded;

    FaultPlan(FaultSettings settings) {
        this.settings = settings;
        this.pathFilter = settings.pathFilter() == null ? null : Pattern.compile(settings.pathFilter());
        this.seeded = settings.seed() == null ? null : new Random(settings.seed());
    }

    FaultSettings settings() {
        return settings;
    }

    /** The fault to inject into a request of this family and path, or null. */
    FaultKind draw(RouteFamily family, String path) {
        boolean inScope = family.integrationApi() || (family == RouteFamily.AUTH && settings.includeTokenPaths());
        if (!inScope || (pathFilter != null && !pathFilter.matcher(path).find())) {
            return null;
        }
        double draw = seeded != null ? seeded.nextDouble() : ThreadLocalRandom.current().nextDouble();
        return settings.pick(draw);
    }
}
