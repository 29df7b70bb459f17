package io.polydesk.api.graphql.transport;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.UpdateTicket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every list that grows under an object takes {@code first}, answers at most that many items (20 when absent), and
 * is weighed by that bound: the "six linked tickets nested fourteen deep" can no longer return thousands of
 * objects for a few points.
 */
@PolydeskIntegrationTest
class BoundedListsTest extends GraphQlTestSupport {

    @Autowired
    RelationService relations;

    @Autowired
    GraphQlSource graphQlSource;

    private static final Set<String> BOUNDED_BY_DEFINITION = Set.of("SlaPolicy.targets", "BusinessHours.windows");

    @Test
    void everyListOfObjectsUnderANodeTakesFirst() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> unbounded = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast)
                .filter(t ->
                        t.getInterfaces().stream().anyMatch(i -> i.getName().equals("Node")))
                .toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                boolean listOfObjects = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList
                        && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType;
                // Bounded by what they are, not by use: one value per defined custom field, a policy's target per
                // priority, business hours' windows per weekday (validated on write).
                if (listOfObjects
                        && field.getArgument("first") == null
                        && !BOUNDED_BY_DEFINITION.contains(type.getName() + "." + field.getName())
                        && !field.getName().equals("customFields")) {
                    unbounded.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(unbounded).isEmpty();
    }

    @Test
    void aListAnswersAtMostItsFirstAndTwentyWhenAbsent() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Many changes " + unique());
        for (int i = 0; i < 23; i++) {
            ticketUpdates.update(
                    agent.actor(),
                    ticket.id(),
                    UpdateTicket.builder().title(Change.to("Title " + i)).build());
        }
        for (int i = 0; i < 3; i++) {
            Ticket other = ticket(users.customer(), "Linked " + i);
            relations.link(agent.actor(), ticket.id(), other.id(), LinkKind.RELATES_TO);
        }

        as(agent)
                .document("""
                        query ($id: ID!) { ticket(id: $id) {
                          all: history(first: 100) { field } usual: history { field } two: history(first: 2) { field }
                          links(first: 2) { ticket { id } } none: links(first: 0) { id } allLinks: links { id }
                        } }""")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.all")
                .entityList(Object.class)
                .hasSizeGreaterThan(20)
                .path("ticket.usual")
                .entityList(Object.class)
                .hasSize(20)
                .path("ticket.two")
                .entityList(Object.class)
                .hasSize(2)
                .path("ticket.links")
                .entityList(Object.class)
                .hasSize(2)
                .path("ticket.none")
                .entityList(Object.class)
                .hasSize(0)
                .path("ticket.allLinks")
                .entityList(Object.class)
                .hasSize(3);
    }

    @Test
    void aFirstOutsideTheBoundIsAnErrorOnThatField() {
        Ticket ticket = ticket(users.customer(), "Bounds " + unique());
        var error = singleError(
                as(users.agent())
                        .document("query ($id: ID!) { ticket(id: $id) { id history(first: 101) { field } } }")
                        .variable("id", id(ticket.id()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("history.first");
    }

    @Test
    void linkedTicketsNestedDeepAreRefusedForWhatTheyCouldReturn() {
        // Six links a level, six levels (within the depth limit): 6^6 = 46,656 tickets could come back.
        String nested = "id";
        for (int i = 0; i < 6; i++) {
            nested = "links(first: 6) { ticket { " + nested + " } }";
        }
        var error = singleError(
                as(users.agent())
                        .document("{ ticket(id: \"1\") { " + nested + " } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "MAX_COMPLEXITY_EXCEEDED");

        // Fourteen deep is refused too, whatever the page sizes.
        String fourteen = "id";
        for (int i = 0; i < 14; i++) {
            fourteen = "links(first: 1) { ticket { " + fourteen + " } }";
        }
        var deep = singleError(
                as(users.agent())
                        .document("{ tickets(first: 1) { edges { node { " + fourteen + " } } } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(deep.getExtensions().get("code")).isIn("MAX_DEPTH_EXCEEDED", "MAX_COMPLEXITY_EXCEEDED");
    }

    @Test
    void theSameNestingWithSmallBoundsRunsAndKeepsThem() {
        TestUser agent = users.agent();
        Ticket a = ticket(users.customer(), "Chain a " + unique());
        Ticket b = ticket(users.customer(), "Chain b");
        Ticket c = ticket(users.customer(), "Chain c");
        relations.link(agent.actor(), a.id(), b.id(), LinkKind.RELATES_TO);
        relations.link(agent.actor(), a.id(), c.id(), LinkKind.RELATES_TO);
        relations.link(agent.actor(), b.id(), c.id(), LinkKind.RELATES_TO);

        as(agent)
                .document("""
                        query ($id: ID!) { ticket(id: $id) {
                          links(first: 1) { ticket { links(first: 1) { ticket { links(first: 1) { ticket { id } } } } } }
                        } }""")
                .variable("id", id(a.id()))
                .execute()
                .path("ticket.links")
                .entityList(Object.class)
                .hasSize(1)
                .path("ticket.links[0].ticket.links")
                .entityList(Object.class)
                .hasSize(1)
                .path("ticket.links[0].ticket.links[0].ticket.links")
                .entityList(Object.class)
                .hasSize(1);
    }
}
