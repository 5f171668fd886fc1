package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/**
 * One list item as the JSON list-items read returns it. Subsets and properties are present only when read with
 * {@code includeAll}; property values are strings as Anaplan sends them.
 *
 * @param id         item id
 * @param name       name
 * @param code       code, or {@code null}
 * @param parent     parent item name, or {@code null}
 * @param parentId   parent item id, or {@code null}
 * @param listId     id of the parent's list, or {@code null}
 * @param listName   name of the parent's list, or {@code null}
 * @param subsets    subset membership by subset name, or {@code null}
 * @param properties property values by property name, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListItem(String id, String name, String code, String parent, String parentId, String listId,
                       String listName, Map<String, Boolean> subsets, Map<String, String> properties) {
}
