package io.github.camelanaplan.client.task;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One detail of a task result, e.g. the row counts of one hierarchy an import loaded.
 *
 * @param type             e.g. {@code hierarchyRowsProcessed}, {@code exportSucceeded}
 * @param localMessageText human-readable summary
 * @param occurrences      how often the detail occurred
 * @param values           key/value pairs; Anaplan sends them as a flat {@code [k1, v1, k2, v2, ...]} list
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskResultDetail(String type, String localMessageText, Integer occurrences, Map<String, String> values) {

    /**
     * Validates and normalises the components.
     *
     * @param type e.g. {@code hierarchyRowsProcessed}, {@code exportSucceeded}
     * @param localMessageText human-readable summary
     * @param occurrences how often the detail occurred
     * @param values key/value pairs; Anaplan sends them as a flat {@code [k1, v1, k2, v2, ...]} list
     */
    public TaskResultDetail {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param type             detail type
     * @param localMessageText message
     * @param occurrences      occurrences
     * @param flatValues       alternating keys and values; an odd trailing key gets an empty value
     * @return the detail
     */
    @JsonCreator
    public static TaskResultDetail fromJson(@JsonProperty("type") String type,
                                            @JsonProperty("localMessageText") String localMessageText,
                                            @JsonProperty("occurrences") Integer occurrences,
                                            @JsonProperty("values") List<Object> flatValues) {
        Map<String, String> map = new LinkedHashMap<>();
        if (flatValues != null) {
            for (int i = 0; i < flatValues.size(); i += 2) {
                Object value = i + 1 < flatValues.size() ? flatValues.get(i + 1) : "";
                map.put(String.valueOf(flatValues.get(i)), value == null ? "" : String.valueOf(value));
            }
        }
        return new TaskResultDetail(type, localMessageText, occurrences, map);
    }

    /**
     * @param key e.g. {@code failedCount}
     * @return the value as a number, when present and numeric
     */
    public OptionalLong number(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
