package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A reader's path through the fixture collection's offline site in a real Chromium, following links by
 * clicking them: home, an article, its region, an author, and home again. Every page must show the
 * expected heading, and nothing may be requested from anywhere but the disk.
 */
class BrowserNavigationTest {

    private static Chromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(FixtureCollection.site().root());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void homeArticleRegionAuthorAndHomeAgainByClicking() {
        browser.open("index.html");
        assertPage("index.html", "Latest commentary");

        WebElement firstCard = browser.driver().findElement(By.cssSelector(".card__title a"));
        String articleTitle = text(firstCard);
        click(firstCard);
        assertPage("articles/", articleTitle);
        assertTrue(browser.driver().findElement(By.cssSelector("footer.attribution")).isDisplayed(),
                "the article carries its attribution footer");

        WebElement region = browser.driver().findElement(By.cssSelector(".article__header .terms--regions a"));
        String regionName = text(region); // as written, not as styled (upper case)
        click(region);
        assertPage("regions/", regionName);
        assertTrue(browser.driver().findElements(By.cssSelector(".card__title a")).stream()
                .anyMatch(link -> text(link).equals(articleTitle)), "the region page lists the article");

        WebElement author = browser.driver().findElement(By.cssSelector(".card__meta a[href*='authors/']"));
        String authorName = text(author);
        click(author);
        assertPage("authors/", authorName);

        click(browser.driver().findElement(By.cssSelector(".site-name")));
        assertPage("index.html", "Latest commentary");
    }

    @Test
    void aRequestToTheNetworkWouldBeNoticed() {
        browser.open("about.html");
        browser.requestedUrls();
        // Loopback, port 9 (discard): nothing is sent anywhere, but the browser does try.
        browser.script("var img = new Image(); img.src = 'http://127.0.0.1:9/pixel.png'; document.body.append(img);");
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> browser.resourceUrls().stream()
                .anyMatch(url -> url.startsWith("http:")));
        List<String> requested = browser.requestedUrls();
        assertTrue(requested.contains("http://127.0.0.1:9/pixel.png"), "network events show it: " + requested);
        assertThrows(AssertionFailedError.class, () -> Chromium.assertAllLocal(requested, "the check itself"));
    }

    private static String text(WebElement element) {
        return element.getDomProperty("textContent").strip();
    }

    private static void click(WebElement link) {
        String before = browser.driver().getCurrentUrl();
        link.click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> "complete".equals(browser.script("return document.readyState")));
    }

    private static void assertPage(String pathPart, String heading) {
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith("file:") && url.contains(pathPart), "opened from disk: " + url);
        List<WebElement> h1 = browser.driver().findElements(By.tagName("h1"));
        assertEquals(1, h1.size(), "one h1 on " + url);
        assertEquals(heading, text(h1.get(0)), "heading of " + url);
        assertFalse(browser.driver().getTitle().isBlank(), "title of " + url);
        Chromium.assertAllLocal(browser.resourceUrls(), url + " (resource timing)");
        List<String> requested = browser.requestedUrls();
        assertFalse(requested.isEmpty(), "Chrome's network events are recorded (at least the page itself)");
        Chromium.assertAllLocal(requested, url + " (network events)");
    }
}
