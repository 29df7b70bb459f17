package io.polydesk.api.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.polydesk.api.events.SubscriberTooSlowException;
import io.polydesk.domain.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * What {@link GraphQlErrorResolver} does for fields, for subscriptions: a subscription that cannot start or
 * must end sends one {@code error} message, classified by the domain's taxonomy; anything unexpected is opaque
 * and logged once here.
 */
@Component
public class SubscriptionErrorResolver extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof DomainException domain) {
            return switch (domain.code()) {
                case INVALID ->
                    error(
                            ErrorType.BAD_REQUEST,
                            domain.getMessage(),
                            Map.of(
                                    "details",
                                    domain.details().stream()
                                            .map(d -> detail(d.field(), d.message()))
                                            .toList()));
                case UNAUTHENTICATED -> error(ErrorType.UNAUTHORIZED, domain.getMessage(), Map.of());
                case FORBIDDEN -> error(ErrorType.FORBIDDEN, domain.getMessage(), Map.of());
                case NOT_FOUND -> error(ErrorType.NOT_FOUND, domain.getMessage(), Map.of());
                case CONFLICT -> error(ErrorType.BAD_REQUEST, domain.getMessage(), Map.of("code", "CONFLICT"));
            };
        }
        if (ex instanceof AuthenticationException) {
            return error(ErrorType.UNAUTHORIZED, "Authentication required", Map.of());
        }
        if (ex instanceof SubscriberTooSlowException) {
            return error(ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("code", "TOO_SLOW"));
        }
        log.error("Unexpected error in a GraphQL subscription", ex);
        return error(ErrorType.INTERNAL_ERROR, "Internal error", Map.of());
    }

    private static Map<String, Object> detail(String field, String message) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", field);
        detail.put("message", message);
        return detail;
    }

    private static GraphQLError error(ErrorType type, String message, Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError()
                .errorType(type)
                .message(message)
                .extensions(extensions)
                .build();
    }
}
