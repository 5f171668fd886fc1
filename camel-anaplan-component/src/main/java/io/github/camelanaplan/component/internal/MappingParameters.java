package io.github.camelanaplan.component.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelanaplan.client.task.MappingParameter;
import io.github.camelanaplan.client.task.TaskParameters;
import io.github.camelanaplan.component.AnaplanConfiguration;
import io.github.camelanaplan.component.AnaplanConstants;
import org.apache.camel.Exchange;

/**
 * Builds the task start parameters: the locale, and the mapping parameters from the
 * {@code CamelAnaplanMappingParameters} header (a map, or text) or else the {@code mappingParameters} option,
 * written {@code Versions=Actual,Regions=North America}.
 */
public final class MappingParameters {

    private MappingParameters() {
    }

    public static TaskParameters of(Exchange exchange, AnaplanConfiguration configuration) {
        Object header = exchange.getMessage().getHeader(AnaplanConstants.MAPPING_PARAMETERS);
        List<MappingParameter> mapping;
        if (header instanceof Map<?, ?> map) {
            mapping = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                mapping.add(new MappingParameter(String.valueOf(entry.getKey()), String.valueOf(entry.getValue())));
            }
        } else if (header != null) {
            mapping = parse(String.valueOf(header), "header " + AnaplanConstants.MAPPING_PARAMETERS);
        } else {
            mapping = parse(configuration.getMappingParameters(), "option mappingParameters");
        }
        return new TaskParameters(configuration.getLocaleName(), mapping);
    }

    public static List<MappingParameter> parse(String text, String source) {
        List<MappingParameter> mapping = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return mapping;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException("Invalid mapping parameter '" + pair.trim() + "' in " + source
                                                   + ": write entityType=entityName pairs separated by commas, e.g. Versions=Actual");
            }
            mapping.add(new MappingParameter(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim()));
        }
        return mapping;
    }
}
