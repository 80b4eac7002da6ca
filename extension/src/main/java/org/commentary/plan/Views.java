package org.commentary.plan;

import java.util.List;

/**
 * The typed values templates read. Every path is relative to the site root; templates prefix it
 * with {@code root}, so each link is relative to the page that holds it. Records compare by value,
 * which is how a rebuild finds the pages whose model changed.
 */
public final class Views {

    private Views() {
    }

    /**
     * The collection as every page shows it: its name, tagline and the main navigation; the language of its
     * pages, the file name of its offline copy ("" for none) and its public address (for share tags).
     */
    public record SiteView(String name, String tagline, List<TaxonomyView> taxonomies, String language,
                           String offlineCopy, String url) {

        /** A site view in the default language, without an offline copy or address. */
        public SiteView(String name, String tagline, List<TaxonomyView> taxonomies) {
            this(name, tagline, taxonomies, "en", "", "");
        }
    }

    /** A taxonomy's name and index page ({@code key} is its folder: regions, themes...). */
    public record TaxonomyView(String key, String label, String singular, String path) {
    }

    /** A term with its page, feed, description, home page (authors, sources) and article count. */
    public record TermView(String name, String slug, String path, String feedPath, String description,
                           String homepage, int count) {
    }

    /** A link to an article. */
    public record Link(String title, String path) {
    }

    /**
     * An article in a list (home, archive, term pages): the card a reader scans. {@code lang} is the language
     * of its title and summary when it is not the collection's, else "".
     */
    public record ArticleCard(String title, String path, String date, String dateLabel, List<TermView> authors,
                              List<TermView> regions, List<TermView> themes, TermView source, String summary,
                              String lang) {
    }

    /** A related article: a link with its byline and date. */
    public record RelatedLink(String title, String path, String date, String dateLabel, List<String> authors) {
    }

    /**
     * Everything an article page shows about its article.
     *
     * @param updated     the day the republished text was last revised ("" when never)
     * @param corrections oldest first
     */
    public record ArticleView(ArticleCard card, List<String> translators, String sourceDate, String sourceDateLabel,
                              int readingMinutes, AttributionView attribution, List<MoreBy> moreBy, String updated,
                              String updatedLabel, List<CorrectionView> corrections, LanguageView language) {
    }

    /** One correction, as the corrections box lists it. */
    public record CorrectionView(String date, String dateLabel, String text) {
    }

    /**
     * An article's languages: its own tag, the tag to set on its element ("" when it is the collection's),
     * the English name of the original's language ("" unless a translation says so) and the other language
     * version in the collection (null when there is none).
     */
    public record LanguageView(String tag, String elementLang, String originalLanguage, VersionLink otherVersion) {
    }

    /** The same piece in another language: its page, title, language tag and that language's own name. */
    public record VersionLink(String title, String path, String language, String languageName) {
    }

    /** The attribution footer: original source, © line, licence, changes and the collection's notices. */
    public record AttributionView(String source, String sourceUrl, String sourceTitle, String sourceDate,
                                  String sourceDateLabel, String copyrightLine, String license, String changes,
                                  List<String> translators, String disclaimer, String fairUse) {
    }

    /** A few of an author's other articles. */
    public record MoreBy(TermView author, List<Link> articles) {
    }

    /**
     * Machine-readable facts in a page's head: canonical URL, the robots rule, Open Graph tags,
     * JSON-LD ("" for none), the {@code hreflang} alternates of a piece in two languages (each
     * version, this one included; else none) and, on a redirect page, the site path it leads to
     * ({@code refresh}, "" elsewhere).
     */
    public record Head(String canonical, String robots, String refresh, List<MetaTag> meta, String jsonLd,
                       List<Alternate> alternates) {

        /** A head without language alternates. */
        public Head(String canonical, String robots, String refresh, List<MetaTag> meta, String jsonLd) {
            this(canonical, robots, refresh, meta, jsonLd, List.of());
        }
    }

    /** One {@code <link rel="alternate" hreflang href>}: a language version's absolute URL. */
    public record Alternate(String hreflang, String href) {
    }

    /** One {@code <meta property content>} tag. */
    public record MetaTag(String property, String content) {
    }

    /** Links between the pages of a paginated list ("" where there is no such page). */
    public record Pager(int number, int count, String newerPath, String olderPath) {
    }

    /** One year of the archive. */
    public record ArchiveYear(String year, List<ArticleCard> articles) {
    }

    /** An Atom feed; every URL absolute; {@code id} a permanent tag: URI. */
    public record Feed(String title, String subtitle, String id, String language, String selfUrl, String pageUrl,
                       String updated, List<FeedEntry> entries) {
    }

    /**
     * One feed entry: {@code id} is a permanent tag: URI, {@code published} the republication and
     * {@code updated} the latest of that, the update and the corrections.
     */
    public record FeedEntry(String id, String title, String url, String published, String updated,
                            List<String> authors, String summary, List<String> categories, String source,
                            String sourceUrl, String rights) {
    }

    /** One sitemap entry ({@code lastmod} is "" for pages without a date). */
    public record SitemapUrl(String loc, String lastmod) {
    }
}
