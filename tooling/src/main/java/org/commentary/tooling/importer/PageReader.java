package org.commentary.tooling.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.tooling.importer.html.HtmlPage;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteData;

/**
 * Reads one saved page, HTML or Markdown, into an article draft: an HTML page through
 * {@link HtmlPage} and {@link PageLayout} into the cross-post layout, Markdown with its unsafe links
 * made text; then both through the {@link CrossPostImporter}.
 */
final class PageReader {

    /**
     * A page read.
     *
     * @param result        the draft, the findings and the importer's notes
     * @param notes         what was left out before the importer saw the text (chrome, unsafe links)
     * @param imageFindings images still on the web, to save beside the article
     * @param images        images saved with the page: file → name beside the article
     */
    record Read(ImportResult result, List<String> notes, List<Problem> imageFindings, Map<Path, String> images) {
    }

    private final SiteData data;
    private final TermChoices choices;
    private final CrossPostImporter.Dates dates;
    private final String status;
    private final boolean titleGiven;

    /**
     * @param dates      the date to give, and whether to keep the page's own (its page date is filled in here)
     * @param titleGiven whether the file name is given ({@code --out}), so a page without a headline is read anyway
     */
    PageReader(SiteData data, TermChoices choices, CrossPostImporter.Dates dates, String status, boolean titleGiven) {
        this.data = data;
        this.choices = choices;
        this.dates = dates;
        this.status = status;
        this.titleGiven = titleGiven;
    }

    /** Reads {@code saved}, the text of {@code page}; {@link PageFile.Unreadable} when it holds no article. */
    Read read(Path page, PageFile saved) throws PageFile.Unreadable {
        CrossPostImporter importer = new CrossPostImporter(data, choices);
        List<String> notes = new ArrayList<>();
        if (saved.kind() == PageFile.Kind.MARKDOWN) {
            ImportResult result = importer.read(page, MarkdownText.withoutUnsafeLinks(saved.text(), notes), dates,
                    status, true);
            return new Read(result, notes, List.of(), Map.of());
        }
        HtmlPage.Content content = HtmlPage.read(saved.text(), page);
        Optional<String> markdown = PageLayout.markdown(content, data);
        if (markdown.isEmpty()) {
            throw new PageFile.Unreadable("no recognisable article: the page has no headline with paragraphs of text"
                    + " below it (is it a listing, a log-in or an error page?)");
        }
        if (content.title().isBlank() && !titleGiven) {
            throw new PageFile.Unreadable("the page has no headline (no <h1> or <title>); give --out, or add it");
        }
        notes.addAll(content.notes());
        ImportResult result = importer.read(page, markdown.get(), new CrossPostImporter.Dates(dates.date(),
                dates.keepPageDate(), content.pageDate()), status, false);
        List<Problem> imageFindings = content.remoteImages().stream()
                .map(image -> new Problem(page, Problem.NO_LINE, "image", image + " is on the web, and the site never"
                        + " loads from the network: save it beside the article and link it by its name, or delete it"))
                .toList();
        return new Read(result, notes, imageFindings, content.localImages());
    }
}
