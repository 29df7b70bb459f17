package io.polydesk.api.graphql.node;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** {@code node} and {@code nodes}: any object by its global id, one batch per type, visibility applied. */
@Controller
class NodeGraphQlController {

    static final int MAX_IDS = 100;

    private final NodeDirectory directory;

    NodeGraphQlController(NodeDirectory directory) {
        this.directory = directory;
    }

    @QueryMapping
    Object node(@Argument String id, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        GlobalId global = decode(id, "id");
        Object found = load(actor, global.type(), List.of(global.key())).get(global.key());
        if (found == null) {
            throw DomainException.notFound(global.type(), id);
        }
        return found;
    }

    @QueryMapping
    DataFetcherResult<List<Object>> nodes(
            @Argument List<String> ids, @AuthenticationPrincipal Actor actor, DataFetchingEnvironment env) {
        Actor.require(actor);
        if (ids.size() > MAX_IDS) {
            throw DomainException.invalid("ids", "at most " + MAX_IDS + " ids, got " + ids.size());
        }
        List<GraphQLError> errors = new ArrayList<>();
        List<GlobalId> globals = new ArrayList<>();
        Map<String, List<Long>> keysByType = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            GlobalId global = GlobalId.decode(ids.get(i)).orElse(null);
            globals.add(global);
            if (global != null) {
                keysByType
                        .computeIfAbsent(global.type(), t -> new ArrayList<>())
                        .add(global.key());
            }
        }
        Map<String, Map<Long, ?>> loaded = new LinkedHashMap<>();
        keysByType.forEach((type, keys) -> loaded.put(type, load(actor, type, keys)));
        List<Object> result = new ArrayList<>();
        for (int i = 0; i < globals.size(); i++) {
            GlobalId global = globals.get(i);
            Object found = global == null ? null : loaded.get(global.type()).get(global.key());
            if (global == null) {
                errors.add(error(env, i, ErrorType.BAD_REQUEST, "ids[" + i + "] is not a global id"));
            } else if (found == null) {
                errors.add(error(env, i, ErrorType.NOT_FOUND, global.type() + " " + ids.get(i) + " not found"));
            }
            result.add(found);
        }
        return DataFetcherResult.<List<Object>>newResult()
                .data(result)
                .errors(errors)
                .build();
    }

    private Map<Long, ?> load(Actor actor, String type, List<Long> keys) {
        NodeDirectory.Loader loader = directory.loader(type);
        return loader == null ? Map.of() : loader.load(actor, keys);
    }

    private static GlobalId decode(String raw, String argument) {
        return GlobalId.decode(raw)
                .orElseThrow(() -> DomainException.invalid(argument, "is not a global id (see Node.id)"));
    }

    private static GraphQLError error(DataFetchingEnvironment env, int index, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError()
                .path(env.getExecutionStepInfo().getPath().segment(index))
                .location(env.getField().getSourceLocation())
                .errorType(type)
                .message(message)
                .build();
    }
}
