package io.polydesk.compat.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;

/**
 * The OpenAPI document of one dialect, served at {@code /v3/api-docs/<dialect>}: the paths of the controllers in
 * the dialect's package, the credential forms every surface accepts, and the dialect's own error body on each
 * status an operation can answer before or inside its controller.
 */
public final class DialectApiDocument {

    private static final String ERROR_SCHEMA = "Error";

    private final Dialect dialect;
    private final String title;
    private final String description;
    private final Map<String, SecurityScheme> credentials = new LinkedHashMap<>();
    private final List<OpenApiCustomizer> customizers = new ArrayList<>();
    private final Map<String, String> errorStatuses = errorStatuses();
    private Schema<?> errorBody;

    private DialectApiDocument(Dialect dialect, String title, String description) {
        this.dialect = dialect;
        this.title = title;
        this.description = description;
        credentials.put(
                "basic",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("A Polydesk username or e-mail address and its password."));
        credentials.put(
                "bearer",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A Polydesk JWT (from `POST /api/v1/auth/login` or the GraphQL `login`"
                                + " mutation), an external OpenID Connect token, or a personal API token."));
    }

    public static DialectApiDocument of(Dialect dialect, String title, String description) {
        return new DialectApiDocument(dialect, title, description);
    }

    /** A credential form beyond Basic and Bearer, such as BOSSDesk's {@code Authorization: Token token=...}. */
    public DialectApiDocument credential(String name, SecurityScheme scheme) {
        credentials.put(name, scheme);
        return this;
    }

    /** The body of every error the dialect answers. */
    public DialectApiDocument errorBody(Schema<?> schema) {
        this.errorBody = schema;
        return this;
    }

    /** A status beyond the common ones that the dialect's document gives, such as 409 or 422. */
    public DialectApiDocument errorStatus(int status, String meaning) {
        errorStatuses.put(Integer.toString(status), meaning);
        return this;
    }

    /** Paths a controller scan cannot see, such as method-style calls dispatched by one handler. */
    public DialectApiDocument customize(OpenApiCustomizer customizer) {
        customizers.add(customizer);
        return this;
    }

    public GroupedOpenApi build() {
        if (errorBody == null) {
            throw new IllegalStateException("the " + dialect.name() + " document needs its error body");
        }
        GroupedOpenApi.Builder group = GroupedOpenApi.builder()
                .group(dialect.name())
                .displayName(dialect.name())
                .packagesToScan(dialect.getClass().getPackageName())
                .addOpenApiCustomizer(this::describe);
        customizers.forEach(group::addOpenApiCustomizer);
        return group.addOpenApiCustomizer(this::addErrors).build();
    }

    private void describe(OpenAPI document) {
        document.info(new Info().title(title).version("v1").description(description));
        Components components = document.getComponents() == null ? new Components() : document.getComponents();
        credentials.forEach(components::addSecuritySchemes);
        components.addSchemas(ERROR_SCHEMA, errorBody);
        document.components(components);
        document.security(credentials.keySet().stream()
                .map(name -> new SecurityRequirement().addList(name))
                .toList());
    }

    private void addErrors(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().values().forEach(path -> path.readOperations().forEach(this::addErrors));
    }

    private void addErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        errorStatuses.forEach((status, meaning) -> {
            ApiResponse existing = responses.get(status);
            if (existing == null || existing.getContent() == null) {
                responses.addApiResponse(status, errorResponse(meaning));
            }
        });
        operation.setResponses(responses);
    }

    private static ApiResponse errorResponse(String meaning) {
        Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA);
        return new ApiResponse()
                .description(meaning)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(reference)));
    }

    private static Map<String, String> errorStatuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("400", "Malformed input: the message names the parameter or field.");
        statuses.put("401", "Missing or bad credentials (with `WWW-Authenticate`).");
        statuses.put("403", "The caller may not do this.");
        statuses.put("404", "Unknown id, or an object the caller may not see.");
        statuses.put("413", "The request body is over the size limit.");
        statuses.put("429", "Over the rate limit; `Retry-After` says when to retry.");
        return statuses;
    }
}
