package org.commentary.site.edits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commentary.site.CommentaryCli;
import org.commentary.site.ContentHeader;

/**
 * The valid edits a maintainer makes to a copy of the collection, each chosen from what the copy holds
 * ({@link CollectionFacts}), never from names the test knows: a new article with an image beside it, in a new
 * region (added to data/regions.yml without a slug) and by a new author; one word changed in a title; an
 * article renamed and another withdrawn with the maintainer tools; an article nothing links to deleted; and
 * many generated articles ({@link GeneratedArticles}).
 */
public final class MaintainerEdits {

    /** The new article, as written. */
    public record NewArticle(ContentHeader header, Path image, String imageAlt, String region, String author) {
    }

    /** The article whose title lost {@code oldWord} for {@code newWord}. */
    public record Retitled(ContentHeader before, String oldWord, String newWord) {
    }

    /**
     * What the edits did.
     *
     * @param written every file the edits wrote under content/ (the new article, its image, the generated ones)
     */
    public record Applied(NewArticle added, Retitled retitled, ContentHeader deleted, Moved moved,
                          ContentHeader withdrawn, List<Path> generated, List<Path> written) {
    }

    /** An article renamed with {@code ./commentary move}: its header before, and its new file. */
    public record Moved(ContentHeader before, Path file) {
    }

    private final Path source;
    private final Path content;
    private final CollectionFacts facts;
    private final Set<String> taken;

    private MaintainerEdits(Path source) {
        this.source = source;
        this.content = source.resolve("content");
        this.facts = CollectionFacts.of(source);
        this.taken = new LinkedHashSet<>(facts.takenSlugs());
    }

    /** Makes every edit in the collection under {@code source}, with {@code generated} generated articles. */
    public static Applied applyTo(Path source, int generated) throws IOException {
        return new MaintainerEdits(source).apply(generated);
    }

    private Applied apply(int generatedCount) throws IOException {
        List<ContentHeader> published = facts.publishedArticles();
        if (published.size() < 4) {
            throw new IllegalStateException("the collection needs four published articles (to retitle, move,"
                    + " withdraw and delete); it has " + published.size());
        }
        Retitled retitled = retitle(published.get(0));
        // Moved and withdrawn: articles outside any language pair (withdrawing one half of a pair is an
        // error until the other half stands alone, which is a different edit).
        List<ContentHeader> single = published.subList(1, published.size()).stream()
                .filter(article -> !article.has("translation_of") && published.stream()
                        .noneMatch(other -> other.get("translation_of").replaceFirst("^content/", "")
                                .equals(article.path())))
                .toList();
        Moved moved = move(single.get(0));
        ContentHeader withdrawn = withdraw(single.get(1));
        List<ContentHeader> rest = new ArrayList<>(published.subList(1, published.size()));
        rest.removeAll(List.of(moved.before(), withdrawn));
        ContentHeader deleted = deleteOneNothingLinksTo(rest);
        String region = appendRegion();
        String author = appendAuthor();
        NewArticle added = writeNewArticle(region, author);
        List<Path> generated = GeneratedArticles.write(content, CollectionFacts.of(source), generatedCount);
        List<Path> written = new ArrayList<>(List.of(added.header().file(), added.image()));
        written.addAll(generated);
        return new Applied(added, retitled, deleted, moved, withdrawn, generated, written);
    }

    /** Renames the article's file with {@code ./commentary move}, in its own folder. */
    private Moved move(ContentHeader article) {
        String name = article.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path target = article.file().resolveSibling(name.substring(0, dot) + "-renamed" + name.substring(dot));
        cli("move", article.file().toString(), target.toString());
        return new Moved(article, target);
    }

    /** Takes the article down with {@code ./commentary withdraw}. */
    private ContentHeader withdraw(ContentHeader article) {
        cli("withdraw", article.file().toString(), "--reason", "Withdrawn at the request of the copyright holder.");
        return article;
    }

