package io.polydesk.api.observability;

import io.polydesk.compat.support.Dialects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    /** First of all filters, so even a request refused by security or the size limit has its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SurfaceRequestObservationConvention surfaceRequestObservationConvention(
            Dialects dialects, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        return new SurfaceRequestObservationConvention(dialects, graphQlPath);
    }

    @Bean
    GraphQlOperationObservationConvention graphQlOperationObservationConvention() {
        return new GraphQlOperationObservationConvention();
    }
}
