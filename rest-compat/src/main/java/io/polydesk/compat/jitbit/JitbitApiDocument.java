package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.DialectApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Locale;
import java.util.Set;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Jitbit's calls are dispatched by one handler on the method name, so no controller scan finds them: the document
 * lists the names its routes registered, each with the verbs it answers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitApiDocument {

    @Bean
    GroupedOpenApi jitbitOpenApi(JitbitDialect dialect, JitbitFrontController calls) {
        String base = dialect.basePath().value();
        return DialectApiDocument.of(
                        dialect,
                        "Jitbit-style helpdesk API",
                        "Method-style calls such as `/api/Tickets`, `/api/Ticket?id=7` and `/api/UpdateTicket`. Method"
                                + " and parameter names ignore case; parameters are read alike from the query string,"
                                + " a form or multipart body, or a JSON body.")
                .errorBody(new StringSchema().description("The error message as a JSON string."))
                .errorStatus(405, "The method name does not answer this verb (`Allow` lists those it does).")
                .customize(document -> addCalls(document, base, calls))
                .build();
    }

    private static void addCalls(OpenAPI document, String base, JitbitFrontController calls) {
        Paths paths = document.getPaths() == null ? new Paths() : document.getPaths();
        calls.methods().forEach((name, verbs) -> paths.addPathItem(base + "/" + name, pathItem(name, verbs)));
        document.paths(paths);
    }

    private static PathItem pathItem(String name, Set<HttpMethod> verbs) {
        PathItem item = new PathItem();
        for (HttpMethod verb : verbs) {
            Operation operation = new Operation()
                    .operationId(name + "_" + verb.name().toLowerCase(Locale.ROOT))
                    .summary(name)
                    .responses(new ApiResponses()
                            .addApiResponse(
                                    "200",
                                    new ApiResponse()
                                            .description("The call's answer: an object, a list or a bare id.")
                                            .content(new Content()
                                                    .addMediaType(
                                                            org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                                            new MediaType().schema(new Schema<>())))));
            item.operation(PathItem.HttpMethod.valueOf(verb.name()), operation);
        }
        return item;
    }
}
