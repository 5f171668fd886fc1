package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A workspace the user can see (`GET /workspaces`).
 *
 * @param id            32 lower-case hex characters
 * @param name          name
 * @param active        whether the workspace is active
 * @param sizeAllowance bytes allowed (only with {@code tenantDetails=true})
 * @param currentSize   bytes used (only with {@code tenantDetails=true})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(String id, String name, Boolean active, Long sizeAllowance, Long currentSize) implements NamedObject {
}
