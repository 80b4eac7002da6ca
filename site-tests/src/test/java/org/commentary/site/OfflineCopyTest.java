package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.assertj.core.api.SoftAssertions;
import org.commentary.output.OfflineEdition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The fixture collection's offline copy: one folder named after the collection ("The Commentary Ledger" in the
 * fixture's data/collection.yml) and the build date, a download link in the footer of every page of the site,
 * and in the copy a footer that gives the day instead.
 */
class OfflineCopyTest {

    private static final String ZIP = "commentary-ledger-site.zip";

    @Test
    void theZipUnpacksIntoOneFolderNamedAfterTheCollectionAndTheBuildDate() throws IOException {
        String folder = "the-commentary-ledger-" + OfflineEdition.buildDate() + "/";
        Set<String> tops = new TreeSet<>();
        try (ZipFile zip = new ZipFile(zip().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                tops.add(entry.getName().substring(0, entry.getName().indexOf('/') + 1));
            }
            assertThat(zip.getEntry(folder + "index.html")).as("the home page in %s", folder).isNotNull();
        }
        assertThat(tops).isEqualTo(Set.of(folder));
    }

    @Test
    void everyPageOfTheSiteLinksTheDownloadFromItsFooter() {
        SiteUnderTest site = FixtureCollection.site();
        SoftAssertions soft = new SoftAssertions();
        for (String page : site.htmlPages()) {
            if (page.equals(SiteUnderTest.NOT_FOUND_PAGE)) {
                continue; // its links are absolute: the web host serves it at any depth
            }
            Element link = site.page(page).selectFirst("footer.site-footer .site-footer__download a[download]");
            soft.assertThat(link).as("%s: a download link in the footer", page).isNotNull();
            if (link != null) {
                soft.assertThat(site.resolve(page, link.attr("href"))).as("%s: where the link leads", page)
                        .contains(ZIP);
            }
        }
        soft.assertAll();
    }

    @Test
    void inTheCopyTheFooterSaysWhichDayItIsFromAndLinksNoDownload() throws IOException {
        String day = OfflineEdition.buildDate().toString();
        try (ZipFile zip = new ZipFile(zip().toFile())) {
            ZipEntry entry = zip.getEntry("the-commentary-ledger-" + day + "/articles/2024/grain-corridor-insurers.html");
            Document page = Jsoup.parse(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            Element footer = page.selectFirst("footer.site-footer");
            assertThat(footer.select("a[download], a[href$=.zip]")).as("download links in the copy").isEmpty();
            assertThat(footer.select("time").attr("datetime")).isEqualTo(day);
            assertThat(footer.text()).contains("offline copy");
            assertThat(page.selectFirst("h1").text()).as("the article itself").isNotBlank();
        }
    }

    private static Path zip() {
        Path zip = FixtureCollection.bake().output().resolveSibling(ZIP);
        assertThat(zip).as("the offline copy beside the fixture site").isRegularFile();
        return zip;
    }
}
