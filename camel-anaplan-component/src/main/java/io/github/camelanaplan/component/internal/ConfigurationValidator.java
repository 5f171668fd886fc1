package io.github.camelanaplan.component.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanOperation;
import io.github.camelanaplan.component.DumpMode;
import io.github.camelanaplan.component.MetadataType;

/**
 * Checks an endpoint's options when it starts, so that mistakes surface at start-up with the option named, rather
 * than with the first message. Values that a header can supply per message are not required here.
 */
public final class ConfigurationValidator {

    private static final Set<AnaplanOperation> WRITES_OUTPUT = EnumSet.of(AnaplanOperation.EXPORT, AnaplanOperation.DOWNLOAD);

    private ConfigurationValidator() {
    }

    public static void validate(AnaplanConfiguration c) {
        AnaplanOperation operation = c.getOperationType();
        DumpMode dumpMode = DumpMode.fromOption(c.getDumpMode());
        if (dumpMode == DumpMode.FILE && (c.getDumpDirectory() == null || c.getDumpDirectory().isBlank())) {
            throw new IllegalArgumentException("dumpMode=FILE needs the dumpDirectory option");
        }
        if (dumpMode == DumpMode.FILE && Files.exists(Path.of(c.getDumpDirectory()))
            && !Files.isDirectory(Path.of(c.getDumpDirectory()))) {
            // dumps are best effort once tasks run (a failure to write one is only logged), so say it now
            throw new IllegalArgumentException("dumpDirectory " + c.getDumpDirectory() + " is a file, not a directory");
        }
        if (c.getMetadataType() != null && !c.getMetadataType().isBlank()) {
            MetadataType.fromName(c.getMetadataType(), "option metadataType");
        }
        if (c.getOutputPath() != null && !c.getOutputPath().isBlank() && !WRITES_OUTPUT.contains(operation)) {
            throw new IllegalArgumentException("outputPath applies to the export and download operations only, not to "
                                               + operation);
        }
        if (c.getTaskTimeout() <= 0) {
            throw new IllegalArgumentException("taskTimeout must be positive, was " + c.getTaskTimeout() + " ms"
                                               + ClientConfigFactory.DURATION_HINT);
        }
        if (c.getLocaleName() == null || c.getLocaleName().isBlank()) {
            throw new IllegalArgumentException("localeName must not be empty (Anaplan reliably supports en_US)");
        }
        MappingParameters.parse(c.getMappingParameters(), "option mappingParameters");
        TransactionalOptions.validate(c);
        ClientSettings settings = ClientSettings.of(c);
        if (c.getClient() != null) {
            rejectClientOptionsBesideProvidedClient(settings);
        } else {
            settings.authKind();
            ClientConfigFactory.validateTransferAndPolling(settings);
        }
    }

    private static void rejectClientOptionsBesideProvidedClient(ClientSettings s) {
        boolean credentials = ClientSettings.isSet(s.username()) || ClientSettings.isSet(s.password())
                              || ClientSettings.isSet(s.certificatePath()) || ClientSettings.isSet(s.privateKeyPath())
                              || ClientSettings.isSet(s.keyStorePath()) || ClientSettings.isSet(s.oauthClientId())
                              || ClientSettings.isSet(s.oauthRefreshToken()) || ClientSettings.isSet(s.authToken());
        boolean connection = ClientSettings.isSet(s.proxyHost()) || s.sslContextParameters() != null;
        if (credentials || connection) {
            throw new IllegalArgumentException("The client option gives a ready AnaplanClient: leave the credential, proxy and"
                                               + " sslContextParameters options unset (they would be ignored)");
        }
    }
}
