package org.commentary.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The links and images in an article's sanitized HTML that point into the site itself (relative or
 * root paths), which must exist in the built site. External ({@code https:}, {@code mailto:}...)
 * and in-page ({@code #...}) links are not listed.
 *
 * <p>Read with patterns rather than an HTML parser: the sanitizer's output is jsoup's own
 * serialization (every attribute value in double quotes, {@code "} escaped, {@code <} escaped in
 * text), and parsing every article again would cost the build a second parse per article.
 */
public final class BodyLinks {

    /** What refers to the file: a link, or an image the page loads. */
    public enum Kind {
        LINK("link", "href"),
        IMAGE("image", "src");

        private final String field;
        private final String attribute;

        Kind(String field, String attribute) {
            this.field = field;
            this.attribute = attribute;
        }

        /** The name problems about it carry, in the place of a header field. */
        public String field() {
            return field;
        }
    }

    /** A reference as written in the HTML ({@code target} with entities decoded). */
    public record Reference(Kind kind, String target) {
    }

    private static final Pattern TAG = Pattern.compile("<(a|img)((?:\\s+[^\\s\"'>/=]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s\"'>/=]+)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private BodyLinks() {
    }

    /** Every local link and image in {@code html}, in document order. */
    public static List<Reference> local(String html) {
        List<Reference> references = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Kind kind = tag.group(1).equals("a") ? Kind.LINK : Kind.IMAGE;
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                if (attribute.group(1).equals(kind.attribute)) {
                    String target = Parser.unescapeEntities(attribute.group(2), true).strip();
                    if (isLocal(target)) {
                        references.add(new Reference(kind, target));
                    }
                }
            }
        }
        return references;
    }

    /** Whether {@code target} names a file of this site: not empty, in-page, external or protocol-relative. */
    static boolean isLocal(String target) {
        return !target.isEmpty() && !target.startsWith("#") && !target.startsWith("//")
                && !SCHEME.matcher(target).find();
    }
}
