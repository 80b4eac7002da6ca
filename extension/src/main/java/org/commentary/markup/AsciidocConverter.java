package org.commentary.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.commentary.validation.Problems;

/**
 * AsciiDoc to HTML with AsciidoctorJ in SECURE mode: no {@code include::}, no reading files or
 * URIs, and none of the build's configuration exported as attributes a document could print.
 * JBake's own engine runs UNSAFE and exports its whole configuration.
 */
public final class AsciidocConverter implements MarkupConverter {

    private static final Pattern INCLUDE = Pattern.compile("(?m)^[ \\t]*include::([^\\[\\n]*)\\[");

    // JRuby takes seconds to start: only pay for it when the collection has AsciiDoc files.
    private static volatile Asciidoctor asciidoctor;
    private static final ThreadLocal<List<LogRecord>> LOG = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public String toHtml(String markup, Problems problems) {
        Matcher include = INCLUDE.matcher(markup);
        while (include.find()) {
            int line = lineOf(markup, include.start());
            problems.add(line, "include", "include::" + include.group(1) + "[] is not allowed: articles cannot read"
                    + " other files; paste the text into the article instead");
        }
        if (!problems.isEmpty()) {
            return "";
        }
        List<LogRecord> log = LOG.get();
        log.clear();
        String html = convert(markup);
        for (LogRecord record : log) {
            int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
            if (record.getSeverity().ordinal() >= Severity.ERROR.ordinal()) {
                problems.add(line, "asciidoc", record.getMessage());
            } else if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                problems.warn(line, "AsciiDoc: " + record.getMessage());
            }
        }
        log.clear();
        return html;
    }

    // Conversions run in parallel (the prefetcher's threads): Asciidoctor keeps no state between
    // documents, and the log records go to the converting thread's own list.
    private static String convert(String markup) {
        return engine().convert(markup, Options.builder()
                .safe(SafeMode.SECURE)
                .headerFooter(false)
                .attributes(Attributes.builder()
                        .attribute("showtitle", false)
                        .attribute("sectanchors", false)
                        .attribute("allow-uri-read", false)
                        .attribute("attribute-missing", "warn")
                        .build())
                .build());
    }

    /**
     * Stops the JRuby runtime once every document is converted. Its idle runtime still slows the
     * process (file creation measured several times slower while it was loaded), and it is started
     * again if anything needs converting later.
     */
    public static void release() {
        synchronized (AsciidocConverter.class) {
            if (asciidoctor != null) {
                asciidoctor.shutdown();
                asciidoctor = null;
            }
        }
    }

    private static Asciidoctor engine() {
        if (asciidoctor == null) {
            synchronized (AsciidocConverter.class) {
                if (asciidoctor == null) {
                    Asciidoctor created = Asciidoctor.Factory.create();
                    created.registerLogHandler(record -> LOG.get().add(record));
                    asciidoctor = created;
                }
            }
        }
        return asciidoctor;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
