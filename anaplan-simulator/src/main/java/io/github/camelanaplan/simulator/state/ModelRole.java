package io.github.camelanaplan.simulator.state;

/**
 * A user's role in a model. NO_ACCESS still lists the model and answers {@code GET /models/{id}}, but
 * every model-scoped read is masked as 404, which is how the real service behaves.
 */
public enum ModelRole {
    FULL,
    READ_ONLY,
    NO_ACCESS
}
