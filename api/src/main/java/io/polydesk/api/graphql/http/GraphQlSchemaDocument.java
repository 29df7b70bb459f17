package io.polydesk.api.graphql.http;

import graphql.schema.idl.SchemaPrinter;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schema as SDL, for code generators and for reading: the same types introspection gives, printed once at
 * start-up (CONTRACT §7).
 */
@RestController
class GraphQlSchemaDocument {

    static final String PATH = "${spring.graphql.http.path:/graphql}/schema.graphqls";

    private final String sdl;

    GraphQlSchemaDocument(GraphQlSource source) {
        this.sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                        .includeDirectives(false)
                        .includeScalarTypes(true))
                .print(source.schema());
    }

    @GetMapping(path = PATH, produces = "text/plain;charset=UTF-8")
    String schema() {
        return sdl;
    }
}
