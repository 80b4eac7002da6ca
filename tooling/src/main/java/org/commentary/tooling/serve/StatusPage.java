package org.commentary.tooling.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plain page serve shows for every address while there is no good site to show: during the
 * first build, or when it failed (with its problems). The reload script replaces it as soon as a
 * build succeeds.
 */
final class StatusPage {

    private StatusPage() {
    }

    static byte[] building() {
        return page("Building the site…", "The first build is running; this page reloads when it is done.",
                List.of());
    }

    static byte[] problems(String summary, List<String> problems) {
        return page("The site could not be built", summary + " Fix them and save: this page reloads by itself.",
                problems);
    }

    private static byte[] page(String title, String text, List<String> lines) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}")
                .append("pre{white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;background:#f4f4f4;")
                .append("padding:1rem}</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>").append(escape(text)).append("</p>\n");
        if (!lines.isEmpty()) {
            html.append("<pre>").append(escape(String.join("\n", lines))).append("</pre>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
