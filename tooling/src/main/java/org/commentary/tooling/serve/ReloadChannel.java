package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.commentary.plan.Json;

/**
 * Tells open pages what each build did, as server-sent events on {@value #PATH}:
 * <ul>
 * <li>{@code hello} on connecting: {@code {"generation"}} of the site now served;</li>
 * <li>{@code errors} on connecting while the latest build failed, and after each failed build:
 *     {@code {"summary", "problems": [lines]}};</li>
 * <li>{@code reload} after each good build: {@code {"generation", "changed": [paths],
 *     "removed": [paths], "all"}} ({@code all} when there was no site before).</li>
 * </ul>
 */
final class ReloadChannel implements HttpHandler, AutoCloseable {

    /** Where pages listen. */
    static final String PATH = "/__commentary/events";

    private static final long PING_SECONDS = 15;

    private final ServedSite site;
    private final List<OutputStream> clients = new ArrayList<>();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "serve-events-ping");
        thread.setDaemon(true);
        return thread;
    });

    ReloadChannel(ServedSite site) {
        this.site = site;
        // A comment now and then finds the pages that were closed (the write fails) and keeps proxies from timing out.
        pinger.scheduleWithFixedDelay(() -> send(": ping\n\n"), PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH) || !exchange.getRequestMethod().equals("GET")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // Under the lock no build's event can slip between this page's first events and its joining.
        synchronized (clients) {
            ServedSite.State state = site.state();
            StringBuilder first = new StringBuilder("retry: 1000\n\n")
                    .append(event("hello", Map.of("generation", state.generation())));
            if (state.failed()) {
                first.append(errorsEvent(state));
            }
            if (write(out, first.toString())) {
                clients.add(out);
            }
        }
        // The exchange stays open: events are written to it until the page goes away or serve stops.
    }

    /** After a good build. */
    void reload(ServedSite.State state, Collection<String> changed, Collection<String> removed, boolean all) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generation", state.generation());
        data.put("changed", changed);
        data.put("removed", removed);
        data.put("all", all);
        send(event("reload", data));
    }

    /** After a failed build. */
    void errors(ServedSite.State state) {
        send(errorsEvent(state));
    }

    /** How many pages are listening (for tests and the log). */
    int listeners() {
        synchronized (clients) {
            return clients.size();
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        synchronized (clients) {
            clients.forEach(ReloadChannel::closeQuietly);
            clients.clear();
        }
    }

    private static String errorsEvent(ServedSite.State state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", state.summary());
        data.put("problems", state.problems());
        return event("errors", data);
    }

    private static String event(String name, Object data) {
        return "event: " + name + "\ndata: " + Json.write(data) + "\n\n";
    }

    private void send(String text) {
        synchronized (clients) {
            clients.removeIf(out -> !write(out, text));
        }
    }

    private static boolean write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException gone) {
            closeQuietly(out);
            return false;
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException alreadyGone) {
            // The page went away first; nothing to tell it.
        }
    }
}
