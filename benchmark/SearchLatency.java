import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the offline search in a real Chromium over file://, for benchmark/search.sh (which builds the site
 * and Selenium's class path):
 *
 * <pre>
 *   java -cp SELENIUM_CLASSPATH benchmark/SearchLatency.java SITE_FOLDER CORPUS_FOLDER QUERIES
 * </pre>
 *
 * For each query, search.html is opened afresh (so nothing is loaded yet but the page, search.js and the
 * manifest), the query is typed key by key into the box, and the page's own figures are read
 * ({@code COMMENTARY_SEARCH_STATS}): the time from the last key pressed to the results being on the page
 * (the typing pause, loading the term shards and the text files of the results shown, ranking and drawing),
 * and every search data file loaded until then, whose sizes on disk are added up. Queries: words only
 * one article holds (from CORPUS_FOLDER/markers.tsv; the article must be among the results shown), the
 * corpus' words of rank 1, 10, 100, 1,000 and 10,000, two-word queries and word beginnings. Prints one
 * line per query (tab-separated) and then the medians and maxima.
 */
public final class SearchLatency {

    private SearchLatency() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        Path corpus = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<String[]> markers = Files.readAllLines(corpus.resolve("markers.tsv"), StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t")).toList();
        List<String> common = Files.readAllLines(corpus.resolve("common.tsv"), StandardCharsets.UTF_8);
        Random random = new Random(42);
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] marker = markers.get(random.nextInt(markers.size()));
            queries.add(new String[] {"unique", marker[0], marker[1]});
        }
        for (String word : common) {
            queries.add(new String[] {"common", word, null});
        }
        for (int i = 0; i < 3; i++) {
            queries.add(new String[] {"two words", common.get(2) + " " + common.get(3 + i % 2), null});
            String word = common.get(1 + i);
            queries.add(new String[] {"beginning", word.substring(0, Math.min(3, word.length())), null});
        }
        Collections.shuffle(queries, random);

        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        List<Double> times = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        int misses = 0;
        System.out.println("kind\tquery\tresults\tms from last key to results\tsearch data loaded (bytes)\tfiles");
        try {
            String page = site.resolve("search.html").toUri().toString();
            for (String[] query : queries) {
                driver.get(page);
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                wait.until(d -> "true".equals(d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
                WebElement input = driver.findElement(By.id("search-input"));
                input.sendKeys(query[1]);
                wait.until(d -> query[1].equals(driver.executeScript("return COMMENTARY_SEARCH_STATS.query")));
                @SuppressWarnings("unchecked")
                Map<String, Object> stats = (Map<String, Object>) driver.executeScript("return COMMENTARY_SEARCH_STATS");
                double ms = ((Number) stats.get("keyToResultsMs")).doubleValue();
                @SuppressWarnings("unchecked")
                List<String> loaded = (List<String>) stats.get("loaded");
                long bytes = 0;
                for (String url : loaded) {
                    bytes += Files.size(Path.of(URI.create(site.resolve("search.html").toUri().resolve(url).toString())));
                }
                if (query[2] != null) {
                    List<String> links = driver.findElements(By.cssSelector(".search-result__title a")).stream()
                            .map(a -> a.getDomAttribute("href")).toList();
                    if (!links.contains(query[2])) {
                        misses++;
                        System.out.println("MISSED: " + query[1] + " should find " + query[2] + ", found " + links);
                    }
                }
                times.add(ms);
                sizes.add(bytes);
                System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.0f\t%d\t%d%n", query[0], query[1], stats.get("results"), ms,
                        bytes, loaded.size());
            }
        } finally {
            driver.quit();
        }
        long total;
        long files;
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            total = 0;
            for (Path file : all) {
                total += Files.size(file);
            }
        }
        System.out.printf(Locale.ROOT, "SUMMARY\tqueries %d\tms median %.0f max %.0f\tloaded median %.2f MB max %.2f MB"
                        + "\tmanifest %.2f MB\tsearch data on disk %.1f MB in %d files\trecall misses %d%n",
                times.size(), median(times), Collections.max(times), median(sizes.stream().map(Long::doubleValue).toList()) / 1e6,
                Collections.max(sizes) / 1e6, Files.size(site.resolve("search/manifest.js")) / 1e6, total / 1e6, files, misses);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
