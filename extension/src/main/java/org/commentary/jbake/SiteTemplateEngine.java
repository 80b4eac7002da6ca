package org.commentary.jbake;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.TimeZone;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Freemarker for {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx} (XML, auto-escaped)
 * templates, configured strictly: errors fail the page, no {@code ?new} or {@code ?api}, fixed
 * locale and time zone so output does not depend on the build machine.
 *
 * <p>JBake constructs template engines once per bake, before it crawls content; that makes this
 * the place to start the bake's {@link BuildSession} and install our markup engines.
 */
public class SiteTemplateEngine extends AbstractTemplateEngine {

    private static final Logger LOG = LoggerFactory.getLogger("commentary");

    private final Configuration freemarker;
    private final ObjectWrapper wrapper;

    public SiteTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        try {
            BuildSession.start(config).prefetch();
            EngineRegistry.install();
            this.wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_31).build();
            this.freemarker = configure(config, wrapper);
        } catch (IOException | RuntimeException | Error e) {
            // JBake swallows exceptions thrown while it loads template engines: say it here.
            LOG.error("Cannot start the commentary extension: {}", e.toString(), e);
            throw new IllegalStateException(e);
        }
    }

    private static Configuration configure(JBakeConfiguration config, ObjectWrapper wrapper) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
        cfg.setDirectoryForTemplateLoading(config.getTemplateFolder());
        cfg.setDefaultEncoding(config.getTemplateEncoding());
        cfg.setOutputEncoding(config.getOutputEncoding());
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setObjectWrapper(wrapper);
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

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(new FreemarkerTemplateEngine.LazyLoadingModel(wrapper, model, db, config), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException("template " + templateName + ": " + e.getMessage(), e);
        }
    }
}
