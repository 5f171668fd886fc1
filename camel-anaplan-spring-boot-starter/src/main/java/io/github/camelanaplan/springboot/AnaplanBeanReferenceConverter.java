package io.github.camelanaplan.springboot;

import java.util.Set;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.component.AnaplanConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns {@code #bean:name} (or the short {@code #name}) in a property value into the Spring bean of that name, for
 * the options whose type cannot be written as text. Any other text is not a reference and fails binding with
 * Spring's usual message.
 */
final class AnaplanBeanReferenceConverter implements GenericConverter {

    private static final Set<Class<?>> TARGETS = Set.of(AnaplanConfiguration.class, AnaplanClient.class,
            SSLContextParameters.class);

    private final BeanFactory beanFactory;

    AnaplanBeanReferenceConverter(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, AnaplanConfiguration.class),
                new ConvertiblePair(String.class, AnaplanClient.class),
                new ConvertiblePair(String.class, SSLContextParameters.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        Class<?> type = targetType.getType();
        String text = source.toString().trim();
        if (!TARGETS.contains(type) || !text.startsWith("#")) {
            throw new IllegalArgumentException("Expected a bean reference such as #bean:name for a "
                                               + type.getSimpleName() + ", got '" + text + "'");
        }
        String name = text.startsWith("#bean:") ? text.substring("#bean:".length()) : text.substring(1);
        return beanFactory.getBean(name, type);
    }
}
