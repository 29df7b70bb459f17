package io.polydesk.api.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a GraphQL query may be before Polydesk refuses to run it.
 *
 * @param maxDepth the deepest field nesting allowed (introspection-only queries are exempt)
 * @param maxComplexity the most points a query may cost: a point per field, a page's selection counted once per
 *                      item asked for ({@code first}, or the default page size); the default lets a full page of
 *                      100 items with a few dozen fields each through, but not pages nested in pages
 * @param maxMutationFields the most mutation fields (aliases included) one request may run; a request may sign in
 *                          only once whatever this says
 */
@ConfigurationProperties("polydesk.graphql")
public record QueryLimitsProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("5000") int maxComplexity,
        @DefaultValue("10") int maxMutationFields) {}
