package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.DialectApiDocument;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskApiDocument {

    @Bean
    GroupedOpenApi bossDeskOpenApi(BossDeskDialect dialect) {
        return DialectApiDocument.of(
                        dialect,
                        "BOSSDesk API v1",
                        "Sessions, tickets by `friendly_id`, comments, tasks, time entries, attachments, users,"
                                + " CIs and lookup lists, with Ransack `q[...]` filters and bare-array pages.")
                .credential(
                        "token",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("Authorization")
                                .description("`Token token=\"<api_key>\"`, the `api_key` of `POST /sessions`."))
                .errorBody(error())
                .errorStatus(409, "A stale `lock_version`.")
                .errorStatus(422, "Validation failed: `errors` maps each field (or `base`) to Rails' messages.")
                .build();
    }

    private static Schema<?> error() {
        Schema<?> errors = new ObjectSchema();
        errors.setAdditionalProperties(new ArraySchema().items(new StringSchema()));
        return new ObjectSchema()
                .description("`{\"errors\": {\"<field>\": [\"can't be blank\"]}}`; `base` for the whole object")
                .addProperty("errors", errors);
    }
}
