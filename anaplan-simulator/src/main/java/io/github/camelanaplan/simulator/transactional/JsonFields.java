package io.github.camelanaplan.simulator.transactional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading optional scalar fields of request entries, where clients send strings, numbers or booleans alike. */
final class JsonFields {

    private JsonFields() {
    }

    /** The field as text, or null when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static boolean has(JsonNode node, String field) {
        return text(node, field) != null;
    }
}
