package io.polydesk.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.HeadlessChromium;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI in a real headless Chromium: it renders a dialect's document from Polydesk alone, under the CSP. */
@PolydeskIntegrationTest
class ApiDocumentViewerBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static HeadlessChromium chromium;

    @LocalServerPort
    private int port;

    private ChromeDriver browser;

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        HeadlessChromium.requireInstalled();
        if (chromium == null) {
            chromium = HeadlessChromium.start();
        }
        browser = chromium.driver();
        browser.manage().logs().get(LogType.BROWSER);
    }

    @Test
    void rendersTheChosenDialectsPathsWithNothingFromAnotherOrigin() {
        browser.get(origin() + "/swagger-ui/index.html?urls.primaryName=ticketing-v1");

        String paths = new WebDriverWait(browser, WAIT).until(driver -> {
            String text = String.join(
                    "\n",
                    driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                            .map(element -> element.getText())
                            .toList());
            return text.contains("/api/v1/") ? text : null;
        });

        assertThat(paths).contains("/api/v1/auth/login").contains("/api/v1/tickets");
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
                .contains("Ticketing Platform API v1");
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(fetched).isNotEmpty().allMatch(url -> url.startsWith(origin() + "/"));
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(problems)
                .as("browser console errors (blocked loads, CSP violations)")
                .isEmpty();
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }
}
