package io.polydesk.api.graphql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/** Credentials made over GraphQL: the login mutation's JWT and personal API tokens, each usable as Bearer. */
@PolydeskIntegrationTest
class ApiTokensAndLoginTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateApiTokenInput!) {
              createApiToken(input: $input) { secret token { id name prefix revoked } }
            }""";

    private static final String REVOKE = """
            mutation ($input: RevokeApiTokenInput!) {
              revokeApiToken(input: $input) { token { id revoked revokedAt } }
            }""";

    private static final String LOGIN = """
            mutation ($input: LoginInput!) { login(input: $input) { token expiresAt user { id } } }""";

    @Test
    void createdTokenIsShownOnceListedWithoutSecretAndWorksAsBearer() {
        TestUser agent = users.agent();
        var created = as(agent)
                .document(CREATE)
                .variable("input", Map.of("name", "CI"))
                .execute();
        String secret =
                created.path("createApiToken.secret").entity(String.class).get();
        String tokenId =
                created.path("createApiToken.token.id").entity(String.class).get();
        created.path("createApiToken.token.prefix")
                .entity(String.class)
                .satisfies(p -> assertThat(secret).startsWith(p));

        as(agent)
                .document("{ apiTokens { id name revoked } }")
                .execute()
                .path("apiTokens[*].id")
                .entityList(String.class)
                .containsExactly(tokenId);
        bearer(secret)
                .document("{ me { id } }")
                .execute()
                .path("me.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()));
    }

    @Test
    void revokedTokenIsMarkedRevoked() {
        TestUser customer = users.customer();
        String tokenId = as(customer)
                .document(CREATE)
                .variable("input", Map.of("name", "old"))
                .execute()
                .path("createApiToken.token.id")
                .entity(String.class)
                .get();

        as(customer)
                .document(REVOKE)
                .variable("input", Map.of("id", tokenId))
                .execute()
                .path("revokeApiToken.token.revoked")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("revokeApiToken.token.revokedAt")
                .hasValue();
    }

    @Test
    void someoneElsesTokenIsNotFound() {
        String tokenId = as(users.customer())
                .document(CREATE)
                .variable("input", Map.of("name", "mine"))
                .execute()
                .path("createApiToken.token.id")
                .entity(String.class)
                .get();
        singleError(
                as(users.agent())
                        .document(REVOKE)
                        .variable("input", Map.of("id", tokenId))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void blankTokenNameIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable("input", Map.of("name", " "))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.name");
    }

    @Test
    void revokeWithNonNumericIdIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(REVOKE)
                        .variable("input", Map.of("id", "pd_x"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.id");
    }

    @Test
    void anonymousHasNoTokens() {
        singleError(anonymous().document("{ apiTokens { id } }").execute(), "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(CREATE)
                        .variable("input", Map.of("name", "x"))
                        .execute(),
                "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(REVOKE)
                        .variable("input", Map.of("id", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void loginIssuesATokenThatWorksAsBearer() {
        TestUser customer = users.customer();
        var response = anonymous()
                .document(LOGIN)
                .variable("input", Map.of("login", customer.user().username(), "password", customer.password()))
                .execute();
        response.path("login.user.id").entity(String.class).isEqualTo(id(customer.id()));
        response.path("login.expiresAt").hasValue();
        String token = response.path("login.token").entity(String.class).get();

        bearer(token)
                .document("{ me { id } }")
                .execute()
                .path("me.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()));
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        TestUser customer = users.customer();
        singleError(
                anonymous()
                        .document(LOGIN)
                        .variable("input", Map.of("login", customer.user().username(), "password", "wrong-password"))
                        .execute(),
                "UNAUTHORIZED");
    }

    private HttpGraphQlTester bearer(String token) {
        return anonymous()
                .mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }
}
