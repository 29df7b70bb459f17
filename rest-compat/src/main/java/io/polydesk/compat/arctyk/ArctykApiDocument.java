package io.polydesk.compat.arctyk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.DialectApiDocument;
import io.polydesk.compat.support.drf.DrfApiSchemas;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykApiDocument {

    @Bean
    GroupedOpenApi arctykOpenApi(ArctykDialect dialect) {
        return DialectApiDocument.of(
                        dialect,
                        "Arctyk ITSM REST API",
                        "Tickets, comments, projects and assets as the Arctyk ITSM API serves them: DRF pages"
                                + " `{count, next, previous, results}`, `{\"detail\"}` errors, paths with or"
                                + " without the trailing slash.")
                .errorBody(DrfApiSchemas.error())
                .build();
    }
}
