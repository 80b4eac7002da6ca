package org.commentary.render;

import org.commentary.validation.Urls;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The public address of the site, the only base for absolute URLs (feeds, sitemap, canonical
 * links). Taken from the {@code site.url} system property when given ({@code mvn package
 * -Dsite.url=...}, as the Pages workflow does), else from {@code site.url} in jbake.properties.
 */
final class SiteUrl {

    static final String KEY = "site.url";

    private final String base;

    private SiteUrl(String base) {
        this.base = base;
    }

    static SiteUrl from(JBakeConfiguration config) {
        String value = System.getProperty(KEY);
        if (value == null || value.isBlank()) {
            Object configured = config.get(KEY);
            value = configured == null ? "" : String.valueOf(configured);
        }
        return of(value);
    }

    /** The site URL {@code value} (an http(s) address; a final '/' is added when missing). */
    static SiteUrl of(String value) {
        value = value.strip();
        if (!Urls.isWebUrl(value)) {
            throw new IllegalStateException("site.url is \"" + value + "\": set it in jbake.properties (or pass"
                    + " -Dsite.url=https://example.org/collection/) to the address the site is published at");
        }
        return new SiteUrl(value.endsWith("/") ? value : value + "/");
    }

    /** The absolute URL of a page given by its path from the site root. */
    String absolute(String path) {
        return base + path;
    }

    String base() {
        return base;
    }
}
