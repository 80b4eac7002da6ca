package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.commentary.site.FixtureBake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A moved article's old addresses, opened from disk in Chromium: the redirect page must land on the
 * article itself (file://, no server), and the withdrawn article's address must show its notice.
 */
class RedirectInBrowserTest {

    private static Chromium browser;

    @BeforeAll
    static void bakeAndStart() {
        FixtureBake.Result bake = FixtureBake.bake("revisions-browser", "fixtures/revisions/published");
        assertTrue(bake.succeeded(), bake::describe);
        browser = Chromium.start(bake.output());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOldAddressLandsOnTheMovedArticleFromDisk() {
        for (String alias : new String[] {"articles/2024/customs-union.html", "old-site/customs.html"}) {
            browser.open(alias);
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl()
                    .endsWith("/articles/2024/customs-union-moved.html"));
            assertTrue(browser.driver().getCurrentUrl().startsWith("file:"), browser.driver().getCurrentUrl());
            assertEquals("The Customs Union Nobody Wanted to Leave",
                    browser.driver().findElement(By.cssSelector("h1.article__title")).getText());
            Chromium.assertAllLocal(browser.requestedUrls(), alias);
        }
    }

    @Test
    void aWithdrawnArticlesAddressShowsItsNotice() {
        browser.open("articles/2024/harbour-column-withdrawn.html");
        assertEquals("This article has been withdrawn",
                browser.driver().findElement(By.cssSelector(".withdrawal__heading")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".article__body")).isEmpty());
    }
}
