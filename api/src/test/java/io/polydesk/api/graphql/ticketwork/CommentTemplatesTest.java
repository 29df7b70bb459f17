package io.polydesk.api.graphql.ticketwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.Ticket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

@PolydeskIntegrationTest
class CommentTemplatesTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateCommentTemplateInput!) {
              createCommentTemplate(input: $input) { commentTemplate { id name body author { id } } }
            }""";

    private static final String UPDATE = """
            mutation ($input: UpdateCommentTemplateInput!) {
              updateCommentTemplate(input: $input) { commentTemplate { name body } }
            }""";

    private static final String DELETE = """
            mutation ($input: DeleteCommentTemplateInput!) { deleteCommentTemplate(input: $input) { id } }""";

    private static final String LIST = "{ commentTemplates { id name } }";

    private static final String APPLY = """
            mutation ($input: AddCommentFromTemplateInput!) {
              addCommentFromTemplate(input: $input) { comment { content internal author { id } } }
            }""";

    private String create(TestUser author, String name, String body) {
        return as(author)
                .document(CREATE)
                .variable("input", Map.of("name", name, "body", body))
                .execute()
                .path("createCommentTemplate.commentTemplate.id")
                .entity(String.class)
                .get();
    }

    @Test
    void agentCreatesATemplateEveryAgentSeesAndAppliesItToATicket() {
        TestUser author = users.agent();
        TestUser other = users.agent();
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "VPN broken");
        String name = "Reset " + unique();
        String id = create(
                author,
                name,
                "Hi {{requester.name}}, about {{ ticket.number }} ({{ticket.title}}): please reboot. {{agent.name}}");

        as(other)
                .document(LIST)
                .execute()
                .path("commentTemplates[*].id")
                .entityList(String.class)
                .contains(id);
        String content = as(other)
                .document(APPLY)
                .variable("input", Map.of("ticketId", id(ticket.id()), "templateId", id, "internal", false))
                .execute()
                .path("addCommentFromTemplate.comment.internal")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("addCommentFromTemplate.comment.author.id")
                .entity(String.class)
                .isEqualTo(id(other.id()))
                .path("addCommentFromTemplate.comment.content")
                .entity(String.class)
                .get();
        assertThat(content)
                .isEqualTo("Hi " + customer.user().fullName() + ", about " + ticket.number()
                        + " (VPN broken): please reboot. " + other.user().fullName());
    }

    @Test
    void anInternalTemplatedCommentStaysHiddenFromTheCustomer() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Escalate");
        String id = create(agent, "Escalation " + unique(), "Escalated {{ticket.number}}");

        as(agent)
                .document(APPLY)
                .variable("input", Map.of("ticketId", id(ticket.id()), "templateId", id, "internal", true))
                .execute()
                .path("addCommentFromTemplate.comment.internal")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(customer)
                .document("query ($id: ID!) { ticket(id: $id) { commentCount } }")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.commentCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void unknownPlaceholdersAndBlankFieldsAreRefusedWithDetails() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable("input", Map.of("name", " ", "body", "Dear {{customer.nickname}}"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.name", "input.body");
    }

    @Test
    void onlyTheAuthorOrAnAdministratorChangesATemplate() {
        TestUser author = users.agent();
        String id = create(author, "Thanks " + unique(), "Thanks!");

        singleError(
                as(users.agent())
                        .document(UPDATE)
                        .variable("input", Map.of("id", id, "body", "Hijacked"))
                        .execute(),
                "FORBIDDEN");
        as(author)
                .document(UPDATE)
                .variable("input", Map.of("id", id, "body", "Thank you, {{requester.name}}!"))
                .execute()
                .path("updateCommentTemplate.commentTemplate.body")
                .entity(String.class)
                .isEqualTo("Thank you, {{requester.name}}!");
        as(users.admin())
                .document(DELETE)
                .variable("input", Map.of("id", id))
                .execute()
                .path("deleteCommentTemplate.id")
                .entity(String.class)
                .isEqualTo(id);
        singleError(
                as(author).document(DELETE).variable("input", Map.of("id", id)).execute(), "NOT_FOUND");
    }

    @Test
    void customersNeitherListNorApplyTemplates() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        String id = create(users.agent(), "Hello " + unique(), "Hello");

        singleError(as(customer).document(LIST).execute(), "FORBIDDEN");
        singleError(
                as(customer)
                        .document(APPLY)
                        .variable("input", Map.of("ticketId", id(ticket.id()), "templateId", id))
                        .execute(),
                "FORBIDDEN");
        singleError(anonymous().document(LIST).execute(), "UNAUTHORIZED");
    }

    @Test
    void applyingAnUnknownTemplateIsNotFound() {
        Ticket ticket = ticket(users.customer(), "Whatever");
        singleError(
                as(users.agent())
                        .document(APPLY)
                        .variable("input", Map.of("ticketId", id(ticket.id()), "templateId", "999999999"))
                        .execute(),
                "NOT_FOUND");
    }
}
