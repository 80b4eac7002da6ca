import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Times the live preview in a real browser: {@code ./commentary serve} and, when a Hugo site is given,
 * {@code hugo server} on the same articles. Run by benchmark/serve.sh (which prepares the corpus, the CLI
 * jar and Selenium's class path) as a single-file program:
 *
 * <pre>
 *   java -cp SELENIUM_CLASSPATH benchmark/ServeLatency.java key=value...
 * </pre>
 *
 * Keys: {@code work} (results and logs go there), {@code articles} (N, for the title), {@code edits},
 * {@code starts} (first starts of each kind), {@code poll} (ms between DOM checks), {@code jar} (the CLI jar),
 * {@code root} (the corpus), {@code file} (the article's source file), {@code page} (its page, relative to
 * the site root), {@code javaOptions} (optional JVM options for serve, to compare; none by default, as
 * {@code ./commentary} runs it), {@code tag} (optional: a comparison run's files get {@code -TAG}), and for Hugo {@code hugo} (the command, or {@code none}), {@code hugoSite},
 * {@code hugoFile}; {@code buildTimes} (optional: run.sh's results.tsv, for first start / build).
 *
 * <p>What is measured:
 * <ul>
 * <li><b>first start</b>: from launching the server to the article page answered with 200 (the server
 *     prints its address once the first build is served; the page is fetched right after). Ours with no
 *     body cache ({@code <root>/target/.commentary-cache} removed first) and with the cache the previous
 *     start left; Hugo's has no such cache. Starts of both alternate; the last start of each stays up for
 *     the edits.</li>
 * <li><b>edit to visible</b>: one Chromium per server (headless, fresh profile, as the site tests start it)
 *     has the article's page open. The harness saves the source file whole (a temporary file beside it,
 *     renamed over it, as editors do) and then only reads the DOM, every {@code poll} ms, until the page
 *     contains the new text: it never navigates, so the page must reload through the server's own live
 *     reload. A body edit changes the body's last word to a new unique word; a title edit appends a unique
 *     word to the title (which changes listings and neighbours too). Edits alternate between the servers,
 *     each waiting until both are quiet. The new document's {@code performance.timeOrigin} says when the
 *     reload began, so each time splits into "server" (save to reload start: notice, rebuild, notify) and
 *     "page" (reload to the word in the DOM).</li>
 * <li><b>peak RSS</b>: VmHWM from /proc/PID/status of each server process just before it is stopped
 *     (the highest of its sessions is reported).</li>
 * </ul>
 * Writes {@code work/serve-results.tsv} (every measurement), {@code work/serve-summary.md} (printed too) and
 * {@code work/logs/serve-*.log} (each server's output with time stamps from its launch).
 */
public final class ServeLatency {

    private static final Pattern OURS_READY = Pattern.compile("^Serving .* at (http://\\S+) \\(Ctrl\\+C");
    private static final Pattern HUGO_READY = Pattern.compile("Web Server is available at (http://\\S+) ");
    private static final Duration EDIT_TIMEOUT = Duration.ofSeconds(90);
    private static final long QUIET_MILLIS = 1500;

    private final Map<String, String> options;
    private final Path work;
    private final int edits;
    private final int starts;
    private final long pollMillis;
    private final String page;
    private final List<String[]> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Random random = new Random();

    private ServeLatency(Map<String, String> options) {
        this.options = options;
        this.work = Path.of(need("work")).toAbsolutePath();
        this.edits = Integer.parseInt(options.getOrDefault("edits", "5"));
        this.starts = Integer.parseInt(options.getOrDefault("starts", "2"));
        this.pollMillis = Long.parseLong(options.getOrDefault("poll", "10"));
        this.page = need("page");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                System.err.println("usage: java -cp SELENIUM_CLASSPATH benchmark/ServeLatency.java key=value... (see"
                        + " the class comment; benchmark/serve.sh runs it)");
                System.exit(2);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        new ServeLatency(options).run();
    }

    private String need(String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return value;
    }

    // "-TAG" for a comparison run's files (tag=TAG), else nothing.
    private String suffix() {
        String tag = options.getOrDefault("tag", "").strip();
        return tag.isEmpty() ? "" : "-" + tag;
    }

    private boolean hugoWanted() {
        return !options.getOrDefault("hugo", "none").equals("none");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        Path root = Path.of(need("root")).toAbsolutePath();
        Path cache = root.resolve("target").resolve(".commentary-cache");
        SourceFile ours = new SourceFile(Path.of(need("file")), SourceFile.Format.JBAKE);
        SourceFile hugos = hugoWanted() ? new SourceFile(Path.of(need("hugoFile")), SourceFile.Format.HUGO) : null;

        Server oursServer = null;
        Server hugoServer = null;
        Browser oursBrowser = null;
        Browser hugoBrowser = null;
        try {
            // First starts, alternating; the last of each kind stays up for the edits.
            for (int run = 1; run <= starts; run++) {
                deleteTree(cache);
                Server cold = startOurs(root, "cold-" + run);
                record("ours", "start-cold", run, cold.firstStart, "no body cache; load " + cold.load);
                stop(cold);
                if (hugoWanted()) {
                    Server hugo = startHugo("start-" + run);
                    record("hugo", "start", run, hugo.firstStart, "load " + hugo.load);
                    if (run < starts) {
                        stop(hugo);
                    } else {
                        hugoServer = hugo;
                    }
                }
                Server warm = startOurs(root, "warm-" + run);
                record("ours", "start-warm", run, warm.firstStart, "body cache from the start before; load " + warm.load);
                if (run < starts) {
                    stop(warm);
                } else {
                    oursServer = warm;
                }
            }

            oursBrowser = Browser.start(oursServer.url.resolve(page), ours.title());
            if (hugoServer != null) {
                hugoBrowser = Browser.start(hugoServer.url.resolve(page), hugos.title());
            }
            waitQuiet(oursServer, hugoServer);

            for (int i = 1; i <= edits; i++) {
                boolean oursFirst = i % 2 == 1;
                for (String kind : List.of("body", "title")) {
                    for (int k = 0; k < 2; k++) {
                        boolean doOurs = (k == 0) == oursFirst;
                        if (doOurs) {
                            edit("ours", kind, i, oursServer, oursBrowser, ours);
                        } else if (hugoServer != null) {
                            edit("hugo", kind, i, hugoServer, hugoBrowser, hugos);
                        }
                        waitQuiet(oursServer, hugoServer);
                    }
                }
            }
        } finally {
            ours.restore();
            if (hugos != null) {
                hugos.restore();
            }
            for (Browser browser : new Browser[] {oursBrowser, hugoBrowser}) {
                if (browser != null) {
                    browser.close();
                }
            }
            if (oursServer != null) {
                stop(oursServer);
            }
            if (hugoServer != null) {
                stop(hugoServer);
            }
            writeResults();
        }
        String summary = summary();
        Files.writeString(work.resolve("serve-summary" + suffix() + ".md"), summary, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(summary);
    }

    private Server startOurs(Path root, String label) throws Exception {
        // As ./commentary runs it (java -jar, no JVM options), unless javaOptions= gives some to compare.
        List<String> command = new ArrayList<>(List.of("java"));
        String javaOptions = options.getOrDefault("javaOptions", "").strip();
        if (!javaOptions.isEmpty()) {
            command.addAll(List.of(javaOptions.split("\\s+")));
        }
        command.addAll(List.of("-jar", need("jar"), "serve", "--root", root.toString(), "--port", "0"));
        // COMMENTARY_DEBUG=1: every rebuild prints its phase timings (where the time goes).
        return Server.start("ours", command, Map.of("COMMENTARY_DEBUG", "1"), OURS_READY, page,
                work.resolve("logs").resolve("serve-ours" + suffix() + "-" + label + ".log"));
    }

    private Server startHugo(String label) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // Hugo's defaults otherwise: pages served from memory, fast render mode, live reload on.
        List<String> command = List.of(need("hugo"), "server", "--source", need("hugoSite"), "--port",
                Integer.toString(port), "--bind", "127.0.0.1");
        return Server.start("hugo", command, Map.of(), HUGO_READY, page,
                work.resolve("logs").resolve("serve-hugo" + suffix() + "-" + label + ".log"));
    }

    private void stop(Server server) throws InterruptedException {
        long hwm = server.peakRssKiB();
        server.stop();
        if (hwm > 0) {
            record(server.name, "peak-rss-mib", server.label(), hwm / 1024.0, "VmHWM at the end of " + server.label());
        }
    }

    private void edit(String name, String kind, int i, Server server, Browser browser, SourceFile file)
            throws Exception {
        String token = kind + "edit" + i + letters(4);
        UnaryOperator<String> change = kind.equals("body") ? file::withLastWord : file::withTitleWord;
        int mark = server.lineCount();
        double originBefore = browser.timeOrigin();
        Instant savedAt = Instant.now();
        long saved = System.nanoTime();
        file.save(change, token);
        Browser.Seen seen = browser.waitFor(token, saved, EDIT_TIMEOUT, pollMillis);
        if (seen == null) {
            record(name, kind, i, Double.NaN, "NOT SHOWN within " + EDIT_TIMEOUT.toSeconds() + " s");
            System.out.printf(Locale.ROOT, "%-4s %-5s edit %d: not shown within %d s%n", name, kind, i,
                    EDIT_TIMEOUT.toSeconds());
            return;
        }
        double total = seen.nanos() / 1e9;
        double epochSaved = savedAt.getEpochSecond() * 1000.0 + savedAt.getNano() / 1e6;
        boolean reloaded = seen.timeOrigin() != originBefore;
        double server_ = (seen.timeOrigin() - epochSaved) / 1000.0;
        String rebuild = server.rebuildSince(mark);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        record(name, kind, i, total, String.format(Locale.ROOT, "reload began %.3f s after the save;%s load %s;"
                + " server: %s", server_, reloaded ? "" : " NO NEW DOCUMENT;", load, rebuild));
        if (reloaded) {
            record(name, kind + "-reload", i, server_, "");
        }
        System.out.printf(Locale.ROOT, "%-4s %-5s edit %d: visible after %.3f s (reload began at %.3f s; %s)%n",
                name, kind, i, total, server_, rebuild);
    }

    private String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    // Until neither server has printed anything for QUIET_MILLIS (a rebuild, a GC log, ...).
    private static void waitQuiet(Server... servers) throws InterruptedException {
        Thread.sleep(QUIET_MILLIS);
        while (true) {
            long last = Stream.of(servers).filter(s -> s != null).mapToLong(s -> s.lastOutput).max().orElse(0);
            long quiet = (System.nanoTime() - last) / 1_000_000;
            if (quiet >= QUIET_MILLIS) {
                return;
            }
            Thread.sleep(QUIET_MILLIS - quiet);
        }
    }

    private void record(String server, String metric, Object run, double value, String details) {
        results.add(new String[] {server, metric, String.valueOf(run), Double.isNaN(value) ? "NaN"
                : String.format(Locale.ROOT, "%.3f", value), details});
        if (metric.startsWith("start") || metric.startsWith("peak")) {
            System.out.printf(Locale.ROOT, "%-4s %-12s %-8s %9.3f  %s%n", server, metric, run, value, details);
        }
    }

    private void writeResults() throws IOException {
        StringBuilder tsv = new StringBuilder("server\tmetric\trun\tvalue\tdetails\n");
        for (String[] row : results) {
            tsv.append(String.join("\t", row)).append('\n');
        }
        Files.writeString(work.resolve("serve-results" + suffix() + ".tsv"), tsv, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The summary

    private List<Double> values(String server, String metric) {
        return results.stream().filter(r -> r[0].equals(server) && r[1].equals(metric) && !r[3].equals("NaN"))
                .map(r -> Double.parseDouble(r[3])).sorted().toList();
    }

    private static double median(List<Double> v) {
        int n = v.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private String seconds(String server, String metric) {
        List<Double> v = values(server, metric);
        long missing = results.stream().filter(r -> r[0].equals(server) && r[1].equals(metric)
                && r[3].equals("NaN")).count();
        if (v.isEmpty()) {
            return missing > 0 ? "not shown" : "—";
        }
        String range = v.size() == 1 ? "" : String.format(Locale.ROOT, " (%.2f–%.2f)", v.get(0), v.get(v.size() - 1));
        return String.format(Locale.ROOT, "%.2f s%s", median(v), range) + (missing > 0 ? ", " + missing + " not shown" : "");
    }

    private String ratio(String metricOurs, String metricHugo) {
        double a = median(values("ours", metricOurs));
        double b = median(values("hugo", metricHugo));
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "—" : String.format(Locale.ROOT, "%.1f×", a / b);
    }

    private String peak(String server) {
        List<Double> v = values(server, "peak-rss-mib");
        return v.isEmpty() ? "—" : String.format(Locale.ROOT, "%.0f MiB", v.get(v.size() - 1));
    }

    private String summary() throws IOException {
        boolean hugo = hugoWanted();
        String n = options.getOrDefault("articles", "?");
        StringBuilder s = new StringBuilder();
        s.append("# Preview benchmark: ").append(n).append(" articles, ").append(edits).append(" edits of each kind (")
                .append(LocalDate.now(ZoneOffset.UTC)).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores)\n\n");
        s.append(options.getOrDefault("environment", "")).append("\n\n");
        String javaOptions = options.getOrDefault("javaOptions", "").strip();
        s.append("Ours runs as `java ").append(javaOptions.isEmpty() ? "" : javaOptions + " ")
                .append("-jar tooling/target/commentary-cli.jar serve`").append(javaOptions.isEmpty()
                        ? " (as `./commentary serve` does: the JVM's default options)" : " (JVM options given by"
                        + " SERVE_JAVA_OPTS; `./commentary serve` gives none)").append(".\n\n");
        s.append("Edit to visible: from just before saving the article's source file (written whole, renamed over)"
                + " to the open page in headless Chromium showing the new word, reloaded by the server's own live"
                + " reload (DOM read every ").append(pollMillis).append(" ms; the harness never navigates). First start:"
                + " launch to the article page answered. Medians (min–max). Ratios: ours / Hugo.\n\n");
        String hugoHead = hugo ? "Hugo, `hugo server` (fast render)" : "Hugo";
        s.append("| ").append(n).append(" articles | ours, `./commentary serve` | ").append(hugoHead).append(" | ours / Hugo |\n");
        s.append("| --- | --- | --- | --- |\n");
        String skipped = hugo ? null : "skipped";
        s.append("| first start, no body cache | ").append(seconds("ours", "start-cold")).append(" | ")
                .append(skipped != null ? skipped : seconds("hugo", "start")).append(" | ")
                .append(hugo ? ratio("start-cold", "start") : "—").append(" |\n");
        s.append("| first start, body cache there | ").append(seconds("ours", "start-warm")).append(" | ")
                .append(skipped != null ? skipped : "(no such cache)").append(" | ")
                .append(hugo ? ratio("start-warm", "start") : "—").append(" |\n");
        s.append("| body edit → visible | ").append(seconds("ours", "body")).append(" | ")
                .append(skipped != null ? skipped : seconds("hugo", "body")).append(" | ")
                .append(hugo ? ratio("body", "body") : "—").append(" |\n");
        s.append("| title edit → visible | ").append(seconds("ours", "title")).append(" | ")
                .append(skipped != null ? skipped : seconds("hugo", "title")).append(" | ")
                .append(hugo ? ratio("title", "title") : "—").append(" |\n");
        s.append("| peak RSS | ").append(peak("ours")).append(" | ").append(skipped != null ? skipped : peak("hugo"))
                .append(" | ");
        if (hugo && !values("ours", "peak-rss-mib").isEmpty() && !values("hugo", "peak-rss-mib").isEmpty()) {
            List<Double> a = values("ours", "peak-rss-mib");
            List<Double> b = values("hugo", "peak-rss-mib");
            s.append(String.format(Locale.ROOT, "%.1f×", a.get(a.size() - 1) / b.get(b.size() - 1)));
        } else {
            s.append("—");
        }
        s.append(" |\n\n");
        s.append(String.format(Locale.ROOT, "Of the edit times, save to reload began (the server noticing,"
                + " rebuilding and telling the page), medians: ours body %.2f s, title %.2f s", median(values("ours",
                "body-reload")), median(values("ours", "title-reload"))));
        if (hugo) {
            s.append(String.format(Locale.ROOT, "; Hugo body %.2f s, title %.2f s", median(values("hugo",
                    "body-reload")), median(values("hugo", "title-reload"))));
        }
        s.append(". The rest is the page loading again.\n\n");
        if (!hugo) {
            s.append("**Hugo skipped**: ").append(options.getOrDefault("hugoWhy", "no hugo command")).append(".\n\n");
        }

        String builds = options.get("buildTimes");
        if (builds != null && Files.isRegularFile(Path.of(builds))) {
            Map<String, List<Double>> walls = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(builds))) {
                String[] f = line.split("\t");
                if (f.length > 2 && !f[0].equals("config")) {
                    walls.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
                }
            }
            double bake = median(sorted(walls.get("bake-clean")));
            double full = median(sorted(walls.get("full-clean")));
            double cold = median(values("ours", "start-cold"));
            double warm = median(values("ours", "start-warm"));
            if (!Double.isNaN(bake)) {
                s.append(String.format(Locale.ROOT, "Against a clean build of the same corpus (run.sh, %s): `mvn -N"
                        + " package` %.2f s%s; first start without cache %.2f× that, with cache %.2f×.%n%n",
                        builds, bake, Double.isNaN(full) ? "" : String.format(Locale.ROOT, ", `mvn package` %.2f s", full),
                        cold / bake, warm / bake));
            }
        }

        s.append("Every measurement (seconds; details from each server's own output):\n\n");
        for (String[] r : results) {
            if (r[1].endsWith("-reload")) {
                continue;  // in the details of the edit already
            }
            s.append("- ").append(r[0]).append(' ').append(r[1]).append(' ').append(r[2]).append(": ").append(r[3])
                    .append(r[1].startsWith("peak") ? " MiB" : " s").append(r[4].isEmpty() ? "" : " — " + r[4]).append('\n');
        }
        if (!notes.isEmpty()) {
            s.append('\n');
            notes.forEach(note -> s.append(note).append('\n'));
        }
        return s.toString();
    }

    private static List<Double> sorted(List<Double> v) {
        return v == null ? List.of() : v.stream().sorted().toList();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One server process: its output, time-stamped into a log, and the moment it first served the page. */
    private static final class Server {

        final String name;
        final Process process;
        final long launched;
        final Path log;
        final String load;
        final List<String> lines = new ArrayList<>();
        volatile long lastOutput = System.nanoTime();
        URI url;
        double firstStart;

        private Server(String name, Process process, long launched, Path log, String load) {
            this.name = name;
            this.process = process;
            this.launched = launched;
            this.log = log;
            this.load = load;
        }

        static Server start(String name, List<String> command, Map<String, String> env, Pattern ready, String page,
                Path log) throws Exception {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            CompletableFuture<URI> address = new CompletableFuture<>();
            long launched = System.nanoTime();
            Process process = builder.start();
            Server server = new Server(name, process, launched, log, load);
            Thread reader = new Thread(() -> server.read(ready, address), name + "-output");
            reader.setDaemon(true);
            reader.start();
            URI base;
            try {
                base = address.get(600, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not start; see " + log, e);
            }
            // Hugo prints localhost; both listen on 127.0.0.1 only.
            server.url = URI.create(base.toString().replace("//localhost:", "//127.0.0.1:"));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.url.resolve(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            server.firstStart = (System.nanoTime() - launched) / 1e9;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + " for " + page);
            }
            return server;
        }

        private void read(Pattern ready, CompletableFuture<URI> address) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    lastOutput = now;
                    synchronized (lines) {
                        lines.add(line);
                    }
                    out.printf(Locale.ROOT, "%9.3f %s%n", (now - launched) / 1e9, line);
                    out.flush();
                    Matcher m = ready.matcher(line);
                    if (!address.isDone() && m.find()) {
                        address.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IllegalStateException(name + " ended"));
        }

        String label() {
            return log.getFileName().toString().replaceFirst("^serve-[a-z]+-", "").replaceFirst("\\.log$", "");
        }

        int lineCount() {
            synchronized (lines) {
                return lines.size();
            }
        }

        /** What the server said about its rebuild since line {@code mark}: ours' summary and phases, Hugo's total. */
        String rebuildSince(int mark) throws InterruptedException {
            Thread.sleep(50);  // the line may come just after the page showed the change
            List<String> since;
            synchronized (lines) {
                since = new ArrayList<>(lines.subList(mark, lines.size()));
            }
            return since.stream().map(String::strip)
                    .filter(l -> l.contains(" changed: ") || l.startsWith("Build phases") || l.startsWith("Total in")
                            || l.startsWith("Change detected") || l.contains("ERROR") || l.contains("WARN"))
                    .collect(Collectors.joining(" | "));
        }

        long peakRssKiB() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException e) {
                // Gone already.
            }
            return -1;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A headless Chromium with one page open, as the site tests start it (see site-tests' Chromium.java). */
    private static final class Browser implements AutoCloseable {

        record Seen(long nanos, double timeOrigin) {
        }

        private final ChromeDriver driver;
        private final Path profile;

        private Browser(ChromeDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Browser start(URI page, String expected) throws Exception {
            Path profile = Files.createTempDirectory("serve-latency-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--lang=en-GB",
                    "--user-data-dir=" + profile, "--window-size=1280,900");
            // Commands do not wait for page loads: the DOM can be read while a reload is under way.
            options.setPageLoadStrategy(PageLoadStrategy.NONE);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .withLogOutput(OutputStream.nullOutputStream())
                    .build();
            Browser browser = new Browser(new ChromeDriver(service, options), profile);
            try {
                browser.driver.get(page.toString());
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (!Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'"
                        + " && document.documentElement.textContent.indexOf(arguments[0]) >= 0", expected))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The page " + page + " did not load with \"" + expected + "\"");
                    }
                    Thread.sleep(50);
                }
                return browser;
            } catch (RuntimeException | InterruptedException e) {
                browser.close();
                throw e;
            }
        }

        private Object script(String script, Object... args) {
            try {
                return driver.executeScript(script, args);
            } catch (WebDriverException e) {
                return null;  // the document is being replaced
            }
        }

        double timeOrigin() {
            Object origin = script("return performance.timeOrigin");
            return origin instanceof Number number ? number.doubleValue() : Double.NaN;
        }

        /** Polls the DOM until it contains {@code text}: the time since {@code since}, and that document's origin. */
        Seen waitFor(String text, long since, Duration timeout, long pollMillis) throws InterruptedException {
            long deadline = since + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Object found = script("var d = document.documentElement;"
                        + " return d && d.textContent.indexOf(arguments[0]) >= 0 ? performance.timeOrigin : null", text);
                long now = System.nanoTime();
                if (found instanceof Number origin) {
                    return new Seen(now - since, origin.doubleValue());
                }
                Thread.sleep(pollMillis);
            }
            return null;
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try {
                    deleteTree(profile);
                } catch (IOException | UncheckedIOException e) {
                    // A leftover temporary profile is harmless.
                }
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** The article's source file: edited whole (temporary file renamed over it) and restored at the end. */
    private static final class SourceFile {

        enum Format { JBAKE, HUGO }

        private static final Pattern LAST_WORD = Pattern.compile("\\w+(\\.\\s*)\\z");

        private final Path file;
        private final Format format;
        private final String original;
        private String text;

        SourceFile(Path file, Format format) throws IOException {
            this.file = file.toAbsolutePath();
            this.format = format;
            this.original = Files.readString(file, StandardCharsets.UTF_8);
            this.text = original;
        }

        String title() {
            Matcher m = titlePattern().matcher(original);
            if (!m.find()) {
                throw new IllegalStateException("No title line in " + file);
            }
            String title = m.group(2);
            return format == Format.HUGO ? title.replace("\\\"", "\"").replace("\\\\", "\\") : title;
        }

        private Pattern titlePattern() {
            return format == Format.JBAKE ? Pattern.compile("(?m)^(title=)(.*)$")
                    : Pattern.compile("(?m)^(title: \")(.*)\"$");
        }

        /** The body's last word (before its final full stop) becomes {@code word}. */
        String withLastWord(String word) {
            Matcher m = LAST_WORD.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("No last word in " + file);
            }
            return text.substring(0, m.start()) + word + m.group(1);
        }

        /** The original title with {@code word} after it. */
        String withTitleWord(String word) {
            Matcher m = titlePattern().matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("No title line in " + file);
            }
            Matcher first = titlePattern().matcher(original);
            first.find();
            String line = m.group(1) + first.group(2) + " " + word + (format == Format.HUGO ? "\"" : "");
            return text.substring(0, m.start()) + line + text.substring(m.end());
        }

        /** Saves the text {@code change} makes of {@code word} (with {@link #withLastWord} or {@link #withTitleWord}). */
        void save(UnaryOperator<String> change, String word) throws IOException {
            text = change.apply(word);
            write(text);
        }

        private void write(String content) throws IOException {
            // As editors save: the whole file into a hidden temporary file beside it, renamed over it.
            Path temporary = file.resolveSibling("." + file.getFileName() + ".serve-latency~");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        void restore() throws IOException {
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(original)) {
                write(original);
            }
            text = original;
        }
    }
}
