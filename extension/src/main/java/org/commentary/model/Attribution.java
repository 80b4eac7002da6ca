package org.commentary.model;

import java.time.LocalDate;
import java.util.List;

import org.commentary.vocabulary.Collection;

/**
 * What every article must say about where it comes from: the one model behind the visible
 * attribution footer (and, later, structured data), so the two can never disagree.
 *
 * @param sourceTitle the original headline, or empty when it is the same as the title here
 * @param copyrightLine the © line, e.g. "© Mira Castellane, The Harbour Review, 2024"
 */
public record Attribution(String source, String sourceUrl, String sourceTitle, LocalDate sourceDate,
                          String copyrightLine, String license, String changes, List<String> translators,
                          String disclaimer, String fairUse) {

    public static Attribution of(ArticleMetadata article, Collection collection) {
        String originalTitle = article.sourceTitle().equalsIgnoreCase(article.title()) ? "" : article.sourceTitle();
        return new Attribution(article.source(), article.sourceUrl(), originalTitle, article.sourceDate(),
                "© " + article.copyright(), article.license(), article.changes(), article.translators(),
                collection.disclaimer(), collection.fairUse());
    }
}
