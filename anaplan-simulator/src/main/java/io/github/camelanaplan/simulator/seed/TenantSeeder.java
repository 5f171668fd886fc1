package io.github.camelanaplan.simulator.seed;

import io.github.camelanaplan.simulator.state.FileStore;
import io.github.camelanaplan.simulator.state.Ids;
import io.github.camelanaplan.simulator.state.Model;
import io.github.camelanaplan.simulator.state.ModelRole;
import io.github.camelanaplan.simulator.state.OAuthClient;
import io.github.camelanaplan.simulator.state.Tenant;
import io.github.camelanaplan.simulator.state.User;
import io.github.camelanaplan.simulator.state.Workspace;
import io.github.camelanaplan.simulator.state.WorkspaceRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Applies model files to a tenant: users, OAuth clients, workspaces, then each model via {@link ModelSeeder}. */
public final class TenantSeeder {

    /** Default workspace size allowance: 1 GiB. */
    private static final long DEFAULT_SIZE_ALLOWANCE = 1L << 30;

    private final Tenant tenant;
    private final FileStore files;
    private final Clock clock;

    public TenantSeeder(Tenant tenant, FileStore files, Clock clock) {
        this.tenant = tenant;
        this.files = files;
        this.clock = clock;
    }

    public void apply(ModelFile file) throws IOException {
        for (ModelFile.UserSpec spec : file.users()) {
            addUser(spec);
        }
        for (ModelFile.OAuthClientSpec spec : file.oauthClients()) {
            addOAuthClient(spec);
        }
        for (ModelFile.WorkspaceSpec spec : file.workspaces()) {
            addWorkspace(spec);
        }
    }

    /**
     * Adds (or updates the password of) a user holding ADMIN on every workspace and FULL on every model
     * loaded so far; used for {@code --user email:password}.
     */
    public User addSuperUser(String email, String password) {
        User user = tenant.userByEmail(email).orElseGet(() -> tenant.addUser(
                new User(Ids.userId(email), email, password, localPart(email), "")));
        user.password(password);
        tenant.workspaces().all().forEach(w -> user.grantWorkspace(w.id(), WorkspaceRole.ADMIN));
        tenant.models().all().forEach(m -> user.grantModel(m.id(), ModelRole.FULL));
        return user;
    }

    public static X509Certificate parseCertificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new SeedException("Invalid certificate PEM: " + e.getMessage());
        }
    }

    private void addUser(ModelFile.UserSpec spec) {
        require(spec.email(), "user email");
        require(spec.password(), "password of " + spec.email());
        String id = spec.id() != null ? spec.id() : Ids.userId(spec.email());
        User user = new User(id, spec.email(), spec.password(),
                spec.firstName() != null ? spec.firstName() : localPart(spec.email()),
                spec.lastName() != null ? spec.lastName() : "");
        if (spec.certificate() != null) {
            user.certificate(parseCertificate(spec.certificate()));
        }
        tenant.addUser(user);
    }

    private void addOAuthClient(ModelFile.OAuthClientSpec spec) {
        require(spec.clientId(), "OAuth clientId");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (ModelFile.RefreshTokenSpec token : spec.refreshTokens()) {
            tokens.put(token.token(), user(token.user()).id());
        }
        tenant.addOAuthClient(new OAuthClient(spec.clientId(), spec.clientSecret(),
                !Boolean.FALSE.equals(spec.rotatable()), tokens));
    }

    private void addWorkspace(ModelFile.WorkspaceSpec spec) throws IOException {
        require(spec.name(), "workspace name");
        String id = spec.id() != null ? spec.id() : Ids.workspaceId(spec.name());
        Workspace workspace = tenant.workspaces().put(new Workspace(id, spec.name(), true,
                spec.sizeAllowance() != null ? spec.sizeAllowance() : DEFAULT_SIZE_ALLOWANCE));
        spec.users().forEach((email, role) ->
                user(email).grantWorkspace(workspace.id(), WorkspaceRole.valueOf(role.toUpperCase(Locale.ROOT))));
        for (ModelFile.ModelSpec modelSpec : spec.models()) {
            Model model = new ModelSeeder(workspace, modelSpec, files, clock).build();
            tenant.models().put(model);
            modelSpec.users().forEach((email, role) ->
                    user(email).grantModel(model.id(), ModelRole.valueOf(role.toUpperCase(Locale.ROOT))));
        }
    }

    private User user(String email) {
        return tenant.userByEmail(email).orElseThrow(() -> new SeedException("Unknown user " + email
                + "; declare it under users"));
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    static void require(Object value, String what) {
        if (value == null) {
            throw new SeedException("Model file: missing " + what);
        }
    }
}
