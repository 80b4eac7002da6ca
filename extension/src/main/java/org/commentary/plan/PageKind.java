package org.commentary.plan;

import java.util.Locale;

/** Every kind of page the site writes, and the template that draws it. */
public enum PageKind {
    ARTICLE("article.ftlh"),
    STANDALONE("page.ftlh"),
    HOME("home.ftlh"),
    ARCHIVE("archive.ftlh"),
    TAXONOMY("taxonomy.ftlh"),
    TERM("term.ftlh"),
    SEARCH("search.ftlh"),
    NOT_FOUND("notfound.ftlh"),
    FEED("feed.ftlx"),
    SITEMAP("sitemap.ftlx"),
    WITHDRAWN("withdrawn.ftlh"),
    REDIRECT("redirect.ftlh");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    /** The template file, relative to templates/. */
    public String template() {
        return template;
    }

    /** The name templates compare against ({@code kind == "home"}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
