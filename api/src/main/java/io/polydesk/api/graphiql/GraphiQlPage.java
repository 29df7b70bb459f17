package io.polydesk.api.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The GraphiQL HTML page: {@code graphiql/index.html} with its {@code {{name}}} placeholders filled with the
 * paths of the WebJar bundles, Polydesk's own assets and the GraphQL endpoints, all below the context path.
 */
final class GraphiQlPage {

    /** Where {@link GraphiQlWebConfiguration} serves {@code classpath:/graphiql/assets/}. */
    static final String ASSETS_PATH = "/graphiql/assets/";

    private static final String TEMPLATE = "graphiql/index.html";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private final String template;
    private final Map<String, String> paths;
    private final String graphQlPath;
    private final String webSocketPath;

    /**
     * @param graphQlPath the HTTP endpoint, {@code spring.graphql.http.path}
     * @param webSocketPath the WebSocket endpoint, {@code spring.graphql.websocket.path}; blank when
     *     subscriptions are off
     */
    GraphiQlPage(String graphQlPath, String webSocketPath) {
        if (!StringUtils.hasText(graphQlPath) || !graphQlPath.startsWith("/")) {
            throw new IllegalArgumentException("The GraphQL path must start with '/': " + graphQlPath);
        }
        this.graphQlPath = graphQlPath;
        this.webSocketPath = StringUtils.hasText(webSocketPath) ? webSocketPath : "";
        this.template = load();
        this.paths = new LinkedHashMap<>();
        paths.put("graphiqlCss", WebJarAsset.path("graphiql", "graphiql.min.css"));
        paths.put("graphiqlJs", WebJarAsset.path("graphiql", "graphiql.min.js"));
        paths.put("reactJs", WebJarAsset.path("react", "umd/react.production.min.js"));
        paths.put("reactDomJs", WebJarAsset.path("react-dom", "umd/react-dom.production.min.js"));
        paths.put("pageCss", asset("polydesk-graphiql.css"));
        paths.put("pageJs", asset("polydesk-graphiql.js"));
        paths.put("icon", asset("favicon.svg"));
        // Fails at start-up rather than on the first request if the template names a value nobody fills.
        render("");
    }

    /** The page for an application deployed at {@code contextPath} ({@code ""} at the root). */
    String render(String contextPath) {
        Map<String, String> values = new LinkedHashMap<>();
        paths.forEach((name, path) -> values.put(name, contextPath + path));
        values.put("endpoint", contextPath + graphQlPath);
        values.put("subscriptionEndpoint", webSocketPath.isEmpty() ? "" : contextPath + webSocketPath);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + 512);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(TEMPLATE + " has an unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(page, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value)));
        }
        matcher.appendTail(page);
        return page.toString();
    }

    private static String asset(String file) {
        if (!new ClassPathResource("graphiql/assets/" + file).exists()) {
            throw new IllegalStateException("graphiql/assets/" + file + " is missing from the classpath");
        }
        return ASSETS_PATH + file;
    }

    private static String load() {
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + TEMPLATE + " from the classpath", e);
        }
    }
}
