import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a benchmark collection written by GenerateCorpus into a Hugo site with the same articles,
 * so that run.sh can build both from the same text. Every article keeps its title, date, authors,
 * regions, themes, source, summary, source URL, copyright and draft status as YAML front matter;
 * Markdown bodies are copied as they are, AsciiDoc bodies (Hugo would need the asciidoctor
 * command, which is not installed) are turned into the same text in Markdown: {@code == } headings
 * become {@code ## }, {@code ____} quote blocks become {@code > } quotes, paragraphs stay.
 *
 * <p>Run with {@code java benchmark/HugoCorpus.java SOURCE_FOLDER HUGO_FOLDER PAGE_SIZE}. It writes
 * HUGO_FOLDER/hugo.toml (PAGE_SIZE articles per listing page, as {@code index.posts_per_page} in
 * jbake.properties), HUGO_FOLDER/content and HUGO_FOLDER/data; run.sh copies the layouts
 * (benchmark/hugo/layouts). Only the header format GenerateCorpus writes is understood.
 */
public final class HugoCorpus {

    private HugoCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java benchmark/HugoCorpus.java SOURCE_FOLDER HUGO_FOLDER PAGE_SIZE");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path hugo = Path.of(args[1]);
        int pageSize = Integer.parseInt(args[2]);
        Path articles = source.resolve("content/articles");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Article article = name.endsWith(".adoc") ? asciidoc(text) : markdown(text);
            String slug = name.substring(0, name.lastIndexOf('.'));
            Path target = hugo.resolve("content/articles").resolve(articles.relativize(file.getParent()))
                    .resolve(slug + ".md");
            Files.createDirectories(target.getParent());
            Files.writeString(target, frontMatter(article.fields) + "\n" + article.body, StandardCharsets.UTF_8);
        }
        writeStatic(hugo, source, pageSize);
    }

    /** One article: its header fields (JBake names) and its body in Markdown. */
    private record Article(Map<String, String> fields, String body) {
    }

    private static Article markdown(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int end = text.indexOf("\n~~~~~~\n");
        if (end < 0) {
            throw new IllegalArgumentException("No header separator");
        }
        for (String line : text.substring(0, end).split("\n")) {
            int eq = line.indexOf('=');
            fields.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return new Article(fields, text.substring(end + "\n~~~~~~\n".length()));
    }

    private static Article asciidoc(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        for (; i < lines.length && !lines[i].isEmpty(); i++) {
            String line = lines[i];
            if (line.startsWith("= ")) {
                fields.put("title", line.substring(2).trim());
            } else if (line.startsWith(":jbake-")) {
                int colon = line.indexOf(':', 1);
                fields.put(line.substring(":jbake-".length(), colon), line.substring(colon + 1).trim());
            } else {
                throw new IllegalArgumentException("Unexpected AsciiDoc header line: " + line);
            }
        }
        StringBuilder body = new StringBuilder();
        boolean quote = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.equals("____")) {
                quote = !quote;
            } else if (line.startsWith("== ")) {
                body.append("## ").append(line.substring(3)).append('\n');
            } else if (quote) {
                body.append("> ").append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        return new Article(fields, body.toString().replaceAll("\n+$", "\n"));
    }

    private static String frontMatter(Map<String, String> fields) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(quoted(fields.get("title"))).append('\n');
        yaml.append("date: ").append(fields.get("date")).append('\n');
        list(yaml, "authors", fields.get("author"));
        list(yaml, "regions", fields.get("region"));
        list(yaml, "themes", fields.get("theme"));
        list(yaml, "sources", fields.get("source"));
        for (String key : List.of("summary", "source_url", "source_date", "copyright")) {
            if (fields.containsKey(key)) {
                yaml.append(key).append(": ").append(quoted(fields.get(key))).append('\n');
            }
        }
        if ("draft".equals(fields.get("status"))) {
            yaml.append("draft: true\n");
        }
        return yaml.append("---\n").toString();
    }

    private static void list(StringBuilder yaml, String key, String value) {
        yaml.append(key).append(":\n");
        for (String item : value.split(";")) {
            yaml.append("  - ").append(quoted(item.trim())).append('\n');
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void writeStatic(Path hugo, Path source, int pageSize) throws IOException {
        Path content = hugo.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("about.md"),
                "---\ntitle: About\nlayout: plain\n---\n\nA benchmark collection.\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("archive.md"), "---\ntitle: Archive\nlayout: archive\n---\n",
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("search.md"), "---\ntitle: Search\nlayout: search\n---\n",
                StandardCharsets.UTF_8);
        Path data = hugo.resolve("data");
        Files.createDirectories(data);
        for (String name : List.of("regions.yml", "themes.yml", "sources.yml")) {
            Files.copy(source.resolve("data").resolve(name), data.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> collection = new LinkedHashMap<>();
        for (String line : Files.readAllLines(source.resolve("data/collection.yml"), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                collection.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        List<String> config = new ArrayList<>(List.of(
                "# Written by benchmark/HugoCorpus.java: the benchmark collection as a Hugo site.",
                "baseURL = \"https://commentary-ledger.example/\"",
                "languageCode = \"en\"",
                "title = " + quoted(collection.getOrDefault("name", "Benchmark")),
                "# The same page size as index.posts_per_page in jbake.properties.",
                "paginate = " + pageSize,
                "# Pages as files (x.html, not x/index.html) and relative links, as our site has (it works from file://).",
                "uglyURLs = true",
                "relativeURLs = true",
                "enableRobotsTXT = true",
                "disableKinds = [\"section\"]",
                "",
                "[params]",
                "tagline = " + quoted(collection.getOrDefault("tagline", "")),
                "disclaimer = " + quoted(collection.getOrDefault("disclaimer", "")),
                "fair_use = " + quoted(collection.getOrDefault("fair_use", "")),
                "",
                "[taxonomies]",
                "region = \"regions\"",
                "theme = \"themes\"",
                "author = \"authors\"",
                "source = \"sources\"",
                "",
                "[mediaTypes.\"application/atom+xml\"]",
                "suffixes = [\"xml\"]",
                "",
                "[outputFormats.Atom]",
                "mediaType = \"application/atom+xml\"",
                "baseName = \"feed\"",
                "",
                "[outputFormats.SearchIndex]",
                "mediaType = \"text/javascript\"",
                "baseName = \"search-index\"",
                "isPlainText = true",
                "",
                "[outputs]",
                "home = [\"HTML\", \"Atom\", \"SearchIndex\"]",
                "term = [\"HTML\", \"Atom\"]",
                "taxonomy = [\"HTML\"]",
                "page = [\"HTML\"]",
                "",
                "# Related articles by theme and region, as ours (3 per article, see the article layout).",
                "[related]",
                "includeNewer = true",
                "threshold = 1",
                "toLower = false",
                "[[related.indices]]",
                "name = \"themes\"",
                "weight = 100",
                "[[related.indices]]",
                "name = \"regions\"",
                "weight = 100",
                ""));
        Files.writeString(hugo.resolve("hugo.toml"), String.join("\n", config), StandardCharsets.UTF_8);
    }
}
