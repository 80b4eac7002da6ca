package org.commentary.site.edits;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.commentary.site.ContentHeader;
import org.commentary.site.DataFiles;

/**
 * What a copy of the collection holds, read from its files with the tests' own readers: its vocabulary, the
 * authors and outlets its articles name, and every title, original address and file name already in use. The
 * edits pick from these, so they never depend on which articles, names or regions the sample happens to have.
 *
 * @param content    every content file's header, sorted by path
 * @param regions    region names of data/regions.yml, in file order
 * @param themes     theme names of data/themes.yml, in file order
 * @param authors    single author names the articles give, in order of first use
 * @param sources    outlet names the articles give, in order of first use
 * @param takenSlugs slugs of every name, title and file name in use (anything new must avoid them)
 * @param sourceUrls every article's source_url
 * @param latest     the latest article date (today when there is no article)
 */
public record CollectionFacts(List<ContentHeader> content, List<String> regions, List<String> themes,
                              List<String> authors, List<String> sources, Set<String> takenSlugs,
                              Set<String> sourceUrls, LocalDate latest) {

    /** Reads the collection under {@code source} (the folder holding content/ and data/). */
    public static CollectionFacts of(Path source) {
        List<ContentHeader> content = ContentHeader.readAll(source.resolve("content"));
        List<ContentHeader> articles = content.stream().filter(ContentHeader::isArticle).toList();
        DataFiles data = new DataFiles(source);
        List<DataFiles.VocabularyTerm> regions = data.vocabulary("regions.yml");
        List<DataFiles.VocabularyTerm> themes = data.vocabulary("themes.yml");
        List<String> authors = distinct(articles.stream().flatMap(article -> article.list("author").stream()));
        List<String> sources = distinct(articles.stream().map(article -> article.get("source")));

        Set<String> taken = new LinkedHashSet<>();
        Stream.of(regions, themes).flatMap(List::stream).forEach(term -> {
            taken.add(Names.slug(term.name()));
            taken.add(term.slug());
        });
        Stream.of(authors, sources, data.profileNames("authors.yml"), data.profileNames("sources.yml"))
                .flatMap(List::stream).forEach(name -> taken.add(Names.slug(name)));
        for (ContentHeader file : content) {
            taken.add(Names.slug(file.title()));
            taken.add(Names.slug(fileName(file)));
        }
        taken.remove("");

        Set<String> sourceUrls = new LinkedHashSet<>(articles.stream().map(article -> article.get("source_url")).toList());
        LocalDate latest = articles.stream().map(ContentHeader::date).max(Comparator.naturalOrder())
                .orElse(LocalDate.now());
        return new CollectionFacts(content, regions.stream().map(DataFiles.VocabularyTerm::name).toList(),
                themes.stream().map(DataFiles.VocabularyTerm::name).toList(), authors, sources, taken, sourceUrls,
                latest);
    }

    /** Published articles, by path. */
    public List<ContentHeader> publishedArticles() {
        return content.stream().filter(ContentHeader::isArticle).filter(ContentHeader::isPublished).toList();
    }

    /** A content file's name without folder and extension. */
    static String fileName(ContentHeader file) {
        String name = file.file().getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static List<String> distinct(Stream<String> names) {
        return List.copyOf(new LinkedHashSet<>(names.filter(name -> !name.isBlank()).toList()));
    }
}
