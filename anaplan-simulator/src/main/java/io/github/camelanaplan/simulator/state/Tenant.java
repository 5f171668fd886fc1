package io.github.camelanaplan.simulator.state;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Everything one Anaplan customer owns: users, workspaces, models and OAuth client registrations. */
public final class Tenant implements AutoCloseable {

    private final String customerId;
    private final Registry<User> users = new Registry<>();
    private final Map<String, User> usersByEmail = new ConcurrentHashMap<>();
    private final Registry<Workspace> workspaces = new Registry<>();
    private final Registry<Model> models = new Registry<>();
    private final Registry<OAuthClientEntry> oauthClients = new Registry<>();

    public Tenant(String customerId) {
        this.customerId = customerId;
    }

    public String customerId() {
        return customerId;
    }

    public Registry<Workspace> workspaces() {
        return workspaces;
    }

    public Registry<Model> models() {
        return models;
    }

    public List<User> users() {
        return users.all();
    }

    public Optional<User> user(String id) {
        return users.byId(id);
    }

    /** E-mail comparison ignores case, as Anaplan log-ins do. */
    public Optional<User> userByEmail(String email) {
        return Optional.ofNullable(email == null ? null : usersByEmail.get(email.toLowerCase(Locale.ROOT)));
    }

    public synchronized User addUser(User user) {
        if (usersByEmail.putIfAbsent(user.email().toLowerCase(Locale.ROOT), user) != null) {
            throw new IllegalArgumentException("duplicate user " + user.email());
        }
        return users.put(user);
    }

    public Optional<Model> model(String id) {
        return models.byId(id);
    }

    public Optional<Workspace> workspace(String id) {
        return workspaces.byId(id);
    }

    public List<Model> modelsIn(String workspaceId) {
        return models.all().stream().filter(m -> m.workspaceId().equals(workspaceId)).toList();
    }

    public void addOAuthClient(OAuthClient client) {
        oauthClients.put(new OAuthClientEntry(client));
    }

    public Optional<OAuthClient> oauthClient(String clientId) {
        return oauthClients.byId(clientId).map(OAuthClientEntry::client);
    }

    public List<OAuthClient> oauthClients() {
        return oauthClients.all().stream().map(OAuthClientEntry::client).toList();
    }

    /** Stops per-model task queues. */
    @Override
    public void close() {
        for (Model model : models.all()) {
            model.close();
        }
    }

    /** Adapts a client registration to the registry's id/name shape. */
    private record OAuthClientEntry(OAuthClient client) implements Named {

        @Override
        public String id() {
            return client.clientId();
        }

        @Override
        public String name() {
            return client.clientId();
        }
    }
}
