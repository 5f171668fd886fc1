package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A model (`GET /models`, `GET /workspaces/{id}/models`).
 *
 * @param id                   32 upper-case hex characters
 * @param name                 name
 * @param activeState          e.g. {@code UNLOCKED}, {@code PRODUCTION}, {@code ARCHIVED}, {@code LOCKED}
 * @param currentWorkspaceId   id of the workspace holding the model
 * @param currentWorkspaceName name of that workspace
 * @param modelUrl             browser URL of the model
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Model(String id, String name, String activeState, String currentWorkspaceId, String currentWorkspaceName, String modelUrl) implements NamedObject {
}
