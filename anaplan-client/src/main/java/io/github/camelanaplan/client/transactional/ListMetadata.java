package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A list's definition ({@code GET .../lists/{listId}}, key {@code metadata}). Unset entries are {@code null} or
 * empty.
 *
 * @param id            list id
 * @param name          name
 * @param properties    properties
 * @param parent        parent list, or {@code null}
 * @param numberedList  whether it is a numbered list (names generated, codes identify)
 * @param itemCount     number of items
 * @param nextItemIndex next item index, or {@code null}
 * @param subsets       list subsets
 * @param hasSelectiveAccess whether selective access is on
 * @param productionData whether it holds production data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListMetadata(String id, String name, List<ListProperty> properties, NamedRef parent,
                           boolean numberedList, long itemCount, Long nextItemIndex, List<NamedRef> subsets,
                           boolean hasSelectiveAccess, boolean productionData) {

    /** Replaces absent collections by empty ones. */
    public ListMetadata {
        properties = properties == null ? List.of() : List.copyOf(properties);
        subsets = subsets == null ? List.of() : List.copyOf(subsets);
    }
}
