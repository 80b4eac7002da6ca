package org.commentary.output;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.commentary.plan.Dates;
import org.commentary.vocabulary.Slugs;

/**
 * Which offline copy a build makes: the folder its files unpack into, named after the collection and the
 * build date ({@code the-commentary-ledger-2026-11-30/}), and the line its pages' footer carries instead of
 * the download link.
 *
 * @param folder the one top-level folder of the zip, without a trailing '/'
 * @param date   the day the copy is from
 */
public record OfflineEdition(String folder, LocalDate date) {

    /** System property that fixes the build date (YYYY-MM-DD), for tests and reproducible builds. */
    public static final String DATE_PROPERTY = "commentary.build.date";

    /** The footer paragraph that links the download on the published site; the copy replaces it. */
    public static final String FOOTER_START = "<p class=\"site-footer__download\">";

    /** The edition of the collection called {@code name} built on {@code date}. */
    public static OfflineEdition of(String name, LocalDate date) {
        String slug = Slugs.of(name);
        return new OfflineEdition((slug.isEmpty() ? "site" : slug) + "-" + date, date);
    }

    /**
     * The build date: the {@value #DATE_PROPERTY} system property, else {@code SOURCE_DATE_EPOCH} (the
     * reproducible-builds convention), else today in UTC. Every build of one day makes the same copy.
     */
    public static LocalDate buildDate() {
        String fixed = System.getProperty(DATE_PROPERTY, "").strip();
        if (!fixed.isEmpty()) {
            try {
                return LocalDate.parse(fixed);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(DATE_PROPERTY + " is \"" + fixed + "\"; give a date as YYYY-MM-DD", e);
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("[0-9]+")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The footer paragraph of every page in the copy: which day it is from. */
    public String footerNote() {
        return FOOTER_START + "This is an offline copy of the collection, made on <time datetime=\"" + date + "\">"
                + Dates.label(date) + "</time>. The site itself may have newer articles.</p>";
    }

    /** {@code html} (a page of the site) as the copy holds it: the download link replaced by {@link #footerNote}. */
    public String forCopy(String html) {
        int start = html.lastIndexOf(FOOTER_START);
        if (start < 0) {
            return html;
        }
        int end = html.indexOf("</p>", start);
        if (end < 0) {
            return html;
        }
        return html.substring(0, start) + footerNote() + html.substring(end + "</p>".length());
    }
}
