package org.commentary.site.reader;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place browser tests get a browser: Debian's Chromium driven through its ChromeDriver,
 * headless, with a fresh profile, opening a baked site (the fixture collection's, or the real one for the
 * collection rules) from {@code file://}.
 *
 * <p>Paths come from {@code CHROME_BIN} and {@code CHROMEDRIVER_BIN} (default
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}) and are passed to Selenium
 * explicitly, so Selenium skips Selenium Manager and nothing is ever downloaded.
 * When the browser is missing the test is skipped with a loud warning, unless
 * {@code REQUIRE_BROWSER=true} (as CI sets it), which makes it a failure.
 */
public final class Chromium implements AutoCloseable {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 360;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final Path site;

    private Chromium(ChromeDriver driver, Path profile, Path site) {
        this.driver = driver;
        this.profile = profile;
        this.site = site;
    }

    /**
     * Starts a headless Chromium that opens pages of the site baked into {@code site}, or skips (or, with
     * REQUIRE_BROWSER=true, fails) the calling test.
     */
    public static Chromium start(Path site) {
        return start(site, System.getenv(), System.err);
    }

    /**
     * As {@link #start(Path)}, reading CHROME_BIN, CHROMEDRIVER_BIN and REQUIRE_BROWSER from {@code env}
     * and printing the warning for a skipped test to {@code warnings}.
     */
    static Chromium start(Path site, Map<String, String> env, PrintStream warnings) {
        Path chrome = Path.of(env(env, "CHROME_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env(env, "CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chrome)) {
            missing.add("Chromium at " + chrome + " (set CHROME_BIN, or apt-get install chromium)");
        }
        if (!Files.isExecutable(chromedriver)) {
            missing.add("ChromeDriver at " + chromedriver + " (set CHROMEDRIVER_BIN, or apt-get install chromium-driver)");
        }
        if (!missing.isEmpty()) {
            String reason = "No browser for the browser tests: missing " + String.join(" and ", missing);
            if (Boolean.parseBoolean(env(env, "REQUIRE_BROWSER", "false"))) {
                Assertions.fail(reason + ". REQUIRE_BROWSER=true, so this is a failure, not a skip.");
            }
            warnings.println("WARNING: " + reason + ". Browser tests are SKIPPED; set REQUIRE_BROWSER=true to make"
                    + " this a failure.");
            Assumptions.abort(reason);
        }
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--lang=en-GB",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + ",900");
        // Every request the page makes, from Chrome's own network events.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Chromium browser = new Chromium(driver, profile, site.toAbsolutePath().normalize());
        driver.get("about:blank");
        browser.requestedUrls(); // start recording from here
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The folder of the site this browser opens pages from. */
    public Path site() {
        return site;
    }

    /**
     * Opens a page of the site from {@code file://}, given by its path from the site root, optionally with a
     * {@code ?query} (such as {@code search.html?q=energy}).
     */
    public void open(String page) {
        int query = page.indexOf('?');
        String path = query < 0 ? page : page.substring(0, query);
        Path file = site.resolve(path);
        Assertions.assertTrue(Files.isRegularFile(file), "no page " + file);
        driver.get(file.toUri() + (query < 0 ? "" : page.substring(query)));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /** Sets the viewport as a phone (mobile, touch) or desktop browser of the given width would have it. */
    public void viewport(int width, int height) {
        boolean phone = width < 600;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phone));
    }

    /** Writes a PNG of the whole page (not just the viewport) to {@code file}. */
    public void screenshot(Path file) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every URL the browser requested since the last call (documents, styles, scripts, images,
     * fonts...), from Chrome's network events.
     */
    public List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                JsonNode params = message.path("params");
                // Chrome's own pages (its start page, served from the browser itself) are not the site's.
                if (message.path("method").asText().equals("Network.requestWillBeSent")
                        && !params.path("documentURL").asText().startsWith("chrome")) {
                    urls.add(params.path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    /** The URLs the current page loaded resources from, as the page itself saw them. */
    @SuppressWarnings("unchecked")
    public List<String> resourceUrls() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
    }

    /** Fails unless every URL is on disk ({@code file:}) or inline ({@code data:}, {@code about:}). */
    public static void assertAllLocal(List<String> urls, String where) {
        List<String> remote = urls.stream()
                .filter(url -> !url.toLowerCase(Locale.ROOT).matches("^(file|data|about|blob):.*"))
                .toList();
        Assertions.assertEquals(List.of(), remote, "requests that left the disk on " + where);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile is harmless.
        }
    }

    private static String env(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
