package io.polydesk.api.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The definition of done, walked as a new team would: everything through GraphQL with a token from the
 * login mutation, files through the documented upload endpoint. Nothing is made through the domain directly.
 */
@PolydeskIntegrationTest
class ServiceDeskDayTest extends GraphQlTestSupport {

    @Test
    void aWholeServiceDeskDayThroughTheApi() {
        String run = unique();
        HttpGraphQlTester admin = bearer(login("admin@example.com", TestUsers.ADMIN_PASSWORD));

        String agentId = createUser(admin, "agent-" + run, "AGENT");
        String customerId = createUser(admin, "customer-" + run, "CUSTOMER");
        HttpGraphQlTester agent = bearer(login("agent-" + run, "agent-password-" + run));
        HttpGraphQlTester customer = bearer(login("customer-" + run, "customer-password-" + run));

        // Register a laptop and hand it to the customer.
        String typeId = admin.document("""
                mutation ($name: String!) { createAssetType(input: {name: $name, icon: "laptop"}) { assetType { id } } }""")
                .variable("name", "Laptops " + run)
                .execute()
                .path("createAssetType.assetType.id")
                .entity(String.class)
                .get();
        String locationId = admin.document("""
                mutation ($name: String!) { createLocation(input: {name: $name}) { location { id } } }""")
                .variable("name", "Head office " + run)
                .execute()
                .path("createLocation.location.id")
                .entity(String.class)
                .get();
        String assetId = agent.document("""
                mutation ($input: CreateAssetInput!) { createAsset(input: $input) { asset { id } } }""")
                .variable(
                        "input",
                        Map.of(
                                "name",
                                "ThinkPad " + run,
                                "typeId",
                                typeId,
                                "locationId",
                                locationId,
                                "serialNumber",
                                "SN-" + run))
                .execute()
                .path("createAsset.asset.id")
                .entity(String.class)
                .get();
        agent.document("""
                mutation ($id: ID!, $user: ID!) {
                  assignAsset(input: {id: $id, userId: $user}) { asset { assignedUsers { id } } }
                }""")
                .variable("id", assetId)
                .variable("user", customerId)
                .execute()
                .path("assignAsset.asset.assignedUsers[*].id")
                .entityList(String.class)
                .containsExactly(customerId);
        customer.document("""
                query ($type: ID!) { assets(filter: {typeId: $type}) { totalCount edges { node { id name } } } }""")
                .variable("type", typeId)
                .execute()
                .path("assets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(assetId);

        // The customer reports the same problem twice; the agent merges the second into the first.
        String first = createTicket(customer, "Laptop " + run + " will not boot");
        String second = createTicket(customer, "Laptop " + run + " black screen");
        agent.document("""
                mutation ($source: ID!, $target: ID!) {
                  mergeTickets(input: {sourceId: $source, targetId: $target}) { mergedTicket { status { key } mergedInto { id } } }
                }""")
                .variable("source", second)
                .variable("target", first)
                .execute()
                .path("mergeTickets.mergedTicket.status.key")
                .entity(String.class)
                .isEqualTo("duplicate")
                .path("mergeTickets.mergedTicket.mergedInto.id")
                .entity(String.class)
                .isEqualTo(first);

        // The agent answers, logs the work and attaches the diagnostics.
        agent.document("""
                mutation ($ticket: ID!) { addComment(input: {ticketId: $ticket, content: "Reinstalled the driver."}) { comment { id } } }""")
                .variable("ticket", first)
                .execute()
                .path("addComment.comment.id")
                .hasValue();
        agent.document("""
                mutation ($ticket: ID!, $date: Date!) {
                  logTime(input: {ticketId: $ticket, date: $date, minutes: 45, billable: true}) { timeEntry { minutes } }
                }""")
                .variable("ticket", first)
                .variable("date", LocalDate.now(ZoneOffset.UTC).toString())
                .execute()
                .path("logTime.timeEntry.minutes")
                .entity(Integer.class)
                .isEqualTo(45);
        String agentToken = login("agent-" + run, "agent-password-" + run);
        String attachmentId = upload(agentToken, "diagnostics.txt", "boot log of " + run);
        agent.document("""
                mutation ($file: ID!, $ticket: ID!) { attachFile(input: {attachmentId: $file, ticketId: $ticket}) { attachment { id } } }""")
                .variable("file", attachmentId)
                .variable("ticket", first)
                .execute()
                .path("attachFile.attachment.id")
                .entity(String.class)
                .isEqualTo(attachmentId);

        agent.document("""
                query ($id: ID!) { ticket(id: $id) { timeSpent { minutes billableMinutes } } }""")
                .variable("id", first)
                .execute()
                .path("ticket.timeSpent.billableMinutes")
                .entity(Integer.class)
                .isEqualTo(45);

        // The customer sees the answer and the file (never the time booked), and downloads the file.
        String downloadUrl = customer.document("""
                query ($id: ID!) { ticket(id: $id) { comments { nodes { content } } timeSpent { minutes } attachments { downloadUrl } } }""")
                .variable("id", first)
                .execute()
                .path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .contains("Reinstalled the driver.")
                .path("ticket.timeSpent")
                .valueIsNull()
                .path("ticket.attachments[0].downloadUrl")
                .entity(String.class)
                .get();
        String customerToken = login("customer-" + run, "customer-password-" + run);
        byte[] downloaded = client().get()
                .uri(downloadUrl)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + customerToken)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment;.*")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(new String(downloaded, StandardCharsets.UTF_8)).isEqualTo("boot log of " + run);

        // Search finds the ticket, and the day shows in the statistics.
        agent.document("""
                query ($q: String!) { searchTickets(query: $q) { totalCount edges { node { id } } } }""")
                .variable("q", "boot " + run)
                .execute()
                .path("searchTickets.edges[0].node.id")
                .entity(String.class)
                .isEqualTo(first);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        customer.document("""
                query ($day: Date!) { ticketStatistics(from: $day, to: $day) { total meanFirstResponseSeconds } }""")
                .variable("day", today)
                .execute()
                .path("ticketStatistics.total")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("ticketStatistics.meanFirstResponseSeconds")
                .hasValue();
        assertThat(agentId).isNotEqualTo(customerId);
    }

    private String login(String login, String password) {
        return anonymous()
                .document("""
                mutation ($login: String!, $password: String!) { login(input: {login: $login, password: $password}) { token } }""")
                .variable("login", login)
                .variable("password", password)
                .execute()
                .path("login.token")
                .entity(String.class)
                .get();
    }

    private HttpGraphQlTester bearer(String token) {
        return anonymous()
                .mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }

    private static String createUser(HttpGraphQlTester admin, String username, String role) {
        String password = username.replaceFirst("-", "-password-");
        return admin.document("""
                mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }""")
                .variable(
                        "input",
                        Map.of(
                                "username",
                                username,
                                "email",
                                username + "@example.com",
                                "password",
                                password,
                                "role",
                                role))
                .execute()
                .path("createUser.user.id")
                .entity(String.class)
                .get();
    }

    private static String createTicket(HttpGraphQlTester requester, String title) {
        return requester
                .document("""
                mutation ($title: String!) { createTicket(input: {title: $title, description: "Since this morning."}) { ticket { id } } }""")
                .variable("title", title)
                .execute()
                .path("createTicket.ticket.id")
                .entity(String.class)
                .get();
    }

    private String upload(String token, String fileName, String content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return fileName;
                    }
                })
                .contentType(MediaType.TEXT_PLAIN);
        Map<?, ?> answer = client().post()
                .uri("/attachments")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) answer.get("id");
    }
}
