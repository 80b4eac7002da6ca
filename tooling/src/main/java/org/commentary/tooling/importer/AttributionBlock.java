package org.commentary.tooling.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.validation.Urls;

/**
 * The attribution a cross-post ends with: "The original source of this article is &lt;outlet&gt;"
 * and "Copyright © &lt;holder&gt;, &lt;outlet&gt;, &lt;year&gt;". It starts where the article's text ends.
 *
 * @param line          the first line of the block (1-based)
 * @param outlet        the outlet named as the original source ("" when that line is missing)
 * @param outletUrl     the link on the outlet's name, if it is a web address
 * @param copyrightLine the line of the copyright notice, 0 when there is none
 * @param copyright     the notice without "Copyright" and the sign, e.g. "Mira Castellane, The Harbour Review, 2024"
 */
record AttributionBlock(int line, String outlet, String outletUrl, int copyrightLine, String copyright) {

    private static final Pattern ORIGINAL_SOURCE = Pattern.compile(
            "^[*_>\\s]*the original source of this article is\\s*:?\\s*(.*?)[\\s.*_]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^[*_>\\s]*(?:copyright\\s*(?:©|\\(c\\)|&copy;)?|©|&copy;)\\s*(.*?)[\\s.*_]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_SIGNS = Pattern.compile("^(?:copyright|©|\\(c\\))\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Whether {@code line} opens an attribution block. */
    static boolean starts(String line) {
        return ORIGINAL_SOURCE.matcher(line).matches() || COPYRIGHT.matcher(line).matches();
    }

    /** Reads the block that starts at index {@code start} of {@code lines}. */
    static AttributionBlock read(String[] lines, int start) {
        String outlet = "";
        String outletUrl = "";
        int copyrightLine = 0;
        String copyright = "";
        for (int i = start; i < lines.length; i++) {
            Matcher source = ORIGINAL_SOURCE.matcher(lines[i]);
            if (outlet.isEmpty() && source.matches()) {
                outlet = MarkdownText.plain(source.group(1));
                outletUrl = MarkdownText.links(source.group(1)).stream().map(MarkdownText.Link::target)
                        .filter(Urls::isWebUrl).findFirst().orElse("");
                continue;
            }
            Matcher notice = COPYRIGHT.matcher(lines[i]);
            if (copyrightLine == 0 && notice.matches()) {
                copyrightLine = i + 1;
                // "Copyright © ©" and "(c)" repeated by some pages: every sign goes.
                String holder = MarkdownText.plain(notice.group(1));
                for (Matcher sign = COPYRIGHT_SIGNS.matcher(holder); sign.find(); sign = COPYRIGHT_SIGNS.matcher(holder)) {
                    holder = holder.substring(sign.end());
                }
                copyright = holder.strip();
            }
        }
        return new AttributionBlock(start + 1, outlet, outletUrl, copyrightLine, copyright);
    }

    Optional<String> outletName() {
        return outlet.isEmpty() ? Optional.empty() : Optional.of(outlet);
    }
}
