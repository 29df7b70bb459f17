package io.polydesk.api.graphql.http;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL's handler, with content negotiation as GraphQL over HTTP expects it. The stock handler
 * takes the first {@code Accept} entry that equals a type it supports, so
 * {@code application/graphql-response+json;charset=utf-8}, or a preference expressed by quality values,
 * falls back to {@code application/json}. This picks the preferred type first and lets the stock handler
 * do everything else, including the 4xx for request errors that {@code graphql-response+json} calls for.
 */
public class NegotiatingGraphQlHttpHandler extends GraphQlHttpHandler {

    private static final List<MediaType> RESPONSE_TYPES =
            List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON);

    public NegotiatingGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
        super(graphQlHandler);
    }

    @Override
    public ServerResponse handleRequest(ServerRequest request) throws ServletException {
        List<MediaType> accepted;
        try {
            accepted = request.headers().accept();
        } catch (InvalidMediaTypeException e) {
            // The stock handler answers an unparsable Accept header with 406.
            return super.handleRequest(request);
        }
        MediaType preferred = preferred(accepted);
        if (preferred == null || preferred.equals(literalMatch(accepted))) {
            return super.handleRequest(request);
        }
        byte[] body;
        try {
            body = request.body(byte[].class);
        } catch (IOException e) {
            throw new ServerWebInputException("I/O error while reading the request body", null, e);
        }
        return super.handleRequest(ServerRequest.from(request)
                .headers(headers -> headers.setAccept(List.of(preferred)))
                .body(body)
                .build());
    }

    /** The supported type the client ranks highest, ignoring parameters; null when it names none. */
    static MediaType preferred(List<MediaType> accepted) {
        return accepted.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .map(type -> new MediaType(type.getType(), type.getSubtype()))
                .filter(RESPONSE_TYPES::contains)
                .findFirst()
                .orElse(null);
    }

    /** What the stock handler would choose: the first entry equal to a supported type. */
    private static MediaType literalMatch(List<MediaType> accepted) {
        return accepted.stream().filter(RESPONSE_TYPES::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
    }
}
