package io.polydesk.api.graphql.error;

import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link MutationUserErrors} on the schema. */
@Configuration(proxyBeanMethods = false)
class UserErrorsWiring {

    @Bean
    GraphQlSourceBuilderCustomizer mutationUserErrors(GraphQlErrorResolver errors) {
        return builder -> builder.typeVisitors(List.of(new MutationUserErrors(errors)));
    }
}
