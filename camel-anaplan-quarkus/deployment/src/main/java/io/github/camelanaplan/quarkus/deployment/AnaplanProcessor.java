package io.github.camelanaplan.quarkus.deployment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.ClassInfo;

/**
 * Build steps of the Anaplan extension. JVM mode needs none of them to run the component; they exist so a native
 * image works without user configuration: Jackson binds the client's records by reflection, and every call to
 * Anaplan is HTTPS.
 */
class AnaplanProcessor {

    static final String FEATURE = "camel-anaplan";

    /** Packages whose records Jackson reads from or writes to Anaplan's JSON. */
    static final List<String> JSON_PACKAGES = List.of(
            "io.github.camelanaplan.client.metadata",
            "io.github.camelanaplan.client.task",
            "io.github.camelanaplan.client.transactional");

    /**
     * Login responses. They are package-private records in the auth package, which otherwise holds credentials and
     * authenticators that need no reflection, so they are named one by one.
     */
    static final List<String> AUTH_RESPONSE_TYPES = List.of(
            "io.github.camelanaplan.client.auth.TokenServiceResponse",
            "io.github.camelanaplan.client.auth.TokenServiceResponse$TokenInfo",
            "io.github.camelanaplan.client.auth.OAuthRefreshTokenAuthenticator$OAuthTokenResponse");

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The client talks to Anaplan over HTTPS only; a native image leaves SSL out unless an extension asks. */
    @BuildStep
    ExtensionSslNativeSupportBuildItem ssl() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    /**
     * The client jar ships no Jandex index, so its classes would be invisible to {@link #reflectiveJsonTypes}. The
     * component jar carries the index Camel's plugin generates and needs no entry.
     */
    @BuildStep
    IndexDependencyBuildItem indexClient() {
        return new IndexDependencyBuildItem("io.github.camelanaplan", "anaplan-client");
    }

    @BuildStep
    void reflectiveJsonTypes(CombinedIndexBuildItem index, BuildProducer<ReflectiveClassBuildItem> reflective) {
        String[] classes = jsonTypes(index).toArray(String[]::new);
        reflective.produce(ReflectiveClassBuildItem.builder(classes).constructors().methods().fields().build());
    }

    /** Every class of the JSON packages, nested ones included, plus the login responses; sorted for stable builds. */
    static Set<String> jsonTypes(CombinedIndexBuildItem index) {
        Set<String> names = new TreeSet<>(AUTH_RESPONSE_TYPES);
        for (ClassInfo type : index.getIndex().getKnownClasses()) {
            String name = type.name().toString();
            int lastDot = name.lastIndexOf('.');
            if (lastDot > 0 && JSON_PACKAGES.contains(name.substring(0, lastDot))) {
                names.add(name);
            }
        }
        if (names.size() == AUTH_RESPONSE_TYPES.size()) {
            // An empty sweep means the client was not indexed: a native image would then fail at the first
            // Anaplan call, far from the cause, so the build stops here instead.
            throw new IllegalStateException("No class of " + JSON_PACKAGES + " is in the Jandex index; "
                    + "is io.github.camelanaplan:anaplan-client on the application classpath?");
        }
        return names;
    }
}
