package org.commentary.taxonomy;

import java.util.List;

import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.vocabulary.Term;

/** The four ways readers browse the collection, and the folder each one's pages live in. */
public enum Taxonomy {
    REGION("regions", "Regions", "Region", "region"),
    THEME("themes", "Themes", "Theme", "theme"),
    AUTHOR("authors", "Authors", "Author", "author"),
    SOURCE("sources", "Sources", "Source", "source");

    private final String folder;
    private final String label;
    private final String singular;
    private final String field;

    Taxonomy(String folder, String label, String singular, String field) {
        this.folder = folder;
        this.label = label;
        this.singular = singular;
        this.field = field;
    }

    /** Output folder and URL segment, e.g. {@code regions}. */
    public String folder() {
        return folder;
    }

    public String label() {
        return label;
    }

    public String singular() {
        return singular;
    }

    /** The header field the terms come from. */
    public String field() {
        return field;
    }

    /** The names this article carries in this taxonomy, in header order. */
    public List<String> namesOf(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        return switch (this) {
            case REGION -> meta.regions().stream().map(Term::name).toList();
            case THEME -> meta.themes().stream().map(Term::name).toList();
            case AUTHOR -> meta.authors();
            case SOURCE -> List.of(meta.source());
        };
    }

    /** The index page of this taxonomy, relative to the site root. */
    public String indexPath() {
        return folder + "/index.html";
    }
}
