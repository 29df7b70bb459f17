package io.polydesk.api.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser needs, over plain HTTP and without credentials: the page with its Content-Security-Policy,
 * its own assets and the WebJar bundles.
 */
@PolydeskIntegrationTest
class GraphiQlEndpointTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void servesThePageWithoutCredentialsAndWithAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/graphiql", "/graphiql/", "/graphiql?query=%7B+__typename+%7D"}) {
            HttpResponse<String> page = get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .contains(GraphiQlController.CONTENT_SECURITY_POLICY);
            assertThat(page.body()).as(path).contains("/webjars/graphiql/").contains("data-endpoint=\"/graphql\"");
        }
    }

    @Test
    void servesTheBundlesAndAssetsWithoutCredentials() throws Exception {
        String html = new GraphiQlPage("/graphql", "").render("");
        List<String> assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"")
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .toList();

        assertThat(assets).hasSizeGreaterThanOrEqualTo(7);
        for (String asset : assets) {
            HttpResponse<String> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.body()).as(asset).isNotBlank();
        }
    }

    @Test
    void sendsTheBrowsersOwnFaviconRequestToTheIconWithoutCredentials() throws Exception {
        HttpResponse<String> redirect = get("/favicon.ico");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/graphiql/assets/favicon.svg"));
        HttpResponse<String> icon = get("/graphiql/assets/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
