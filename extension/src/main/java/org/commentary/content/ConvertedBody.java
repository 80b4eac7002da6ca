package org.commentary.content;

import java.util.List;

/**
 * What converting one article body produced: sanitized HTML, its plain text, and the warnings
 * worth telling the contributor (markup warnings, HTML the sanitizer removed).
 */
public record ConvertedBody(String html, String text, List<String> warnings) {

    public ConvertedBody {
        warnings = List.copyOf(warnings);
    }
}
