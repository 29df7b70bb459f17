package io.polydesk.api.graphql.ticketwork;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The shared GraphQL test support with a longer response timeout: the first request of a freshly started
 * context can take more than the tester's default five seconds on a loaded machine.
 */
abstract class TicketWorkTestSupport extends GraphQlTestSupport {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    @Override
    protected HttpGraphQlTester as(TestUser user) {
        return super.as(user).mutate().responseTimeout(RESPONSE_TIMEOUT).build();
    }

    @Override
    protected HttpGraphQlTester anonymous() {
        return super.anonymous().mutate().responseTimeout(RESPONSE_TIMEOUT).build();
    }
}
