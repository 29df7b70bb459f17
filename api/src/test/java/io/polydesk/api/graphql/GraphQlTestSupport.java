package io.polydesk.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketArchiving;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketUpdates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every GraphQL test needs: testers per caller over real HTTP, test data made through the domain,
 * error checks.
 */
public abstract class GraphQlTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TicketCreation ticketCreation;

    @Autowired
    protected TicketUpdates ticketUpdates;

    @Autowired
    protected TicketArchiving ticketArchiving;

    @Autowired
    protected CommentService commentService;

    @Autowired
    protected ProjectService projectService;

    protected TestUsers users;

    @BeforeEach
    void setUpUsers() {
        users = new TestUsers(context);
    }

    /** The first request after start-up warms the whole GraphQL engine; on a busy machine that takes over 5s. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    protected WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(TIMEOUT)
                .build();
    }

    protected HttpGraphQlTester as(TestUser user) {
        return HttpGraphQlTester.builder(client().mutate().baseUrl("http://127.0.0.1:" + port + "/graphql"))
                .header(HttpHeaders.AUTHORIZATION, user.basic())
                .responseTimeout(TIMEOUT)
                .build();
    }

    protected HttpGraphQlTester anonymous() {
        return HttpGraphQlTester.builder(client().mutate().baseUrl("http://127.0.0.1:" + port + "/graphql"))
                .responseTimeout(TIMEOUT)
                .build();
    }

    /** Asserts exactly one error with the given classification and returns it for further checks. */
    protected static ResponseError singleError(GraphQlTester.Response response, String classification) {
        AtomicReference<ResponseError> error = new AtomicReference<>();
        response.errors().satisfy(errors -> {
            assertThat(errors).as("errors").hasSize(1);
            error.set(errors.get(0));
        });
        assertThat(error.get().getExtensions())
                .as(error.get().getMessage())
                .containsEntry("classification", classification);
        return error.get();
    }

    /** The field paths of a BAD_REQUEST's {@code extensions.details}. */
    @SuppressWarnings("unchecked")
    protected static List<String> detailFields(ResponseError error) {
        Object details = error.getExtensions().get("details");
        assertThat(details).as("extensions.details of " + error.getMessage()).isInstanceOf(List.class);
        return ((List<Map<String, Object>>) details)
                .stream().map(d -> (String) d.get("field")).toList();
    }

    protected Ticket ticket(TestUser requester, String title) {
        return ticketCreation.create(requester.actor(), CreateTicket.of(title, "Description of " + title));
    }

    protected Ticket ticket(Actor staff, CreateTicket command) {
        return ticketCreation.create(staff, command);
    }

    protected Comment comment(TestUser author, Ticket ticket, String content, boolean internal) {
        return commentService.add(author.actor(), ticket.id(), content, internal);
    }

    protected Project project() {
        return projectService.create(users.admin().actor(), "Project " + unique(), "For tests");
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String id(long id) {
        return Long.toString(id);
    }
}
