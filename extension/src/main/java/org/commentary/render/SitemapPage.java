package org.commentary.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.jbake.template.RenderingException;

/** Writes {@code sitemap.xml}: every HTML page of the site, articles with their date. */
final class SitemapPage {

    static final String SITEMAP = "sitemap";

    private final PageWriter writer;
    private final SiteUrl url;

    SitemapPage(PageWriter writer, SiteUrl url) {
        this.writer = writer;
        this.url = url;
    }

    void write(List<String> pages, List<PublishedArticle> articles) throws RenderingException {
        Map<String, String> dates = new HashMap<>();
        articles.forEach(article -> dates.put(article.path(), article.metadata().date().toString()));
        List<Map<String, Object>> urls = new ArrayList<>();
        pages.stream().sorted().forEach(path -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("loc", url.absolute(path));
            entry.put("lastmod", dates.getOrDefault(path, ""));
            urls.add(entry);
        });
        writer.write(SITEMAP, "sitemap.xml", "Sitemap", "", Map.of("urls", urls));
    }
}
