package io.github.camelanaplan.client.transactional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A view's layout ({@code GET .../views/{viewId}}): the dimensions on rows, columns and pages.
 *
 * @param viewId   view id
 * @param viewName view name
 * @param rows     row dimensions
 * @param columns  column dimensions
 * @param pages    page dimensions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewMetadata(String viewId, String viewName, List<NamedRef> rows, List<NamedRef> columns,
                           List<NamedRef> pages) {

    /** Replaces absent axes (Anaplan omits empty ones) by empty lists. */
    public ViewMetadata {
        rows = rows == null ? List.of() : List.copyOf(rows);
        columns = columns == null ? List.of() : List.copyOf(columns);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
