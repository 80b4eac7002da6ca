package org.commentary.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.commentary.content.BodyLinks.Kind;
import org.commentary.content.BodyLinks.Reference;
import org.commentary.markup.HtmlSanitizer;
import org.commentary.markup.MarkdownConverter;
import org.commentary.validation.Problems;
import org.junit.jupiter.api.Test;

class BodyLinksTest {

    private static List<Reference> fromMarkdown(String markdown) {
        String html = new MarkdownConverter().toHtml(markdown, new Problems(null));
        return BodyLinks.local(new HtmlSanitizer().sanitize(html).html());
    }

    @Test
    void localLinksAndImagesAreListedInOrder() {
        assertEquals(List.of(new Reference(Kind.IMAGE, "chart.png"), new Reference(Kind.LINK, "other.html"),
                        new Reference(Kind.LINK, "../2023/old.md#part"), new Reference(Kind.LINK, "/index.html")),
                fromMarkdown("![A chart](chart.png) [other](other.html) [old](../2023/old.md#part) [home](/index.html)"));
    }

    @Test
    void externalInPageAndMailLinksAreNotLocal() {
        assertEquals(List.of(), fromMarkdown("[a](https://example.org/x.png) [b](http://example.org) [c](#notes)"
                + " [d](mailto:desk@example.org) [e](//cdn.example.org/x.js) [f](tel:+123) <https://example.org>"));
    }

    @Test
    void entitiesInAddressesAreDecodedAndFootnotesAreInPage() {
        assertEquals(List.of(new Reference(Kind.LINK, "a&b.html"), new Reference(Kind.LINK, "my%20file.png")),
                fromMarkdown("[x](a&b.html) [y](my%20file.png) and a note[^1].\n\n[^1]: The note."));
    }

    @Test
    void textThatLooksLikeATagIsNotALink() {
        assertEquals(List.of(), fromMarkdown("Write `<a href=\"x.html\">` or <code>&lt;img src=\"y.png\"&gt;</code>."));
    }

    @Test
    void attributeValuesWithAngleBracketsDoNotHideTheAddress() {
        assertEquals(List.of(new Reference(Kind.IMAGE, "x.png"), new Reference(Kind.LINK, "y.html")),
                BodyLinks.local("<p><img alt=\"a > b\" src=\"x.png\"><a title=\"1 > 0\" href=\"y.html\">y</a></p>"));
    }
}