    private void cli(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, 1);
        all[1] = "--root";
        all[2] = source.toString();
        System.arraycopy(args, 1, all, 3, args.length - 1);
        CommentaryCli.Run run = CommentaryCli.run(all);
        if (run.exit() != 0) {
            throw new IllegalStateException("./commentary " + String.join(" ", args) + " failed: " + run);
        }
    }

    /** Changes the title's longest word (of four letters or more) to another word. */
    private Retitled retitle(ContentHeader article) throws IOException {
        String word = Arrays.stream(article.title().split("[^\\p{L}]+")).filter(w -> w.length() >= 4)
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new IllegalStateException(article + ": no word of four letters in its title"));
        String replacement = word.equalsIgnoreCase("Unfinished") ? "Overlooked" : "Unfinished";
        HeaderLines.of(article.file()).replaceWordInTitle(word, replacement);
        return new Retitled(article, word, replacement);
    }

    /**
     * Deletes the last of {@code candidates} that no other content file mentions (neither its page nor its
     * file name) and that mentions no file beside it (an image it shows would be left behind).
     */
    private ContentHeader deleteOneNothingLinksTo(List<ContentHeader> candidates) throws IOException {
        // Read again: the move renamed a file since the facts were gathered.
        Map<Path, String> texts = CollectionFacts.of(source).content().stream()
                .collect(Collectors.toMap(ContentHeader::file, header -> read(header.file()), (a, b) -> a));
        List<ContentHeader> lastFirst = new ArrayList<>(candidates);
        Collections.reverse(lastFirst);
        for (ContentHeader candidate : lastFirst) {
            String page = Path.of(candidate.outputPath()).getFileName().toString();
            String file = candidate.file().getFileName().toString();
            boolean mentioned = texts.entrySet().stream().filter(entry -> !entry.getKey().equals(candidate.file()))
                    .anyMatch(entry -> entry.getValue().contains(page) || entry.getValue().contains(file));
            if (!mentioned && siblingFiles(candidate).stream().noneMatch(texts.get(candidate.file())::contains)) {
                Files.delete(candidate.file());
                return candidate;
            }
        }
        throw new IllegalStateException("every published article but the first is linked from another file");
    }

    /** Appends a region without a slug (the build derives it) to data/regions.yml; returns its name. */
    private String appendRegion() throws IOException {
        String name = Names.unused("Polar Seas", taken);
        taken.add(Names.slug(name));
        append(source.resolve("data/regions.yml"), "- name: \"" + name + "\"\n"
                + "  description: \"The Arctic and Southern Oceans: shipping lanes, fisheries and the states that"
                + " claim them.\"\n");
        return name;
    }

    /** Appends a new author's bio to data/authors.yml (created if the collection has none); returns the name. */
    private String appendAuthor() throws IOException {
        String name = Names.unused("Inès Valcourt-Adeyemi", taken);
        taken.add(Names.slug(name));
        append(source.resolve("data/authors.yml"), "- name: \"" + name + "\"\n"
                + "  bio: \"" + name + " reports on shipping and fisheries in high latitudes.\"\n");
        return name;
    }

    private NewArticle writeNewArticle(String newRegion, String author) throws IOException {
        String title = Names.unused("What the Ice Roads Carry", taken);
        String slug = Names.slug(title);
        taken.add(slug);
        String outlet = Names.unused("The Polar Freight Review", taken);
        int year = facts.latest().getYear();
        Path folder = content.resolve("articles").resolve(String.valueOf(year));
        Files.createDirectories(folder);

        Path image = folder.resolve(slug + "-chart.png");
        ChartImage.write(image, 0.9, 0.6, 0.35, 0.2);
        String alt = "Bar chart: winter freight on the ice roads falls in each of four years";
        Path file = folder.resolve(slug + ".md");
        Files.writeString(file, "title=" + title + "\n"
                + "date=" + facts.latest() + "\n"
                + "author=" + author + "\n"
                + "region=" + facts.regions().get(0) + "; " + newRegion + "\n"
                + "theme=" + facts.themes().get(0) + "\n"
                + "source=" + outlet + "\n"
                + "source_url=https://" + Names.slug(outlet) + ".example/" + year + "/" + slug + "\n"
                + "source_date=" + facts.latest().minusDays(3) + "\n"
                + "copyright=" + author + ", " + outlet + ", " + year + "\n"
                + "license=Republished with the author's permission\n"
                + "summary=Shorter winters are closing the ice roads that carry fuel and food north.\n"
                + "status=published\n"
                + "~~~~~~\n\n"
                + "Every winter, roads built on frozen lakes and rivers carry a year's supply of fuel and building"
                + " materials to communities that have no other road.\n\n"
                + "![" + alt + "](" + image.getFileName() + ")\n\n"
                + "## A shorter season\n\n"
                + "The season has shortened in most recent years, and every week lost moves freight onto aircraft"
                + " at several times the cost.\n", StandardCharsets.UTF_8);
        return new NewArticle(ContentHeader.read(content, file), image, alt, newRegion, author);
    }

    /** The names of the non-content files in the article's folder (the images that could be its). */
    private static List<String> siblingFiles(ContentHeader article) throws IOException {
        try (Stream<Path> files = Files.list(article.file().getParent())) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
                    .filter(name -> !name.matches("(?i).*\\.(md|adoc|asciidoc|ad)")).toList();
        }
    }

    private static void append(Path file, String entry) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String separator = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.writeString(file, separator + entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
