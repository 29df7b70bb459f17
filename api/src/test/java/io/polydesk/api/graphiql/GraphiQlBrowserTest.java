package io.polydesk.api.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import io.polydesk.api.testing.HeadlessChromium;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketCreation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * GraphiQL in a real headless Chromium against the whole application: the page loads from Polydesk alone,
 * takes its query from {@code ?query=}, runs it against {@code /graphql}, and sends the headers editor's
 * {@code Authorization} header.
 */
@PolydeskIntegrationTest
class GraphiQlBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final String LOGIN = """
            mutation {
              login(input: {login: "admin", password: "%s"}) {
                token
                user { username }
              }
            }""".formatted(TestUsers.ADMIN_PASSWORD);

    private static final String QUERY_EDITOR = "section.graphiql-query-editor .CodeMirror";
    private static final String HEADERS_EDITOR =
            "section.graphiql-editor-tool[aria-label='Headers'] .graphiql-editor:not(.hidden) .CodeMirror";
    private static final String RESPONSE_EDITOR = "section.result-window .CodeMirror";

    private static HeadlessChromium chromium;

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private TicketCreation ticketCreation;

    @Autowired
    private EventLog events;

    private ChromeDriver browser;

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * One browser for the class, started by the first test. Each test starts without GraphiQL's saved tabs and
     * with an empty console log. Checked here rather than before all tests, so that a skip shows on each test.
     */
    @BeforeEach
    void openBrowser() {
        HeadlessChromium.requireInstalled();
        if (chromium == null) {
            chromium = HeadlessChromium.start();
        }
        browser = chromium.driver();
        // Any page of the origin will do for clearing its storage; this one runs no script.
        browser.get(origin() + "/graphiql/assets/polydesk-graphiql.css");
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear();");
        browser.manage().logs().get(LogType.BROWSER);
    }

    @Test
    void runsTheLoginMutationFromTheAddressAndShowsTheToken() {
        openGraphiQl(LOGIN);

        String response = run();

        assertThat(field(response, "$.data.login.user.username")).isEqualTo("admin");
        assertThat(field(response, "$.data.login.token")).as("a signed JWT").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    @Test
    void sendsTheAuthorizationHeaderFromTheHeadersEditor() {
        openGraphiQl(LOGIN);
        String token = field(run(), "$.data.login.token");

        openGraphiQl("{ me { username role } }");
        browser.findElement(By.xpath("//button[normalize-space()='Headers']")).click();
        editor(HEADERS_EDITOR, "{\"Authorization\": \"Bearer " + token + "\"}");

        String response = run();

        assertThat(field(response, "$.data.me.username")).isEqualTo("admin");
        assertThat(field(response, "$.data.me.role")).isEqualTo("ADMIN");
    }

    @Test
    void signsInFromTheSignInBarAndRunsTheStartingQueryWithTheToken() {
        openStartingPage();
        String startingQuery = editorValue(QUERY_EDITOR);
        assertThat(startingQuery).contains("query AgentInbox").contains("tickets(first: 10");

        signIn("admin", TestUsers.ADMIN_PASSWORD);
        new WebDriverWait(browser, WAIT).until(driver -> signInStatus().startsWith("Signed in as admin"));
        assertThat(browser.findElement(By.cssSelector("#polydesk-sign-in input[name='password']"))
                        .getDomProperty("value"))
                .as("the password is cleared once used")
                .isEmpty();

        String response = run();

        assertThat(field(response, "$.data.me.username")).isEqualTo("admin");
        assertThat(JsonPath.parse(response).read("$.data.tickets.totalCount", Integer.class))
                .isNotNull();
        assertThat(response).doesNotContain("\"errors\"");
    }

    @Test
    void showsTheServersMessageForAWrongPasswordAndSendsNoToken() {
        openStartingPage();

        signIn("admin", "not-the-password");

        String status = new WebDriverWait(browser, WAIT).until(driver -> {
            String text = signInStatus();
            return text.isEmpty() || text.startsWith("Signing in") ? null : text;
        });
        assertThat(status).doesNotStartWith("Signed in");
        editor(QUERY_EDITOR, "{ me { username } }");
        assertThat(run()).contains("\"errors\"").doesNotContain("\"username\":\"admin\"");
    }

    @Test
    void runsASubscriptionOverWebSocketAndShowsEachEvent() {
        openStartingPage();
        signIn("admin", TestUsers.ADMIN_PASSWORD);
        new WebDriverWait(browser, WAIT).until(driver -> signInStatus().startsWith("Signed in as admin"));
        // From the log's position before the ticket is written, so the subscription replays it from the store
        // however long the WebSocket takes to open on a busy machine.
        String subscription = "subscription { ticketEvents(filter: {types: [TICKET_CREATED]}, after: \""
                + events.lastId() + "\") { type ticket { title } } }";
        ticketCreation.create(
                new TestUsers(context).admin().actor(), CreateTicket.of("Seen live in GraphiQL", "From the test"));
        editor(QUERY_EDITOR, subscription);
        // GraphiQL parses an edit after a 100 ms pause and then writes it into the address. Until it has, a click
        // runs the previous query's parse, sees no subscription and posts over HTTP instead of opening a WebSocket.
        new WebDriverWait(browser, WAIT).until(driver -> subscription.equals(queryInTheAddress()));
        editor(RESPONSE_EDITOR, "");
        browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();

        String shown = new WebDriverWait(browser, WAIT)
                .withMessage(() -> "the result pane shows: " + editorValue(RESPONSE_EDITOR))
                .until(driver -> editorValue(RESPONSE_EDITOR).contains("Seen live in GraphiQL")
                        ? editorValue(RESPONSE_EDITOR)
                        : null);
        assertThat(field(shown, "$.data.ticketEvents.type")).isEqualTo("TICKET_CREATED");
    }

    @Test
    void loadsTheSchemaForTheDocumentationExplorer() {
        openGraphiQl("{ __typename }");
        browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']"))
                .click();

        WebElement explorer = new WebDriverWait(browser, WAIT).until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector(".graphiql-doc-explorer"));
            return found.isEmpty() || found.get(0).getText().isBlank() ? null : found.get(0);
        });
        new WebDriverWait(browser, WAIT)
                .until(driver -> !explorer.findElements(
                                By.cssSelector(".graphiql-doc-explorer-root-type, .graphiql-doc-explorer-error"))
                        .isEmpty());

        assertThat(explorer.findElements(By.cssSelector(".graphiql-doc-explorer-error")))
                .as(
                        "GraphiQL could not introspect the schema (%s); the server answered: %s",
                        explorer.getText(), editorValue(RESPONSE_EDITOR))
                .isEmpty();
        assertThat(explorer.getText()).contains("Query").contains("Mutation");
    }

    @Test
    void loadsEveryScriptStyleAndRequestFromPolydeskItself() {
        openGraphiQl("{ __typename }");
        assertThat(field(run(), "$.data.__typename")).isEqualTo("Query");

        List<WebElement> scripts = browser.findElements(By.cssSelector("script[src]"));
        List<WebElement> links = browser.findElements(By.cssSelector("link[href]"));
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(scripts)
                .extracting(script -> script.getDomAttribute("src"))
                .allMatch(src -> src.startsWith("/") && !src.startsWith("//"));
        assertThat(links).isNotEmpty();
        assertThat(links)
                .extracting(link -> link.getDomAttribute("href"))
                .allMatch(href -> href.startsWith("/") && !href.startsWith("//"));
        assertThat(scripts)
                .extracting(script -> script.getDomAttribute("src"))
                .anyMatch(src -> src.startsWith("/webjars/graphiql/"))
                .anyMatch(src -> src.startsWith("/webjars/react/"))
                .anyMatch(src -> src.startsWith("/webjars/react-dom/"));

        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return performance.getEntriesByType('resource').map(function (entry) { return entry.name; });");
        assertThat(fetched)
                .as("everything the page fetched")
                .isNotEmpty()
                .allMatch(url -> url.startsWith(origin() + "/"));

        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(problems)
                .as("browser console warnings and errors (blocked loads, CSP violations)")
                .isEmpty();
    }

    private void openStartingPage() {
        browser.get(origin() + "/graphiql");
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.graphiql-execute-button")));
        new WebDriverWait(browser, WAIT)
                .until(driver -> !editorValue(QUERY_EDITOR).isBlank());
    }

    private void signIn(String login, String password) {
        WebElement form = browser.findElement(By.id("polydesk-sign-in"));
        WebElement loginField = form.findElement(By.name("login"));
        loginField.clear();
        loginField.sendKeys(login);
        WebElement passwordField = form.findElement(By.name("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        form.findElement(By.name("signIn")).click();
    }

    private String signInStatus() {
        return browser.findElement(By.cssSelector(".polydesk-sign-in-status")).getText();
    }

    private void openGraphiQl(String query) {
        browser.get(origin() + "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.graphiql-execute-button")));
        new WebDriverWait(browser, WAIT).until(driver -> query.equals(editorValue(QUERY_EDITOR)));
        // GraphiQL shows a failed schema fetch in the result pane: let it finish before running anything.
        new WebDriverWait(browser, WAIT).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "var endpoint = arguments[0];"
                                + " var refetch = document.querySelector(\"button[aria-label='Re-fetch GraphQL schema']\");"
                                + " return !!refetch && !refetch.disabled && performance.getEntriesByType('resource')"
                                + ".some(function (entry) { return entry.name === endpoint; });",
                        origin() + "/graphql"));
    }

    /** Clicks GraphiQL's run button and waits for the result pane to show the server's answer. */
    private String run() {
        editor(RESPONSE_EDITOR, "");
        browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
        return new WebDriverWait(browser, WAIT).until(driver -> {
            String value = editorValue(RESPONSE_EDITOR);
            return value.strip().startsWith("{") ? value : null;
        });
    }

    /** A value from the JSON that GraphiQL's result pane shows; a missing one fails with that JSON. */
    private static String field(String response, String path) {
        try {
            return JsonPath.parse(response).read(path, String.class);
        } catch (PathNotFoundException e) {
            throw new AssertionError("No " + path + " in what GraphiQL showed: " + response, e);
        }
    }

    private String queryInTheAddress() {
        Object value = ((JavascriptExecutor) browser)
                .executeScript("return new URLSearchParams(window.location.search).get('query');");
        return value == null ? "" : value.toString();
    }

    private String editorValue(String selector) {
        Object value = ((JavascriptExecutor) browser)
                .executeScript(
                        "var editor = document.querySelector(arguments[0]);"
                                + " return editor && editor.CodeMirror ? editor.CodeMirror.getValue() : null;",
                        selector);
        return value == null ? "" : value.toString();
    }

    private void editor(String selector, String value) {
        new WebDriverWait(browser, WAIT).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "var editor = document.querySelector(arguments[0]);"
                                + " if (!editor || !editor.CodeMirror) { return false; }"
                                + " editor.CodeMirror.setValue(arguments[1]); return true;",
                        selector,
                        value));
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }
}
