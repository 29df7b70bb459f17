package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.DialectApiDocument;
import io.polydesk.compat.support.drf.DrfApiSchemas;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskApiDocument {

    @Bean
    GroupedOpenApi djangoHelpdeskOpenApi(DjangoHelpdeskDialect dialect) {
        return DialectApiDocument.of(
                        dialect,
                        "django-helpdesk REST API",
                        "Tickets, followups, followup attachments and users as django-helpdesk's DRF API serves"
                                + " them: staff only except `user_tickets/`, trailing slash required, JSON, form and"
                                + " multipart bodies, absolute `next`/`previous` links.")
                .errorBody(DrfApiSchemas.error())
                .errorStatus(405, "The path does not answer this method (`Allow` lists those it does).")
                .build();
    }
}
