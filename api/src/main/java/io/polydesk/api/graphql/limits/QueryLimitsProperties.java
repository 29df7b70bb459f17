package io.polydesk.api.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a GraphQL query may be before Polydesk refuses to run it.
 *
 * @param maxDepth the deepest field nesting allowed (introspection-only queries are exempt)
 * @param maxComplexity the most fields a query may select (graphql-java's default field complexity)
 */
@ConfigurationProperties("polydesk.graphql")
public record QueryLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxComplexity) {
}
