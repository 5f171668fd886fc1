package io.github.camelanaplan.component.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.Exchange;

/**
 * Page selectors of {@code view-read}: {@code Dimension:Item} pairs from the header (text or a map) or the option.
 * Names and ids are both accepted; the client resolves them against the view and names what is available when one
 * is unknown.
 */
public final class PageSelectors {

    private PageSelectors() {
    }

    /** Header first (a {@code Map} or text), else the option; empty when neither is set. */
    public static Map<String, String> of(Exchange exchange, String option) {
        Object header = exchange.getMessage().getHeader(AnaplanConstants.PAGE_SELECTORS);
        if (header instanceof Map<?, ?> map) {
            Map<String, String> selectors = new LinkedHashMap<>();
            map.forEach((dimension, item) -> selectors.put(String.valueOf(dimension).trim(), String.valueOf(item).trim()));
            return selectors;
        }
        if (header != null) {
            return parse(exchange.getContext().getTypeConverter().convertTo(String.class, exchange, header),
                    "header " + AnaplanConstants.PAGE_SELECTORS);
        }
        return parse(option, "option pageSelectors");
    }

    /** Parses {@code Dimension:Item,Dimension2:Item2}; the first colon separates, so item names may hold colons. */
    public static Map<String, String> parse(String text, String source) {
        if (text == null || text.isBlank()) {
            return Collections.emptyMap();
        }
        Map<String, String> selectors = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1 || pair.substring(0, colon).isBlank()
                || pair.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException("Invalid page selector '" + pair.trim() + "' in " + source
                                                   + ": expected Dimension:Item pairs separated by commas");
            }
            selectors.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
        }
        return selectors;
    }
}
