package io.polydesk.api.graphiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The page's template, filled without starting the application. */
class GraphiQlPageTest {

    @Test
    void pointsAtTheWebJarBundlesAndTheEndpointsBelowTheContextPath() {
        String html = new GraphiQlPage("/graphql", "/graphql").render("/desk");

        assertThat(html)
                .contains("src=\"/desk/webjars/react/18.2.0/umd/react.production.min.js\"")
                .contains("src=\"/desk/webjars/react-dom/18.2.0/umd/react-dom.production.min.js\"")
                .contains("src=\"/desk/webjars/graphiql/2.4.7/graphiql.min.js\"")
                .contains("href=\"/desk/webjars/graphiql/2.4.7/graphiql.min.css\"")
                .contains("src=\"/desk/graphiql/assets/polydesk-graphiql.js\"")
                .contains("data-endpoint=\"/desk/graphql\"")
                .contains("data-subscription-endpoint=\"/desk/graphql\"")
                .doesNotContain("{{")
                .doesNotContain("http:")
                .doesNotContain("https:")
                .doesNotContainPattern("<script>|<script [^>]*>[^<]");
    }

    @Test
    void leavesSubscriptionsOffWithoutAWebSocketPath() {
        assertThat(new GraphiQlPage("/graphql", "").render(""))
                .contains("data-endpoint=\"/graphql\"")
                .contains("data-subscription-endpoint=\"\"");
    }

    @Test
    void escapesWhatItWritesIntoTheHtml() {
        assertThat(new GraphiQlPage("/graph\"ql<", null).render("")).contains("data-endpoint=\"/graph&quot;ql&lt;\"");
    }

    @Test
    void refusesAGraphQlPathThatIsNotAbsolute() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GraphiQlPage("graphql", ""));
    }
}
