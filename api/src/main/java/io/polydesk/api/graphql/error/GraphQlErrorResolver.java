package io.polydesk.api.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.web.DatabaseUnavailable;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * The one place GraphQL turns exceptions into {@code errors[]}: the domain's taxonomy onto {@link ErrorType},
 * validation details as field paths, and anything unexpected into an opaque INTERNAL_ERROR logged once here.
 */
@Component
public class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    /** The error {@code errors[]} carries for {@code thrown}; mutations also report expected ones this way in version 1. */
    public GraphQLError errorFor(Throwable thrown, DataFetchingEnvironment env) {
        return resolveToSingleError(thrown, env);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
        // Failures of DataLoader futures arrive wrapped; the cause is what the domain threw.
        Throwable ex = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (ex instanceof DomainException domain) {
            return domainError(domain, env);
        }
        if (ex instanceof BindException bind) {
            List<Map<String, Object>> details = bind.getFieldErrors().stream()
                    .map(e -> detail(e.getField(), "has a value of the wrong type"))
                    .toList();
            return error(env, ErrorType.BAD_REQUEST, "Invalid arguments", Map.of("details", details));
        }
        if (ex instanceof AuthenticationException) {
            return error(env, ErrorType.UNAUTHORIZED, "Authentication required", Map.of());
        }
        if (ex instanceof AccessDeniedException) {
            return error(env, ErrorType.FORBIDDEN, "Access denied", Map.of());
        }
        if (DatabaseUnavailable.causedBy(ex)) {
            log.warn(
                    "Database unavailable for GraphQL field {}: {}",
                    env.getExecutionStepInfo().getPath(),
                    ex.getMessage());
            return error(
                    env,
                    ErrorType.INTERNAL_ERROR,
                    DatabaseUnavailable.MESSAGE,
                    Map.of("code", DatabaseUnavailable.CODE));
        }
        log.error(
                "Unexpected error in GraphQL field {} ({})",
                env.getExecutionStepInfo().getPath(),
                env.getExecutionId(),
                ex);
        return error(
                env, ErrorType.INTERNAL_ERROR, "Internal error (execution " + env.getExecutionId() + ")", Map.of());
    }

    private static GraphQLError domainError(DomainException ex, DataFetchingEnvironment env) {
        return switch (ex.code()) {
            case INVALID ->
                error(
                        env,
                        ErrorType.BAD_REQUEST,
                        ex.getMessage(),
                        Map.of(
                                "details",
                                ex.details().stream()
                                        .map(d -> detail(path(d, env), d.message()))
                                        .toList()));
            case UNAUTHENTICATED -> error(env, ErrorType.UNAUTHORIZED, ex.getMessage(), Map.of());
            case FORBIDDEN -> error(env, ErrorType.FORBIDDEN, ex.getMessage(), Map.of());
            case NOT_FOUND -> error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of());
            case CONFLICT -> error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of("code", "CONFLICT"));
        };
    }

    /**
     * The domain names fields by its own names ({@code title}); mutations take them inside one {@code input}
     * argument, so the path a client sees is {@code input.title}.
     */
    static String path(FieldError detail, DataFetchingEnvironment env) {
        String field = detail.field();
        boolean hasInput = env.getFieldDefinition().getArgument("input") != null;
        String first = field.split("[.\\[]", 2)[0];
        boolean ownArgument = env.getFieldDefinition().getArgument(first) != null;
        return hasInput && !ownArgument ? "input." + field : field;
    }

    private static Map<String, Object> detail(String field, String message) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", field);
        detail.put("message", message);
        return detail;
    }

    private static GraphQLError error(
            DataFetchingEnvironment env, ErrorType type, String message, Map<String, Object> extensions) {
        Map<String, Object> withCode = new LinkedHashMap<>(extensions);
        withCode.putIfAbsent("code", type.name());
        return GraphqlErrorBuilder.newError(env)
                .errorType(type)
                .message(message)
                .extensions(withCode)
                .build();
    }
}
