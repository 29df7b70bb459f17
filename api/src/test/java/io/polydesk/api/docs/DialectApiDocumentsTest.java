package io.polydesk.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each dialect's OpenAPI document, served without credentials: its own paths, credential forms and errors. */
@PolydeskIntegrationTest
class DialectApiDocumentsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @CsvSource({
        "arctyk, Arctyk ITSM REST API, /api/tickets/{id}, get",
        "jitbit, Jitbit-style helpdesk API, /api/Tickets, get",
        "jitbit, Jitbit-style helpdesk API, /api/UpdateTicket, post",
        "django-helpdesk, django-helpdesk REST API, /helpdesk/api/tickets/, get",
        "ticketing-v1, Ticketing Platform API v1, /api/v1/auth/login, post",
        "bossdesk, BOSSDesk API v1, /bossdesk/api/v1/tickets/{friendlyId}, get"
    })
    void describesEachDialectAsOpenApi31WithItsOwnPaths(String dialect, String title, String path, String verb)
            throws Exception {
        HttpResponse<String> response = get("/v3/api-docs/" + dialect);

        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext document = JsonPath.parse(response.body());
        assertThat(document.read("$.openapi", String.class)).startsWith("3.1");
        assertThat(document.read("$.info.title", String.class)).isEqualTo(title);
        Map<String, Object> paths = document.read("$.paths");
        assertThat(paths).containsKey(path);
        assertThat(document.read("$.paths['" + path + "']", Map.class)).containsKey(verb);
        assertThat(document.read("$.components.securitySchemes", Map.class)).containsKeys("basic", "bearer");
        assertThat(document.read("$.paths['" + path + "']." + verb + ".responses", Map.class))
                .containsKeys("400", "401", "403", "404", "413", "429");
        assertThat(document.read(
                        "$.paths['" + path + "']." + verb + ".responses['401'].content['application/json'].schema.$ref",
                        String.class))
                .isEqualTo("#/components/schemas/Error");
    }

    @Test
    void keepsEachDocumentToItsOwnDialect() throws Exception {
        Map<String, Object> arctyk =
                JsonPath.parse(get("/v3/api-docs/arctyk").body()).read("$.paths");
        Map<String, Object> ticketing =
                JsonPath.parse(get("/v3/api-docs/ticketing-v1").body()).read("$.paths");
        Map<String, Object> bossdesk =
                JsonPath.parse(get("/v3/api-docs/bossdesk").body()).read("$.paths");

        assertThat(arctyk.keySet()).allMatch(p -> p.startsWith("/api/") && !p.startsWith("/api/v1/"));
        assertThat(arctyk.keySet()).noneMatch(p -> p.equals("/api/Tickets"));
        assertThat(ticketing.keySet()).allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(bossdesk.keySet()).allMatch(p -> p.startsWith("/bossdesk/api/v1/"));
        assertThat(bossdesk.keySet()).noneMatch(p -> p.contains("graphql"));
    }

    @Test
    void documentsEachDialectsOwnErrorBodyAndCredentials() throws Exception {
        DocumentContext ticketing =
                JsonPath.parse(get("/v3/api-docs/ticketing-v1").body());
        assertThat(ticketing.read("$.components.schemas.Error.properties.error.properties", Map.class))
                .containsKeys("code", "message", "details");

        DocumentContext bossdesk = JsonPath.parse(get("/v3/api-docs/bossdesk").body());
        assertThat(bossdesk.read("$.components.schemas.Error.properties", Map.class))
                .containsKey("errors");
        assertThat(bossdesk.read("$.components.securitySchemes.token.name", String.class))
                .isEqualTo("Authorization");
        assertThat(bossdesk.read("$.paths['/bossdesk/api/v1/tickets'].post.responses", Map.class))
                .containsKey("422");

        DocumentContext arctyk = JsonPath.parse(get("/v3/api-docs/arctyk").body());
        assertThat(arctyk.read("$.components.schemas.Error.properties", Map.class))
                .containsKey("detail");
    }

    @Test
    void listsEveryDialectForTheViewer() throws Exception {
        HttpResponse<String> config = get("/v3/api-docs/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        List<String> names = JsonPath.parse(config.body()).read("$.urls[*].name");
        assertThat(names).containsExactlyInAnyOrder("arctyk", "jitbit", "django-helpdesk", "ticketing-v1", "bossdesk");
    }

    @Test
    void servesTheViewerFromPolydeskUnderAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'")
                        .contains("script-src 'self'")
                        .doesNotContain("unsafe-eval"));
        assertThat(page.body()).doesNotContain("https://").doesNotContain("http://");
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    @Test
    void answersAnUnknownDialectWith404() throws Exception {
        assertThat(get("/v3/api-docs/no-such-dialect").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
