package org.commentary.jbake;

import java.io.File;
import java.util.Date;
import java.util.ArrayList;
import java.time.ZoneOffset;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentReader;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Metadata;
import org.commentary.model.PageMetadata;
import org.commentary.vocabulary.Term;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * JBake markup engine for articles and pages in Markdown and AsciiDoc. It replaces JBake's own
 * engines (which drop broken files silently, run AsciiDoc unsafely and pass raw HTML through):
 * every file goes through {@link ContentReader}, problems are collected for the whole bake, and
 * only valid files reach JBake's content store.
 */
public class ContentEngine extends MarkupEngine {

    /** Document type of republished articles ({@code template.article.file}). */
    public static final String ARTICLE = "article";
    /** Document type of standalone pages ({@code template.page.file}). */
    public static final String PAGE = "page";

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        ContentReader.Result result = BuildSession.current().read(file.toPath());
        // A file with problems stays out of the store; the bake fails before rendering anything.
        return result.content().map(ContentEngine::toDocument).orElse(null);
    }

    static DocumentModel toDocument(ContentFile content) {
        DocumentModel document = new RenderedHere();
        Metadata metadata = content.metadata();
        document.setTitle(metadata.title());
        document.setStatus(metadata.status().word());
        document.setBody(content.html());
        document.put("source_path", content.path());
        if (metadata instanceof ArticleMetadata article) {
            document.setType(ARTICLE);
            document.setDate(Date.from(article.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            document.put("authors", new ArrayList<>(article.authors()));
            document.put("regions", new ArrayList<>(article.regions().stream().map(Term::name).toList()));
            document.put("themes", new ArrayList<>(article.themes().stream().map(Term::name).toList()));
            document.put("source", article.source());
            document.put("source_url", article.sourceUrl());
            document.put("copyright", article.copyright());
        } else if (metadata instanceof PageMetadata) {
            document.setType(PAGE);
        }
        return document;
    }
}
