package org.commentary.markup;

import java.util.List;

import org.commentary.validation.Problems;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to HTML with flexmark. One parser and renderer serve every file (both are immutable
 * and thread-safe), unlike JBake's engine, which builds a new parser per file.
 *
 * <p>Options chosen on purpose: CommonMark paragraphs (a single newline is a space, not JBake's
 * HARDWRAPS {@code <br>}), tables, footnotes, strikethrough and bare-URL autolinks.
 */
public final class MarkdownConverter implements MarkupConverter {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownConverter() {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                        StrikethroughExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // Leave unsafe links to the sanitizer, which removes them and tells the contributor.
                .set(HtmlRenderer.SUPPRESSED_LINKS, "")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    @Override
    public String toHtml(String markup, Problems problems) {
        return renderer.render(parser.parse(markup));
    }
}
