package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The fixture collection's offline search page, opened from file:// in a real Chromium and used by typing. */
class SearchPageTest {

    private static final String GRAIN = "What the Grain Corridor Taught the Insurers";

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

    @BeforeEach
    void openSearch() {
        browser.open("search.html");
        browser.requestedUrls();
        waitUntilReady();
    }

    @Test
    void typingAQueryShowsTheArticleWithTheMatchHighlighted() {
        type("insurers");
        List<WebElement> results = results();
        assertTrue(!results.isEmpty(), "results for insurers");
        WebElement first = results.get(0);
        WebElement link = first.findElement(By.cssSelector(".search-result__title a"));
        assertEquals(GRAIN, link.getText());
        assertEquals(browser.site().resolve("articles/2024/grain-corridor-insurers.html").toUri().toString(),
                link.getAttribute("href"), "a link into the site");
        assertEquals("articles/2024/grain-corridor-insurers.html", link.getDomAttribute("href"), "a relative link");
        assertEquals("Insurers", link.findElement(By.tagName("mark")).getText(), "the matching word is marked");
        String meta = first.findElement(By.className("search-result__meta")).getText();
        assertTrue(meta.contains("Emre Kılıç") && meta.contains("8 October 2024") && meta.contains("Bosphorus Notes"),
                "byline, date and source: " + meta);
        String kicker = first.findElement(By.className("search-result__kicker")).getText();
        assertTrue(kicker.contains("FOOD SECURITY") || kicker.contains("Food Security"), "regions and themes: " + kicker);

        link.click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("grain-corridor-insurers.html"));
        assertEquals(GRAIN, browser.driver().findElement(By.tagName("h1")).getText());
        Chromium.assertAllLocal(browser.requestedUrls(), "search and the article it led to");
    }

    @Test
    void findsAuthorsSourcesRegionsAndThemesWithoutAccentsOrWholeWords() {
        type("Kilic");
        assertTrue(titles().contains(GRAIN), "an author typed without accents: " + titles());
        type("bosphorus grain");
        assertEquals(GRAIN, titles().get(0), "source and title words together");
        type("middle east food");
        assertTrue(titles().contains(GRAIN), "a region and a theme: " + titles());
        type("underwrit");
        assertTrue(titles().contains(GRAIN), "the start of a word from the body: " + titles());
    }

    @Test
    void saysSoWhenNothingMatches() {
        type("zzyzx");
        assertEquals(0, results().size());
        assertTrue(browser.driver().findElement(By.id("search-status")).getText().startsWith("No articles match"));
    }

    @Test
    void aQueryInTheAddressRunsOnLoad() {
        browser.open("search.html?q=monsoon");
        waitUntilReady();
        assertTrue(!results().isEmpty(), "results for ?q=monsoon");
        assertEquals("monsoon", browser.driver().findElement(By.id("search-input")).getDomProperty("value"));
    }

    private static void waitUntilReady() {
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(
                d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
    }

    private static void type(String query) {
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        String expected = query.strip();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText()
                .contains("“" + expected + "”"));
    }

    private static List<WebElement> results() {
        return browser.driver().findElements(By.cssSelector("#search-results > li"));
    }

    private static List<String> titles() {
        return results().stream().map(r -> r.findElement(By.cssSelector(".search-result__title")).getText()).toList();
    }
}
