package org.commentary.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)$");
    /**
     * AsciidoctorJ also hands every message to java.util.logging, which printed each one a second
     * time (the check command) or as a bare "SEVERE:" line (the build). Every message already becomes
     * a problem or warning below, so that channel is switched off; the field keeps the logger (and
     * its level) from being garbage-collected.
     */
    private static final Logger JUL = Logger.getLogger("asciidoctor");

    static {
        JUL.setLevel(Level.OFF);
        JUL.setUseParentHandlers(false);
    }

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
            int line = record.getCursor() == null ? lineOfMissingAttribute(markup, record.getMessage())
                    : record.getCursor().getLineNumber();
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

    // Asciidoctor gives no line for a missing attribute: the first reference to it is the one to fix.
    private static int lineOfMissingAttribute(String markup, String message) {
        Matcher missing = MISSING_ATTRIBUTE.matcher(message == null ? "" : message);
        if (!missing.find()) {
            return 0;
        }
        int at = markup.indexOf("{" + missing.group(1) + "}");
        return at < 0 ? 0 : lineOf(markup, at);
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
