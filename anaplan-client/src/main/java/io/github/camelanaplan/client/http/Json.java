package io.github.camelanaplan.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;
import java.util.List;

/**
 * JSON encoding and decoding with the settings every Anaplan client needs: unknown fields ignored (Anaplan adds
 * fields over time), numbers accepted where ids are strings, nulls left out of request bodies.
 */
public final class Json {

    private final ObjectMapper mapper;

    /** Creates the codec with its own mapper; mappers are thread-safe once configured. */
    public Json() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** @return the underlying mapper, for callers needing custom binding */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * @param bytes JSON text
     * @return the tree
     * @throws IOException when the text is not JSON (truncated, HTML, empty)
     */
    public JsonNode tree(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            throw new UnexpectedShapeException("empty body where JSON was expected");
        }
        JsonNode node = mapper.readTree(bytes);
        if (node == null || node.isMissingNode()) {
            throw new UnexpectedShapeException("empty body where JSON was expected");
        }
        return node;
    }

    /**
     * @param node JSON node
     * @param type target type
     * @param <T>  target type
     * @return the bound value
     * @throws IOException when the node does not fit the type
     */
    public <T> T bind(JsonNode node, Class<T> type) throws IOException {
        return mapper.treeToValue(node, type);
    }

    /**
     * Binds an array node; a missing or null node (Anaplan omits empty collections) gives an empty list.
     *
     * @param node array node or missing
     * @param type element type
     * @param <T>  element type
     * @return the elements
     * @throws IOException when an element does not fit the type
     */
    public <T> List<T> bindList(JsonNode node, Class<T> type) throws IOException {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        List<T> list = mapper.readerFor(listType).readValue(node);
        return List.copyOf(list);
    }

    /**
     * @param node node
     * @param type generic target type
     * @param <T>  target type
     * @return bound value
     * @throws IOException when the node does not fit
     */
    public <T> T bind(JsonNode node, TypeReference<T> type) throws IOException {
        return mapper.readerFor(type).readValue(node);
    }

    /**
     * @param value value to encode
     * @return UTF-8 JSON bytes
     */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode request body of type " + value.getClass().getName(), e);
        }
    }
}
