package org.commentary.site;

import org.commentary.validation.Urls;

/**
 * The public address of the site, the only base for absolute URLs (feeds, sitemap, canonical
 * links). {@link SiteSettings} takes it from the {@code site.url} system property when given
 * ({@code mvn package -Dsite.url=...}, as the Pages workflow does), else from jbake.properties.
 */
public final class SiteUrl {

    public static final String KEY = "site.url";

    private final String base;

    private SiteUrl(String base) {
        this.base = base;
    }

    /** The site URL {@code value} (an http(s) address; a final '/' is added when missing). */
    public static SiteUrl of(String value) {
        value = value.strip();
        if (!Urls.isWebUrl(value)) {
            throw new IllegalStateException("site.url is \"" + value + "\": set it in jbake.properties (or pass"
                    + " -Dsite.url=https://example.org/collection/) to the address the site is published at");
        }
        return new SiteUrl(value.endsWith("/") ? value : value + "/");
    }

    /** The absolute URL of a page given by its path from the site root. */
    public String absolute(String path) {
        return base + path;
    }

    public String base() {
        return base;
    }
}
