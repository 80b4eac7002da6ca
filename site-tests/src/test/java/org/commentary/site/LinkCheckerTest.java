package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker itself: it must find each kind of broken link, or BakedSiteTest proves nothing. */
class LinkCheckerTest {

    @TempDir
    Path site;

    @Test
    void reportsEveryKindOfBrokenLinkAndAcceptsGoodOnes() throws IOException {
        write("index.html", """
                <!DOCTYPE html><html><head><link rel="stylesheet" href="css/site.css"></head><body>
                <a id="top" href="articles/2024/a.html">fine</a>
                <a href="articles/2024/a.html#section">fine fragment</a>
                <a href="#top">fine in-page</a>
                <a href="https://example.org/x">external, not checked</a>
                <a href="mailto:someone@example.org">mail, not checked</a>
                <a href="/about.html">root-absolute</a>
                <a href="articles/">directory</a>
                <a href="articles/2024">directory without slash</a>
                <a href="missing.html">missing</a>
                <a href="articles/2024/a.html#nowhere">missing fragment</a>
                <a href="#">empty fragment</a>
                <a href="javascript:alert(1)">script</a>
                <a href="../outside.html">outside</a>
                <img src="//cdn.example/x.png">
                </body></html>
                """);
        write("css/site.css", "body{}");
        write("articles/2024/a.html", """
                <!DOCTYPE html><html><body><h2 id="section">S</h2>
                <a href="../../index.html#top">back</a><a name="old-anchor"></a>
                <a href="a.html#old-anchor">named anchor</a><img src="../../img/none.png"></body></html>
                """);

        List<String> failures = new LinkChecker(SiteUnderTest.at(site)).check();

        assertThat(failures).as("failures found in the synthetic site").hasSize(10);
        assertThat(String.join("\n", failures))
                .contains("index.html: <a href=\"/about.html\"> → root-absolute link")
                .contains("<a href=\"articles/\"> → points at a directory")
                .contains("<a href=\"articles/2024\"> → points at a directory")
                .contains("<a href=\"missing.html\"> → no such file missing.html")
                .contains("<a href=\"articles/2024/a.html#nowhere\"> → no element with id or name \"nowhere\"")
                .contains("<a href=\"#\"> → empty #fragment")
                .contains("<a href=\"javascript:alert(1)\"> → unexpected \"javascript:\" link")
                .contains("<a href=\"../outside.html\"> → leads outside the site")
                .contains("<img src=\"//cdn.example/x.png\"> → protocol-relative link")
                .contains("articles/2024/a.html: <img src=\"../../img/none.png\"> → no such file img/none.png");
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
