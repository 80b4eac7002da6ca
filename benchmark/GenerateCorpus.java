import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic synthetic collection for benchmarks: N articles (about 900 words each,
 * one in five in AsciiDoc, one in fifty a draft) over 12 regions, 30 themes, N/8 authors and
 * 10 sources, plus the data files they need. Same N, same bytes.
 *
 * <p>Run with {@code java benchmark/GenerateCorpus.java N OUTPUT_FOLDER}: OUTPUT_FOLDER receives
 * {@code content/} and {@code data/} (templates, assets and jbake.properties are copied by run.sh).
 */
public final class GenerateCorpus {

    private static final String[] WORDS = ("the of and to in a that for is on with as by it was be are from at this"
            + " have which or has not but an they their been were more its also would will about one after other"
            + " ministers markets pipeline tariffs shipping insurers harvest reserves election ballots courts press"
            + " licence regulators treaty border river water energy grid prices inflation currency remittances"
            + " migrants workers heat drought rains storage transit corridor ports freight budget parliament"
            + " coalition governors provinces villages clinics hospitals data networks satellites broadcasters"
            + " newspapers editors sanctions exports imports lenders bonds debt restructuring creditors diplomats"
            + " negotiations summit agreement ceasefire refugees camps aid donors contracts royalties mines lithium"
            + " copper cobalt farmers cooperatives subsidies fertiliser wheat rice maize weather forecasts season")
            .split(" ");
    private static final String[] REGION_NAMES = {"Asia, Russia and FSU", "Middle East & North Africa", "Europe",
        "Latin America & Caribbean", "Sub-Saharan Africa", "North America", "South Asia", "Oceania",
        "East Asia & Pacific", "Central Asia", "Arctic", "Global"};
    private static final String[] SURNAMES = {"Castellane", "Rydel", "Okafor", "Lindqvist", "Varga", "Ituarte",
        "Nwankwo", "Matenga", "Whitcombe", "Rao", "Kılıç", "Wierzbińska", "Solís", "Haddad", "Moreau", "Tanaka"};
    private static final String[] GIVEN = {"Mira", "Tomasz", "Adaeze", "Zoë", "Rafael", "Kiri", "Dana", "Priya",
        "Emre", "Małgorzata", "Hamish", "Inés", "Omar", "Léa", "Kenji", "Sofia"};

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java benchmark/GenerateCorpus.java N OUTPUT_FOLDER");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(20240318L + count);
        List<String> themes = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            themes.add("Theme " + capitalise(WORDS[40 + i]) + " " + i);
        }
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count / 8); i++) {
            authors.add(GIVEN[i % GIVEN.length] + " " + SURNAMES[(i / GIVEN.length) % SURNAMES.length]
                    + (i >= GIVEN.length * SURNAMES.length ? " " + (i / (GIVEN.length * SURNAMES.length) + 1) : ""));
        }
        List<String> sources = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sources.add("The " + capitalise(WORDS[60 + i]) + " Review");
        }
        writeData(out.resolve("data"), themes, sources);
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays(random.nextInt(3650));
            String title = capitalise(words(random, 5 + random.nextInt(5))) + " " + i;
            List<String> by = new ArrayList<>();
            by.add(authors.get(random.nextInt(authors.size())));
            if (random.nextInt(10) == 0) {
                String second = authors.get(random.nextInt(authors.size()));
                if (!by.contains(second)) {
                    by.add(second);
                }
            }
            List<String> regions = pick(random, List.of(REGION_NAMES), 1 + random.nextInt(2));
            List<String> topics = pick(random, themes, 1 + random.nextInt(3));
            String source = sources.get(random.nextInt(sources.size()));
            String slug = "article-" + i;
            boolean asciidoc = i % 5 == 4;
            boolean draft = i % 50 == 49;
            Path file = out.resolve("content/articles/" + date.getYear() + "/" + slug + (asciidoc ? ".adoc" : ".md"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(random, asciidoc, title, date, by, regions, topics, source, slug, draft),
                    StandardCharsets.UTF_8);
        }
        Path about = out.resolve("content/about.md");
        Files.writeString(about, "type=page\ntitle=About\nstatus=published\n~~~~~~\n\nA benchmark collection.\n",
                StandardCharsets.UTF_8);
    }

    private static String article(Random random, boolean asciidoc, String title, LocalDate date, List<String> authors,
                                  List<String> regions, List<String> themes, String source, String slug,
                                  boolean draft) {
        String[][] fields = {
            {"date", date.toString()},
            {"author", String.join("; ", authors)},
            {"region", String.join("; ", regions)},
            {"theme", String.join("; ", themes)},
            {"source", source},
            {"source_url", "https://" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + slug},
            {"source_date", date.minusDays(random.nextInt(7)).toString()},
            {"copyright", authors.get(0) + ", " + source + ", " + date.getYear()},
            {"summary", capitalise(words(random, 25)) + "."},
            {"status", draft ? "draft" : "published"},
        };
        StringBuilder text = new StringBuilder();
        if (asciidoc) {
            text.append("= ").append(title).append('\n');
            for (String[] field : fields) {
                text.append(":jbake-").append(field[0]).append(": ").append(field[1]).append('\n');
            }
        } else {
            text.append("title=").append(title).append('\n');
            for (String[] field : fields) {
                text.append(field[0]).append('=').append(field[1]).append('\n');
            }
            text.append("~~~~~~\n");
        }
        text.append('\n');
        int words = 0;
        int section = 0;
        while (words < 900) {
            if (words > 0 && random.nextInt(4) == 0) {
                text.append(asciidoc ? "== " : "## ").append(capitalise(words(random, 4))).append(' ')
                        .append(++section).append("\n\n");
            }
            if (random.nextInt(9) == 0) {
                String quote = capitalise(words(random, 20)) + ".";
                text.append(asciidoc ? "____\n" + quote + "\n____" : "> " + quote).append("\n\n");
                words += 20;
                continue;
            }
            int length = 50 + random.nextInt(60);
            text.append(capitalise(words(random, length))).append(".\n\n");
            words += length;
        }
        return text.toString();
    }

    private static void writeData(Path data, List<String> themes, List<String> sources) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve("collection.yml"), "name: Benchmark Ledger\ntagline: Synthetic corpus\n"
                + "disclaimer: Views are the authors' own.\nfair_use: Republished for comment and criticism.\n",
                StandardCharsets.UTF_8);
        StringBuilder regions = new StringBuilder();
        for (String region : REGION_NAMES) {
            regions.append("- name: \"").append(region).append("\"\n  description: Region ").append(region)
                    .append(".\n");
        }
        Files.writeString(data.resolve("regions.yml"), regions.toString(), StandardCharsets.UTF_8);
        StringBuilder topics = new StringBuilder();
        for (String theme : themes) {
            topics.append("- name: \"").append(theme).append("\"\n  description: About ").append(theme).append(".\n");
        }
        Files.writeString(data.resolve("themes.yml"), topics.toString(), StandardCharsets.UTF_8);
        StringBuilder outlets = new StringBuilder();
        for (String source : sources) {
            outlets.append("- name: \"").append(source).append("\"\n  url: https://")
                    .append(source.toLowerCase(Locale.ROOT).replace(' ', '-')).append(".example/\n");
        }
        Files.writeString(data.resolve("sources.yml"), outlets.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, from.size())) {
            String item = from.get(random.nextInt(from.size()));
            if (!picked.contains(item)) {
                picked.add(item);
            }
        }
        return picked;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
