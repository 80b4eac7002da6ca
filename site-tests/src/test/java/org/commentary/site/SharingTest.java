package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every page of the fixture collection can be shared without a third party: a description, Open Graph tags
 * (title, type, description, the default share image as an absolute URL of the site), a {@code twitter:card},
 * and a favicon that is a file of the site; each article also offers its address as a plain link, which the
 * browser test ({@code CopyLinkTest}) sees become a copy button.
 */
class SharingTest {

    private final SiteUnderTest site = FixtureCollection.site();
    private final String base = new DataFiles(FixtureCollection.source()).siteUrl();

    @Test
    void everyPageHasADescriptionOpenGraphTagsATwitterCardAndTheShareImage() {
        SoftAssertions soft = new SoftAssertions();
        for (String page : site.htmlPages()) {
            Document document = site.page(page);
            for (String property : List.of("og:title", "og:type", "og:site_name", "og:description", "og:image")) {
                soft.assertThat(meta(document, "property", property)).as("%s: %s", page, property).isNotBlank();
            }
            soft.assertThat(meta(document, "name", "description")).as("%s: description", page).isNotBlank();
            soft.assertThat(meta(document, "name", "twitter:card")).as("%s: twitter:card", page).isEqualTo("summary");
            soft.assertThat(meta(document, "property", "og:image")).as("%s: og:image", page)
                    .isEqualTo(base + "images/share.png");
            if (!page.equals(SiteUnderTest.NOT_FOUND_PAGE)) {
                soft.assertThat(meta(document, "property", "og:url")).as("%s: og:url", page).isEqualTo(base + page);
            }
        }
        soft.assertThat(site.exists("images/share.png")).as("the share image is a file of the site").isTrue();
        soft.assertAll();
    }

    @Test
    void everyPageHasAFaviconTheSiteHolds() throws Exception {
        for (String page : List.of("index.html", "articles/2024/grain-corridor-insurers.html", "regions/europe.html")) {
            Element icon = site.page(page).selectFirst("link[rel=icon][type=image/svg+xml]");
            assertThat(icon).as("%s: an SVG favicon", page).isNotNull();
            String path = site.resolve(page, icon.attr("href")).orElseThrow();
            assertThat(Files.readString(site.file(path))).startsWith("<svg");
        }
    }

    @Test
    void articlePagesOfferTheirAddressAsAPlainLinkWithoutJavaScript() {
        String article = "articles/2024/grain-corridor-insurers.html";
        Element link = site.page(article).selectFirst(".copy-link a[data-copy-link]");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo(base + article);
        assertThat(site.page(article).select("script[src$=js/copy-link.js]")).hasSize(1);
        assertThat(site.page("index.html").select(".copy-link")).as("only articles").isEmpty();
    }

    private static String meta(Document document, String attribute, String value) {
        Element meta = document.selectFirst("head meta[" + attribute + "=" + value + "]");
        return meta == null ? null : meta.attr("content");
    }
}
