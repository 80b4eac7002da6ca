package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.commentary.build.ContentErrorsException;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What a contributor writes cannot run script, load from the network or read the build machine's
 * files. (Issue #8 extends this class.)
 */
class SecurityOutputTest {

    private static final String HOSTILE = "articles/2024/hostile-markup";

    @Test
    void hostileMarkdownIsPublishedWithoutScriptHandlersJavascriptUrlsOrFrames() {
        FixtureBake.Result bake = FixtureBake.bake("security", "fixtures/security");
        assertThat(bake.succeeded()).as("hostile markup is cleaned, not a build error: %s", bake.describe()).isTrue();

        Document page = bake.site().page(HOSTILE + ".html");
        Element body = page.selectFirst("main article .article__body");
        assertThat(body).as("article body of %s.html", HOSTILE).isNotNull();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(page.select("script:not([type=application/ld+json])").stream()
                        .filter(script -> !HostileContentTest.isCopyLinkScript(HOSTILE + ".html", script))
                        .map(Element::outerHtml).toList())
                .as("script elements anywhere on the page (the structured-data block and the copy-link button's"
                        + " script excepted)").isEmpty();
        soft.assertThat(page.select("iframe, frame, object, embed")).as("frames and embedded objects").isEmpty();
        soft.assertThat(eventHandlers(page)).as("on* attributes").isEmpty();
        soft.assertThat(javascriptUrls(page)).as("javascript: URLs").isEmpty();
        soft.assertThat(body.text()).as("script source must not survive as text").doesNotContain("alert(1)");
        soft.assertThat(body.select("p").eachText()).as("the surrounding text survives").contains(
                "The opening paragraph survives sanitizing.",
                "Text before the image and text after the image.",
                "A paragraph with a scripted link in the middle of it.",
                "The closing paragraph survives sanitizing.");
        // flexmark itself drops javascript: links (keeping their text), so the sanitizer never sees that one.
        soft.assertThat(String.join("\n", bake.warningsFor(HOSTILE + ".md")))
                .as("the contributor is told what was removed")
                .contains("<script>", "<iframe>", "onerror");
        soft.assertAll();
    }

    @Test
    void asciidocIncludeOfASystemFileFailsTheBakeAndLeaksNothing() {
        FixtureBake.Result bake = FixtureBake.bake("security-include", "fixtures/security-include");
        assertThat(bake.thrown()).as(bake.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(bake.problemsFor("articles/2024/include-passwd.adoc")).as(bake.describe())
                .anySatisfy(problem -> assertThat(problem.field()).isEqualTo("include"));
        List<String> leaks = new ArrayList<>();
        for (String file : bake.site().files()) {
            try {
                if (Files.readString(bake.site().file(file)).contains("root:x:0:0")) {
                    leaks.add(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(leaks).as("output files containing /etc/passwd lines").isEmpty();
        assertThat(bake.site().files()).as("nothing is published from a failed bake").isEmpty();
    }

    @Test
    void articleIdsNeverCollideWithThePageOwnIds() {
        FixtureBake.Result bake = FixtureBake.bake("heading-ids", "fixtures/bugs/heading-ids");
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
        Document page = bake.site().page("articles/2024/heading-ids.html");
        Map<String, Integer> counts = new HashMap<>();
        page.select("[id]").forEach(element -> counts.merge(element.id(), 1, Integer::sum));
        counts.values().removeIf(count -> count == 1);
        assertThat(counts).as("ids used more than once on the page").isEmpty();
    }

    private static List<String> eventHandlers(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    found.add("<" + element.normalName() + " " + attribute.html() + ">");
                }
            }
        }
        return found;
    }

    private static List<String> javascriptUrls(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (value.contains("javascript:") || value.contains("vbscript:")) {
                    found.add("<" + element.normalName() + " " + attribute.html() + ">");
                }
            }
        }
        return found;
    }
}
