package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two language versions of one piece (fixtures/translations: a Polish original and its English translation,
 * which names it in {@code translation_of}) in a collection whose language is English: the Polish text says so
 * with {@code lang}, both pages give their language in JSON-LD, link each other visibly and with
 * {@code hreflang} alternates, and the translation says what it was translated from and by whom.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesTest {

    private static final String ORIGINAL = "articles/2024/port-dzierzawy.html";
    private static final String TRANSLATION = "articles/2024/port-leased-its-own-quay.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteUnderTest site;
    private String base;

    @BeforeAll
    void bake() {
        FixtureBake.Result bake = FixtureBake.bake("translations", "fixtures/translations");
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
        site = bake.site();
        base = new DataFiles(bake.source()).siteUrl();
    }

    @Test
    void anArticleInAnotherLanguageMarksItsTitleTextAndCardsWithItsLanguage() {
        Document original = site.page(ORIGINAL);
        assertThat(original.selectFirst("html").attr("lang")).as("the page's own words").isEqualTo("en");
        assertThat(original.selectFirst("h1.article__title").attr("lang")).isEqualTo("pl");
        assertThat(original.selectFirst(".article__body").attr("lang")).isEqualTo("pl");
        assertThat(original.selectFirst("footer.attribution").closest("[lang=pl]")).as("our attribution footer")
                .isNull();
        Element card = site.page("index.html").selectFirst(".card__title:has(a[href=" + ORIGINAL + "])");
        assertThat(card.attr("lang")).as("its card on the home page").isEqualTo("pl");
        Document translation = site.page(TRANSLATION);
        assertThat(translation.select(".article [lang]:not([lang=pl])")).as("lang on the English translation")
                .allSatisfy(element -> assertThat(element.attr("lang")).isEqualTo("en"));
    }

    @Test
    void jsonLdGivesEachVersionsLanguageAndLinksTheTranslationToItsOriginal() throws Exception {
        JsonNode original = jsonLd(site.page(ORIGINAL));
        JsonNode translation = jsonLd(site.page(TRANSLATION));
        assertThat(original.path("inLanguage").asText()).isEqualTo("pl");
        assertThat(translation.path("inLanguage").asText()).isEqualTo("en");
        assertThat(translation.path("translationOfWork").path("url").asText()).isEqualTo(base + ORIGINAL);
        assertThat(original.path("workTranslation").path("url").asText()).isEqualTo(base + TRANSLATION);
        assertThat(translation.path("translator").get(0).path("name").asText()).isEqualTo("Jonas Ekwall");
    }

    @Test
    void bothVersionsCarryTheSameHreflangAlternatesAndLinkEachOther() {
        for (String page : List.of(ORIGINAL, TRANSLATION)) {
            Document document = site.page(page);
            assertThat(document.select("head link[rel=alternate][hreflang]").eachAttr("hreflang")).as(page)
                    .containsExactly("en", "pl");
            assertThat(document.selectFirst("link[hreflang=pl]").attr("href")).isEqualTo(base + ORIGINAL);
            assertThat(document.selectFirst("link[hreflang=en]").attr("href")).isEqualTo(base + TRANSLATION);
        }
        Element toTranslation = site.page(ORIGINAL).selectFirst(".article__versions a[hreflang]");
        assertThat(toTranslation.attr("hreflang")).isEqualTo("en");
        assertThat(site.resolve(ORIGINAL, toTranslation.attr("href"))).contains(TRANSLATION);
        assertThat(toTranslation.text()).isEqualTo("The Port That Leased Away Its Own Quay");
        Element toOriginal = site.page(TRANSLATION).selectFirst(".article__versions a[hreflang]");
        assertThat(toOriginal.attr("hreflang")).isEqualTo("pl");
        assertThat(toOriginal.attr("lang")).isEqualTo("pl");
        assertThat(site.resolve(TRANSLATION, toOriginal.attr("href"))).contains(ORIGINAL);
        assertThat(site.page(TRANSLATION).selectFirst(".article__versions span[lang=pl]").text()).isEqualTo("polski");
    }

    @Test
    void theTranslationSaysUnderItsBylineWhatItWasTranslatedFromAndByWhom() {
        Element byline = site.page(TRANSLATION).selectFirst(".article__header .byline");
        Element line = byline.nextElementSibling();
        assertThat(line.className()).isEqualTo("article__translation");
        assertThat(line.text()).isEqualTo("Translated from Polish by Jonas Ekwall.");
        assertThat(site.page(ORIGINAL).select(".article__translation")).as("the original is no translation").isEmpty();
    }

    @Test
    void articlesOfOneLanguageCarryNoAlternates() {
        Document other = FixtureCollection.site().page("articles/2024/grain-corridor-insurers.html");
        assertThat(other.select("link[hreflang], .article__versions, .article__translation, .article [lang]"))
                .isEmpty();
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }
}
