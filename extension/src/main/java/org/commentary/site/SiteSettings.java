package org.commentary.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

/**
 * The build settings a collection chooses in jbake.properties.
 *
 * @param url         the address the site is published at (base of feeds, sitemap, canonical links)
 * @param pageSize    articles per listing page
 * @param offlineCopy the file name of the offline copy (a zip written beside the output folder), or ""
 */
public record SiteSettings(SiteUrl url, int pageSize, String offlineCopy) {

    /** Settings without an offline copy. */
    public SiteSettings(SiteUrl url, int pageSize) {
        this(url, pageSize, "");
    }

    /** The settings file, in the collection's root. */
    public static final String FILE = "jbake.properties";

    /** jbake.properties key for the offline copy's file name. */
    public static final String OFFLINE_COPY_KEY = "offline.zip";

    /** jbake.properties key for the page size. */
    public static final String PAGE_SIZE_KEY = "index.posts_per_page";

    /**
     * The settings in {@code root}/jbake.properties. The build and the preview server both read them
     * here, so they agree on every value and default.
     *
     * @throws IllegalStateException when the file cannot be read or a setting is wrong (the message says which)
     */
    public static SiteSettings read(Path root) {
        Properties properties = new Properties();
        Path file = root.resolve(FILE);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
        return from(properties::getProperty);
    }

    /**
     * Settings read through {@code lookup} (a key of jbake.properties to its value, or null). A
     * {@code site.url} system property wins over the file, so CI can publish under its own address.
     */
    public static SiteSettings from(Function<String, String> lookup) {
        String url = System.getProperty(SiteUrl.KEY);
        if (url == null || url.isBlank()) {
            url = lookup.apply(SiteUrl.KEY);
        }
        String size = lookup.apply(PAGE_SIZE_KEY);
        int pageSize;
        try {
            pageSize = size == null || size.isBlank() ? 10 : Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PAGE_SIZE_KEY + " is \"" + size + "\" in jbake.properties; give a whole"
                    + " number of articles per listing page, such as 10");
        }
        if (pageSize < 1) {
            throw new IllegalStateException(PAGE_SIZE_KEY + " is " + pageSize + " in jbake.properties; give at"
                    + " least 1");
        }
        String zip = lookup.apply(OFFLINE_COPY_KEY);
        zip = zip == null ? "" : zip.strip();
        if (zip.contains("/") || zip.contains("\\") || (!zip.isEmpty() && !zip.endsWith(".zip"))) {
            throw new IllegalStateException(OFFLINE_COPY_KEY + " is \"" + zip + "\" in jbake.properties; give a file"
                    + " name ending in .zip (it is written beside the output folder), or leave it empty for none");
        }
        return new SiteSettings(SiteUrl.of(url == null ? "" : url), pageSize, zip);
    }
}
