package io.polydesk.api.graphql.http;

import graphql.GraphQLException;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET, which Spring for GraphQL 2.0 does not serve (its endpoint answers GET with 405).
 * Reads {@code query}, {@code operationName}, {@code variables} and {@code extensions} from the query string,
 * refuses mutations with 405 as the GraphQL-over-HTTP spec requires, and hands everything else to the same
 * {@link GraphQlHttpHandler} that serves POST, so both methods share execution, interceptors and response
 * media types.
 */
class GraphQlGetHandler {

    private final GraphQlHttpHandler handler;
    private final JsonMapper json;

    GraphQlGetHandler(GraphQlHttpHandler handler, JsonMapper json) {
        this.handler = handler;
        this.json = json;
    }

    ServerResponse handle(ServerRequest request) throws Exception {
        Optional<String> query = request.param("query").filter(q -> !q.isBlank());
        if (query.isEmpty()) {
            return refuse(HttpStatus.BAD_REQUEST, "A GET request needs the GraphQL document in the 'query' parameter");
        }
        Optional<String> operationName = request.param("operationName").filter(n -> !n.isBlank());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query.get());
        operationName.ifPresent(name -> body.put("operationName", name));
        for (String name : List.of("variables", "extensions")) {
            Optional<String> raw = request.param(name).filter(v -> !v.isBlank());
            if (raw.isPresent()) {
                try {
                    body.put(name, json.readValue(raw.get(), new TypeReference<Map<String, Object>>() {}));
                } catch (JacksonException e) {
                    return refuse(HttpStatus.BAD_REQUEST, "The '" + name + "' parameter must be a JSON object");
                }
            }
        }
        if (isMutation(query.get(), operationName.orElse(null))) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .allow(HttpMethod.POST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(errors("Mutations and subscriptions must be sent with POST"));
        }
        MediaType accept;
        try {
            accept = NegotiatingGraphQlHttpHandler.preferred(request.headers().accept());
        } catch (InvalidMediaTypeException e) {
            return refuse(HttpStatus.NOT_ACCEPTABLE, "Could not parse the Accept header");
        }
        // Negotiated here, so the handler gets one literal Accept and needs no second look at the body.
        ServerRequest asPost = ServerRequest.from(request)
                .method(HttpMethod.POST)
                .headers(headers -> {
                    headers.setContentType(MediaType.APPLICATION_JSON);
                    headers.setAccept(List.of(accept == null ? MediaType.APPLICATION_JSON : accept));
                })
                .body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
                .build();
        return handler.handleRequest(asPost);
    }

    /**
     * True when the operation to run is a mutation or subscription. A document that does not parse is left
     * to execution, which reports the syntax error in the usual shape.
     */
    private static boolean isMutation(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (GraphQLException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                .anyMatch(
                        op -> Set.of(OperationDefinition.Operation.MUTATION, OperationDefinition.Operation.SUBSCRIPTION)
                                .contains(op.getOperation()));
    }

    private static ServerResponse refuse(HttpStatus status, String message) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(errors(message));
    }

    private static Map<String, Object> errors(String message) {
        return Map.of(
                "errors",
                List.of(Map.of(
                        "message", message, "extensions", Map.of("classification", ErrorType.BAD_REQUEST.name()))));
    }
}
