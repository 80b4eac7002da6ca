package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Answers requests for site files from the last good build in memory, as a static host would:
 * "/" is index.html, a missing file gets the site's 404.html with status 404, there are no folder
 * listings, and nothing outside the built site can be named. HTML gets the reload script.
 */
final class SiteHandler implements HttpHandler {

    private static final String NOT_FOUND_PAGE = "404.html";

    private final ServedSite site;

    SiteHandler(ServedSite site) {
        this.site = site;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", text("Only GET and HEAD are served here.\n"));
                return;
            }
            Optional<String> path = SitePath.of(exchange.getRequestURI());
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8",
                        text("Refused: the address must name a file inside the site (no \"..\", \".\" or \"//\").\n"));
                return;
            }
            ServedSite.State state = site.state();
            if (!state.hasSite()) {
                byte[] page = state.failed() ? StatusPage.problems(state.summary(), state.problems())
                        : StatusPage.building();
                send(exchange, 503, ContentTypes.HTML, ReloadScript.inject(page, state.generation(), ""));
                return;
            }
            String served = path.get();
            int status = 200;
            Optional<byte[]> bytes = site.read(served);
            if (bytes.isEmpty()) {
                status = 404;
                served = NOT_FOUND_PAGE;
                bytes = site.read(served);
                if (bytes.isEmpty()) {
                    send(exchange, 404, "text/plain; charset=utf-8", text("Not found: " + path.get() + "\n"));
                    return;
                }
            }
            byte[] body = bytes.get();
            if (ContentTypes.isHtml(served)) {
                body = ReloadScript.inject(body, state.generation(), served);
            }
            send(exchange, status, ContentTypes.of(served), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        // Every request sees the latest build: a reload must never show a cached stylesheet.
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] text(String message) {
        return message.getBytes(StandardCharsets.UTF_8);
    }
}
