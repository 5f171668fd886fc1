package io.github.camelanaplan.client.metadata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One chunk of a file or dump; ids are "0", "1", ... in file order.
 *
 * @param id   chunk id
 * @param name e.g. {@code Chunk 0}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChunkInfo(String id, String name) implements NamedObject {
}
