package io.polydesk.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** Every GraphQL example in the README is valid against the schema the server runs, so the README stays true. */
@PolydeskIntegrationTest
class ReadmeGraphQlExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Autowired
    GraphQlSource graphQl;

    @Test
    void everyGraphQlExampleInTheReadmeValidates() throws IOException {
        List<String> examples = EXAMPLE.matcher(Files.readString(readme()))
                .results()
                .map(match -> match.group(1))
                .toList();

        assertThat(examples).as("GraphQL examples in the README").hasSizeGreaterThanOrEqualTo(3);
        for (String example : examples) {
            assertThat(ParseAndValidate.parseAndValidate(
                                    graphQl.schema(),
                                    ExecutionInput.newExecutionInput(example).build())
                            .getErrors())
                    .as("errors in the README example:%n%s", example)
                    .isEmpty();
        }
    }

    private static Path readme() {
        Path here = Path.of("").toAbsolutePath();
        Path readme = here.resolve("README.md");
        return Files.exists(readme) ? readme : here.getParent().resolve("README.md");
    }
}
