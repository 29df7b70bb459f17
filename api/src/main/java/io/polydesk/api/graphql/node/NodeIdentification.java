package io.polydesk.api.graphql.node;

import io.polydesk.domain.organisation.AgentTeam;
import java.util.List;
import java.util.Map;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Wires the Node interface: how its objects are told apart, and how every id field answers. */
@Configuration(proxyBeanMethods = false)
class NodeIdentification {

    @Bean
    RuntimeWiringConfigurer nodeTypeResolver() {
        return wiring -> wiring.type(
                NodeTypes.INTERFACE, type -> type.typeResolver(new NodeTypes(Map.of(AgentTeam.class, "Team"))));
    }

    @Bean
    GraphQlSourceBuilderCustomizer nodeIdFields() {
        return builder -> builder.typeVisitors(List.of(new NodeIdFields()));
    }
}
