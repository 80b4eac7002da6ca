package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.commentary.site.DataFiles;
import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The copy-link button on an article of the fixture collection, opened from file:// in Chromium: the plain
 * link becomes a "Copy link" button that puts the article's published address on the clipboard and says so,
 * with nothing fetched from the network.
 */
class CopyLinkTest {

    private static final String ARTICLE = "articles/2024/grain-corridor-insurers.html";
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
    void theButtonCopiesTheArticlesAddressAndSaysSo() {
        browser.requestedUrls();
        browser.open(ARTICLE);
        WebElement button = browser.driver().findElement(By.cssSelector(".copy-link button"));
        assertEquals("Copy link", button.getText());
        assertFalse(browser.driver().findElement(By.cssSelector(".copy-link a[data-copy-link]")).isDisplayed(),
                "the plain link gives way to the button");
        // The test's stand-in for the system clipboard records what the page writes to it.
        browser.script("window.copied = null; Object.defineProperty(navigator, 'clipboard', {configurable: true,"
                + " value: {writeText: function (text) { window.copied = text; return Promise.resolve(); }}});");
        button.click();
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !d.findElement(By.cssSelector(".copy-link [role=status]"))
                .getText().isEmpty());
        assertEquals("Link copied.", browser.driver().findElement(By.cssSelector(".copy-link [role=status]")).getText());
        String base = new DataFiles(FixtureCollection.source()).siteUrl();
        assertEquals(base + ARTICLE, browser.script("return window.copied"));
        Chromium.assertAllLocal(browser.requestedUrls(), ARTICLE + " with the copy button");
    }

    @Test
    void withoutAClipboardTheButtonStillCopiesBySelection() {
        browser.open(ARTICLE);
        browser.script("Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined});"
                + " window.selected = null; document.execCommand = function (command) {"
                + " window.selected = document.activeElement && document.activeElement.value; return command === 'copy'; };");
        browser.driver().findElement(By.cssSelector(".copy-link button")).click();
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> !d.findElement(By.cssSelector(".copy-link [role=status]"))
                .getText().isEmpty());
        assertTrue(String.valueOf(browser.script("return window.selected")).endsWith(ARTICLE));
        assertEquals("Link copied.", browser.driver().findElement(By.cssSelector(".copy-link [role=status]")).getText());
    }
}
