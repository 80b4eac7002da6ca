package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.commentary.site.FixtureCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The fixture collection's offline search page, opened from file:// in a real Chromium and used by typing:
 * full-text recall, ranking and highlighting, filters, the header's search box, the query in the address
 * (linking and the back button), more results on demand, and that nothing leaves the disk.
 */
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

    @Test
    void everyArticleIsFoundByAnyWordOnlyItsBodyHolds() {
        Map<String, ArticleText> articles = articleTexts();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String[]> picks = new ArrayList<>();
        for (ArticleText article : articles.values()) {
            Set<String> elsewhere = new HashSet<>();
            articles.values().stream().filter(other -> other != article).forEach(other -> elsewhere.addAll(other.all));
            List<String> unique = article.body.stream().filter(word -> !elsewhere.contains(word)).distinct().toList();
            List<String> last = article.lastParagraph.stream().filter(word -> !elsewhere.contains(word)).distinct()
                    .toList();
            assertTrue(!unique.isEmpty(), article.path + " has words no other article has");
            // One word from anywhere in the body and, where it has one, one from its last paragraph.
            picks.add(new String[] {article.path, unique.get(random.nextInt(unique.size()))});
            if (!last.isEmpty()) {
                picks.add(new String[] {article.path, last.get(random.nextInt(last.size()))});
            }
        }
        assertTrue(picks.size() > articles.size(), "some words come from last paragraphs");
        for (String[] pick : picks) {
            type(pick[1]);
            List<String> links = results().stream()
                    .map(r -> r.findElement(By.cssSelector(".search-result__title a")).getDomAttribute("href")).toList();
            assertTrue(links.contains(pick[0]), "“" + pick[1] + "” finds " + pick[0] + " (random seed " + seed + "): "
                    + links);
            assertTrue(results().get(links.indexOf(pick[0])).findElement(By.className("search-result__snippet"))
                    .findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().toLowerCase(Locale.ROOT)
                            .startsWith(pick[1])), "the snippet shows the word, marked: " + pick[1]);
        }
        Chromium.assertAllLocal(browser.requestedUrls(), "search for " + picks.size() + " words");
    }

    @Test
    void theTitleRanksAboveTheBodyAndSnippetsAreCutWithAnEllipsis() {
        // The example: the subject of this article, used only in its body.
        type("insurance");
        int grain = titles().indexOf(GRAIN);
        assertTrue(grain >= 0, "the article about insurance, by its body: " + titles());
        WebElement snippet = results().get(grain).findElement(By.className("search-result__snippet"));
        assertTrue(snippet.getText().startsWith("… ") || snippet.getText().endsWith(" …"),
                "a cut snippet says so: " + snippet.getText());
        assertEquals("insurance", snippet.findElement(By.tagName("mark")).getText().toLowerCase(Locale.ROOT));
        type("corridor");
        assertEquals(GRAIN, titles().get(0), "the word in the title first, before “corridors” in another title");
    }

    @Test
    void filtersNarrowTheResultsAndStayInTheAddress() {
        type("the");
        assertTrue(!results().isEmpty(), "results for “the”");
        String year = results().get(0).findElement(By.tagName("time")).getDomAttribute("datetime").substring(0, 4);
        new Select(browser.driver().findElement(By.id("search-year"))).selectByValue(year);
        waitForStatus("in " + year);
        assertTrue(!results().isEmpty());
        for (WebElement result : results()) {
            assertTrue(result.findElement(By.tagName("time")).getDomAttribute("datetime").startsWith(year),
                    "only articles from " + year);
        }
        assertTrue(browser.driver().getCurrentUrl().contains("year=" + year), browser.driver().getCurrentUrl());

        new Select(browser.driver().findElement(By.id("search-year"))).selectByValue("");
        Select region = new Select(browser.driver().findElement(By.id("search-region")));
        region.selectByVisibleText("South Asia");
        waitForStatus("in South Asia");
        assertTrue(!results().isEmpty());
        results().forEach(r -> assertTrue(r.findElement(By.className("search-result__kicker")).getText()
                .toLowerCase(Locale.ROOT).contains("south asia"), "region filter"));
        region.selectByValue("");

        Select theme = new Select(browser.driver().findElement(By.id("search-theme")));
        theme.selectByVisibleText("Energy");
        waitForStatus("in Energy");
        results().forEach(r -> assertTrue(r.findElement(By.className("search-result__kicker")).getText()
                .toLowerCase(Locale.ROOT).contains("energy"), "theme filter"));
        theme.selectByValue("");

        // With no words, a filter lists all its articles: the author's, here, as many as the author's page.
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.clear();
        new Select(browser.driver().findElement(By.id("search-author"))).selectByVisibleText("Emre Kılıç");
        waitForStatus("in Emre Kılıç");
        results().forEach(r -> assertTrue(r.findElement(By.className("search-result__meta")).getText()
                .contains("Emre Kılıç"), "author filter"));
        Document authorPage = parse(browser.site().resolve("authors/emre-kilic.html"));
        assertEquals(authorPage.select("main .card").size(), results().size(), "the author's articles");
        assertTrue(browser.driver().getCurrentUrl().endsWith("search.html?author=Emre+K%C4%B1l%C4%B1%C3%A7"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void theHeaderBoxSearchesFromAnyPageAndTheBackButtonReturnsToTheLastQuery() {
        browser.open("articles/2024/grain-corridor-insurers.html");
        searchFromHeader("monsoon");
        assertTrue(browser.driver().getCurrentUrl().endsWith("search.html?q=monsoon"), browser.driver().getCurrentUrl());
        assertTrue(!results().isEmpty(), "results for monsoon");
        searchFromHeader("insurers");
        assertEquals(GRAIN, titles().get(0));

        browser.driver().navigate().back();
        waitUntilReady();
        waitForStatus("“monsoon”");
        assertEquals("monsoon", browser.driver().findElement(By.id("search-input")).getDomProperty("value"));
        browser.driver().navigate().back();
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("grain-corridor-insurers.html"));
        Chromium.assertAllLocal(browser.requestedUrls(), "the header box and the back button");
    }

    @Test
    void typedQueriesStayInTheAddressSoAReloadOrALinkShowsThemAgain() {
        type("harvest");
        int count = results().size();
        assertTrue(count > 0);
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.endsWith("search.html?q=harvest"), address);
        browser.driver().navigate().refresh();
        waitUntilReady();
        waitForStatus("“harvest”");
        assertEquals(count, results().size(), "the same results after a reload");
    }

    @Test
    void theNotFoundPageHasASearchBoxToo() {
        Document page = parse(browser.site().resolve("404.html"));
        Element form = page.selectFirst("main form[role=search]");
        assertTrue(form != null, "a search form in the 404 page's content");
        assertTrue(form.attr("action").endsWith("/search.html") && form.attr("method").equals("get"), form.outerHtml());
        Element input = form.selectFirst("input[name=q]");
        assertTrue(input != null && !page.select("label[for=" + input.id() + "]").isEmpty(), "a labelled box");
    }

    @Test
    void moreResultsOnDemandTheCountInALiveRegionAndResultsReachableByTab() {
        type("the");
        WebElement status = browser.driver().findElement(By.id("search-status"));
        assertEquals("status", status.getDomAttribute("role"), "a live region announces the count");
        int total = articleTexts().size();
        assertTrue(status.getText().startsWith(total + " articles match"), status.getText());
        int shown = results().size();
        assertTrue(shown < total, "not all at once: " + shown);
        WebElement more = browser.driver().findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        more.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> results().size() > shown);
        assertEquals(Math.min(total, shown * 2), results().size());
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals(results().get(shown).findElement(By.cssSelector(".search-result__title a")), focused,
                "focus moves to the first new result");

        browser.driver().findElement(By.id("search-input")).click();
        boolean reached = false;
        for (int i = 0; i < 10 && !reached; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            reached = results().get(0).findElement(By.cssSelector(".search-result__title a"))
                    .equals(browser.driver().switchTo().activeElement());
        }
        assertTrue(reached, "Tab from the box reaches the first result");
    }

    private static void searchFromHeader(String query) {
        WebElement box = browser.driver().findElement(By.id("site-search-input"));
        box.clear();
        box.sendKeys(query, Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("search.html?q=" + query));
        waitUntilReady();
        waitForStatus("“" + query + "”");
    }

    private static void waitForStatus(String part) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText()
                .contains(part));
    }

    /** An article page's words (lower case, a to z, four letters or more), read from the baked page. */
    private record ArticleText(String path, List<String> body, List<String> lastParagraph, Set<String> all) {
    }

    private static Map<String, ArticleText> articleTexts() {
        Path site = browser.site();
        Map<String, ArticleText> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("articles"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document page = parse(file);
                Element body = page.selectFirst(".article__body");
                Element last = body.select("p").last();
                String path = site.relativize(file).toString().replace('\\', '/');
                texts.put(path, new ArticleText(path, words(body.text()), words(last == null ? "" : last.text()),
                        new HashSet<>(words(page.selectFirst("main").text()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(word -> word.length() >= 4 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')).toList();
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
