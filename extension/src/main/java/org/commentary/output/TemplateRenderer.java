package org.commentary.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.commentary.plan.PlannedPage;
import org.commentary.plan.Views.SiteView;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;

/**
 * Draws one planned page with its Freemarker template. Templates are {@code .ftlh} (HTML) or
 * {@code .ftlx} (XML), auto-escaped and strict: an error fails the page, {@code ?new} and
 * {@code ?api} are off, locale and time zone fixed so output never depends on the machine.
 *
 * <p>A template sees five values and nothing else: {@code page} (the page's own typed model),
 * {@code site} (the collection's name, tagline and navigation), {@code root} (what to prefix a
 * site path with), {@code kind} and {@code path}. Records are read as {@code page.article.title}.
 */
public final class TemplateRenderer {

    /** Records' component methods read as properties from this version on. */
    private static final Version FREEMARKER = Configuration.VERSION_2_3_34;

    private final Configuration freemarker;

    public TemplateRenderer(Path templates) {
        this.freemarker = configure(templates);
    }

    private static Configuration configure(Path templates) {
        Configuration cfg = new Configuration(FREEMARKER);
        try {
            cfg.setDirectoryForTemplateLoading(templates.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the templates folder " + templates, e);
        }
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(FREEMARKER).build());
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }

    /** The page's bytes (UTF-8); a template error is reported with the page and template names. */
    public byte[] render(PlannedPage page, SiteView site) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("page", page.model());
        root.put("site", site);
        root.put("root", page.rootpath());
        root.put("kind", page.kind().key());
        root.put("path", page.path());
        StringWriter out = new StringWriter(8192);
        try {
            Template template = freemarker.getTemplate(page.kind().template());
            template.process(root, out);
        } catch (IOException | TemplateException e) {
            throw new TemplateFailure("templates/" + page.kind().template() + " failed on " + page.path() + ": "
                    + e.getMessage(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A template could not draw a page: a bug in the templates, never in the content. */
    public static final class TemplateFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
