package io.polydesk.api.graphql.token;

import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.token.ApiToken;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.token.CreatedApiToken;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The caller's personal API tokens. The secret leaves the server once, in the create payload. */
@Controller
class ApiTokenGraphQlController {

    record CreateApiTokenInput(String name) {}

    record RevokeApiTokenInput(String id) {}

    record RevokeApiTokenPayload(ApiToken token) {}

    private final ApiTokenService tokens;

    ApiTokenGraphQlController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @QueryMapping
    List<ApiToken> apiTokens(@AuthenticationPrincipal Actor actor) {
        return tokens.list(actor, null);
    }

    /** {@link CreatedApiToken} has exactly the payload's shape: {@code secret} and {@code token}. */
    @MutationMapping
    CreatedApiToken createApiToken(@Argument CreateApiTokenInput input, @AuthenticationPrincipal Actor actor) {
        return tokens.create(actor, input.name());
    }

    @MutationMapping
    RevokeApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new RevokeApiTokenPayload(tokens.revoke(actor, Ids.require(input.id(), "input.id")));
    }
}
