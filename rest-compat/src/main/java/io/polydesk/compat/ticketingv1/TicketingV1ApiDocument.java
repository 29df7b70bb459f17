package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.DialectApiDocument;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingV1ApiDocument {

    @Bean
    GroupedOpenApi ticketingV1OpenApi(TicketingV1Dialect dialect) {
        return DialectApiDocument.of(
                        dialect,
                        "Ticketing Platform API v1",
                        "Login, tickets, comments and users in `{data}` and `{data, pagination}` envelopes, string"
                                + " ids, `X-RateLimit-*` headers on every response.")
                .errorBody(error())
                .errorStatus(409, "The write would duplicate a unique resource.")
                .errorStatus(422, "A field failed validation; `details` names each one.")
                .build();
    }

    private static Schema<?> error() {
        Schema<?> detail =
                new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        Schema<?> error = new ObjectSchema()
                .addProperty("code", new StringSchema().example("invalid_input"))
                .addProperty("message", new StringSchema())
                .addProperty("details", new ArraySchema().items(detail));
        return new ObjectSchema().addProperty("error", error);
    }
}
