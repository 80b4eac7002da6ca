package org.commentary.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps what Asciidoctor logs through java.util.logging (logger {@code asciidoctor}) while it is open, instead
 * of letting it reach the console. AsciidoctorJ always logs there, besides the handler the converter
 * registers, so a test that converts a broken document on purpose would otherwise print SEVERE lines into the
 * build output.
 */
final class AsciidoctorLog implements AutoCloseable {

    // A strong reference: java.util.logging may forget a configured logger nobody holds.
    private final Logger logger = Logger.getLogger("asciidoctor");
    private final boolean parentHandlers;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private AsciidoctorLog() {
        parentHandlers = logger.getUseParentHandlers();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Starts keeping Asciidoctor's log records; close it to send them to the console again. */
    static AsciidoctorLog capture() {
        return new AsciidoctorLog();
    }

    /** What was logged so far, as "LEVEL: message" lines. */
    List<String> lines() {
        synchronized (records) {
            return records.stream().map(r -> r.getLevel() + ": " + r.getMessage()).toList();
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlers);
    }
}
