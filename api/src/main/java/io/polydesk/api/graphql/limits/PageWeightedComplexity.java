package io.polydesk.api.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import io.polydesk.domain.shared.KeysetWindow;
import java.util.List;
import java.util.Map;

/**
 * What a field costs: one point plus what it selects, where a page of items costs its selection once per item,
 * as in GitHub's and Shopify's cost models. A list field with a {@code first} argument, and a connection's
 * {@code edges} or {@code nodes}, multiply their selection by {@code first}, or by the default page size when it is absent; so
 * {@code tickets(first: 100) { edges { node { comments(first: 100) { id } } } }} costs over 20,000 points.
 *
 * <p>Every list that can grow under an object (a ticket's links, sub-tickets, history, tasks or attachments, an
 * asset's tickets, a group's members, a comment's edit history ...) takes {@code first} and is held to it by
 * {@link BoundedLists}, so it is weighed by the very bound its answer keeps. {@code nodes(ids:)} is weighed by the
 * number of ids. The few lists left without {@code first} are administrators' reference lists at the root
 * (statuses, projects, teams ...), the custom-field values of one object (one per defined field) and payload
 * lists bounded by their input; they are weighed as {@value #UNPAGED_LIST_WEIGHT} items. Aggregates weigh what they
 * make the database do: {@code totalCount} counts a whole filtered set, {@code ticketStatistics} groups it several
 * ways.
 *
 * <p>Each field's cost is capped, never below the limit so that the cap cannot let a query through: deeply nested
 * pages must not overflow graphql-java's integer sums (a document holds at most 15,000 tokens, so at most
 * 15,000 fields of 100,000 points each).
 */
final class PageWeightedComplexity implements FieldComplexityCalculator {

    private static final int USUAL_CAP = 100_000;

    /** What one of the few lists without {@code first} is taken to hold. */
    static final int UNPAGED_LIST_WEIGHT = 5;

    private static final Map<String, Integer> AGGREGATE_WEIGHTS = Map.of("totalCount", 25, "ticketStatistics", 250);

    private final long cap;

    PageWeightedComplexity(int maxComplexity) {
        this.cap = Math.max((long) maxComplexity + 1, USUAL_CAP);
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        int own = AGGREGATE_WEIGHTS.getOrDefault(environment.getField().getName(), 1);
        long cost = own + (long) pageSize(environment) * childComplexity;
        return (int) Math.min(Math.min(cost, cap), Integer.MAX_VALUE);
    }

    /** How many times the field's selection is fetched: the page size for a page of items, otherwise once. */
    static int pageSize(FieldComplexityEnvironment environment) {
        GraphQLFieldDefinition definition = environment.getFieldDefinition();
        if (isPagedList(definition)) {
            return first(environment);
        }
        if (environment.getField().getName().equals("nodes")
                && environment.getArguments().get("ids") instanceof List<?> ids) {
            return ids.size();
        }
        if (GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList && !isPageItems(environment)) {
            return UNPAGED_LIST_WEIGHT;
        }
        FieldComplexityEnvironment parent = environment.getParentEnvironment();
        boolean edgesOfPage = isPageItems(environment)
                && parent != null
                && parent.getFieldDefinition().getArgument("first") != null;
        return edgesOfPage ? first(parent) : 1;
    }

    /** A connection's {@code edges} and {@code nodes} both hold one page of items ({@code Query.nodes} does not). */
    private static boolean isPageItems(FieldComplexityEnvironment environment) {
        String name = environment.getField().getName();
        FieldComplexityEnvironment parent = environment.getParentEnvironment();
        return (name.equals("edges") || name.equals("nodes"))
                && parent != null
                && GraphQLTypeUtil.unwrapAll(parent.getFieldDefinition().getType())
                        .getName()
                        .endsWith("Connection");
    }

    private static boolean isPagedList(GraphQLFieldDefinition field) {
        return BoundedLists.isBoundedList(field);
    }

    /**
     * {@code first}, at most the largest page: a larger one is refused by the field itself with an error that names
     * {@code first}, which tells the caller more than a complexity refusal would.
     */
    private static int first(FieldComplexityEnvironment environment) {
        Object first = environment.getArguments().get("first");
        return first instanceof Number n
                ? Math.max(0, Math.min(n.intValue(), KeysetWindow.MAX_SIZE))
                : KeysetWindow.DEFAULT_SIZE;
    }
}
