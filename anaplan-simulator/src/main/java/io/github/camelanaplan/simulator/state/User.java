package io.github.camelanaplan.simulator.state;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant user. Identity is fixed; credentials, login time and grants can change while the simulator runs
 * (tests register certificates or change roles), hence a class rather than a record.
 */
public final class User implements Named {

    private final String id;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final Map<String, WorkspaceRole> workspaceRoles = new ConcurrentHashMap<>();
    private final Map<String, ModelRole> modelRoles = new ConcurrentHashMap<>();
    private volatile String password;
    private volatile X509Certificate certificate;
    private volatile Instant lastLogin;

    public User(String id, String email, String password, String firstName, String lastName) {
        this.id = id;
        this.email = email;
        this.password = password;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    @Override
    public String id() {
        return id;
    }

    /** Users are listed and resolved by e-mail. */
    @Override
    public String name() {
        return email;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String password() {
        return password;
    }

    public void password(String newPassword) {
        this.password = newPassword;
    }

    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    public void certificate(X509Certificate registered) {
        this.certificate = registered;
    }

    public Optional<Instant> lastLogin() {
        return Optional.ofNullable(lastLogin);
    }

    public void lastLogin(Instant when) {
        this.lastLogin = when;
    }

    public Optional<WorkspaceRole> workspaceRole(String workspaceId) {
        return Optional.ofNullable(workspaceRoles.get(workspaceId));
    }

    public void grantWorkspace(String workspaceId, WorkspaceRole role) {
        workspaceRoles.put(workspaceId, role);
    }

    /** Empty when the model was never granted: the model is then invisible, not merely masked. */
    public Optional<ModelRole> modelRole(String modelId) {
        return Optional.ofNullable(modelRoles.get(modelId));
    }

    public void grantModel(String modelId, ModelRole role) {
        modelRoles.put(modelId, role);
    }
}
