package org.commentary.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commentary.plan.PageKind;
import org.commentary.plan.Pages.StandalonePage;
import org.commentary.plan.PlannedPage;
import org.commentary.plan.Views.SiteView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {

    private static final SiteView SITE = new SiteView("The <Test> Ledger", "", List.of());

    @TempDir
    Path templates;

    private String render(String template, PlannedPage page) throws IOException {
        Files.writeString(templates.resolve(PageKind.STANDALONE.template()), template);
        return new String(new TemplateRenderer(templates).render(page, SITE), StandardCharsets.UTF_8);
    }

    @Test
    void templatesReadRecordsAsPropertiesAndEscapeThem() throws IOException {
        PlannedPage page = PlannedPage.at("pages/about.html", PageKind.STANDALONE,
                new StandalonePage("A & B", "<p>body</p>"));
        String html = render("${site.name}|${page.title}|${page.body?no_esc}|${root}|${kind}|${path}", page);
        assertEquals("The &lt;Test&gt; Ledger|A &amp; B|<p>body</p>|../|standalone|pages/about.html", html);
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndThePage() throws IOException {
        PlannedPage page = PlannedPage.at("about.html", PageKind.STANDALONE, new StandalonePage("T", ""));
        TemplateRenderer.TemplateFailure failure = assertThrows(TemplateRenderer.TemplateFailure.class,
                () -> render("${page.missing}", page));
        assertTrue(failure.getMessage().startsWith("templates/page.ftlh failed on about.html"), failure.getMessage());
    }

    @Test
    void templatesCannotReachJavaApis() throws IOException {
        PlannedPage page = PlannedPage.at("about.html", PageKind.STANDALONE, new StandalonePage("T", ""));
        assertThrows(TemplateRenderer.TemplateFailure.class,
                () -> render("<#assign e = \"freemarker.template.utility.Execute\"?new()>${e(\"id\")}", page));
        assertThrows(TemplateRenderer.TemplateFailure.class, () -> render("${page?api.getClass()}", page));
    }
}
