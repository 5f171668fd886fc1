package io.github.camelanaplan.component.internal;

import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;

/**
 * Reads a per-message value: the header when the route set one, else the endpoint option. One place for the
 * "header wins" rule and for the error that names both the header and the option when a required value is missing.
 */
public final class ExchangeParameters {

    private ExchangeParameters() {
    }

    /** The header's value converted to {@code type}, or {@code optionValue} when the header is absent. */
    public static <T> T get(Exchange exchange, String header, T optionValue, Class<T> type) {
        Object headerValue = exchange.getMessage().getHeader(header);
        if (headerValue == null) {
            return optionValue;
        }
        try {
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, headerValue);
        } catch (NoTypeConversionAvailableException | TypeConversionException e) {
            throw new IllegalArgumentException("Header " + header + " holds a " + headerValue.getClass().getName()
                                               + " that cannot be used as " + type.getSimpleName(), e);
        }
    }

    /** Like {@link #get} for text, but fails naming the header and option when neither gives a non-blank value. */
    public static String require(Exchange exchange, String header, String optionValue, String optionName, String purpose) {
        String value = get(exchange, header, optionValue, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("No " + purpose + " given: set the endpoint option '" + optionName
                                               + "' or the header " + header);
        }
        return value.trim();
    }
}
