package org.commentary.tooling.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A subscriber to serve's reload events, as a browser's EventSource would be, for the tests to wait on. */
final class EventStream implements AutoCloseable {

    /** How long a test waits for a build's event before it fails. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One server-sent event; {@code data} parsed from JSON. */
    record Event(String name, Map<String, Object> data) {

        @SuppressWarnings("unchecked")
        List<String> list(String key) {
            return (List<String>) data.get(key);
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private volatile Flow.Subscription subscription;

    private EventStream() {
    }

    /** Subscribes and waits for the server's hello. */
    static EventStream open(URI site) {
        EventStream stream = new EventStream();
        HttpRequest request = HttpRequest.newBuilder(site.resolve(ReloadChannel.PATH)).GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(stream.lines()));
        stream.next("hello", event -> true);
        return stream;
    }

    /** The next event called {@code name} that {@code matches}; others before it are skipped. */
    Event next(String name, Predicate<Event> matches) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Event event;
            try {
                event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (event == null) {
                fail("No \"" + name + "\" event as expected within " + TIMEOUT.toSeconds() + " s; events seen: " + seen);
            }
            seen.add(event);
            if (event.name().equals(name) && matches.test(event)) {
                return event;
            }
        }
    }

    /** Every event received and looked at so far, in order. */
    List<Event> seen() {
        return List.copyOf(seen);
    }

    /** The next reload event whose changed or removed paths include {@code path}. */
    Event reloadOf(String path) {
        return next("reload", event -> event.list("changed").contains(path) || event.list("removed").contains(path));
    }

    @Override
    public void close() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private Flow.Subscriber<String> lines() {
        return new Flow.Subscriber<>() {
            private String name = "message";
            private final StringBuilder data = new StringBuilder();

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            @SuppressWarnings("unchecked")
            public void onNext(String line) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(data.toString());
                        events.add(new Event(name, (Map<String, Object>) parsed));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring("data: ".length()));
                }
            }

            @Override
            public void onError(Throwable throwable) {
                // The stream ends when the test closes it or serve stops.
            }

            @Override
            public void onComplete() {
            }
        };
    }
}
