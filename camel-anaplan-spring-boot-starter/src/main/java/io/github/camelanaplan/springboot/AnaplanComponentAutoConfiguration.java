package io.github.camelanaplan.springboot;

import io.github.camelanaplan.component.AnaplanComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;

/**
 * Binds {@code camel.component.anaplan.*} onto the {@code anaplan} component. The work is done by a
 * {@link ComponentCustomizer} rather than by creating the component here, so Camel still creates the component
 * lazily on first use and applies the customizer then, exactly as for Camel's own starters. It honours the same
 * switches: {@code camel.component[.anaplan].enabled} for the whole auto-configuration and
 * {@code camel.component[.anaplan].customizer.enabled} for the customizer.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.anaplan"})
@EnableConfigurationProperties({ComponentConfigurationProperties.class, AnaplanComponentConfiguration.class})
public class AnaplanComponentAutoConfiguration {

    /**
     * Lets the object-typed options ({@code configuration}, {@code client}, {@code ssl-context-parameters}) name a
     * Spring bean. Static so that it exists before the configuration properties are bound.
     */
    @Bean
    @ConfigurationPropertiesBinding
    static AnaplanBeanReferenceConverter anaplanBeanReferenceConverter(BeanFactory beanFactory) {
        return new AnaplanBeanReferenceConverter(beanFactory);
    }

    // Lazy like Camel's generated starters: the customizer needs the CamelContext, which must not be created
    // while other auto-configurations are still being processed.
    @Lazy
    @Bean
    ComponentCustomizer configureAnaplanComponent(CamelContext camelContext, ApplicationContext applicationContext,
                                                  AnaplanComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                // Copies only the non-null properties, i.e. those the user set; the component keeps its own
                // defaults for the rest. Binding goes through the component's generated configurer, so values
                // are never logged.
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.anaplan.customizer") && target instanceof AnaplanComponent;
            }

            @Override
            public int getOrder() {
                // User customizers (default order 0) run after this one, so code can still override properties.
                return Ordered.HIGHEST_PRECEDENCE;
            }
        };
    }
}
