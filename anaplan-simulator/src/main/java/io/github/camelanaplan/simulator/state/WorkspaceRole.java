package io.github.camelanaplan.simulator.state;

/** A user's standing in a workspace; only admins may see workspace details and run admin-only calls. */
public enum WorkspaceRole {
    ADMIN,
    USER
}
