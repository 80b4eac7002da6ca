package org.commentary.site.edits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.commentary.site.ContentHeader;
import org.commentary.site.DataFiles;
import org.commentary.validation.Suggestions;

/**
 * A maintainer's typo: the first published article's region replaced by a near miss of that region (one letter
 * dropped), nearer to it than to any other region of data/regions.yml, so the build can only suggest the one
 * that was meant.
 *
 * @param file  the article, from the source folder ({@code content/articles/...}), as problems show it
 * @param line  the line of the region field
 * @param typed what the header now says
 * @param meant the region's name in data/regions.yml
 */
public record MisspelledRegion(String file, int line, String typed, String meant) {

    /** Misspells one article's region in the collection under {@code source}. */
    public static MisspelledRegion applyTo(Path source) throws IOException {
        CollectionFacts facts = CollectionFacts.of(source);
        ContentHeader article = facts.publishedArticles().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the collection has no published article"));
        String written = article.list("region").get(0);
        List<DataFiles.VocabularyTerm> regions = new DataFiles(source).vocabulary("regions.yml");
        String meant = new DataFiles(source).vocabularyTerm("regions.yml", written).map(DataFiles.VocabularyTerm::name)
                .orElseThrow(() -> new IllegalStateException(article + ": region " + written + " is not in regions.yml"));
        String typed = nearMiss(meant, regions);
        int line = HeaderLines.of(article.file()).set("region", typed);
        return new MisspelledRegion("content/" + article.path(), line, typed, meant);
    }

    /** {@code name} with one letter dropped (from the middle outwards), a near miss of no other region. */
    static String nearMiss(String name, List<DataFiles.VocabularyTerm> regions) {
        int middle = name.length() / 2;
        for (int offset = 0; offset < name.length(); offset++) {
            int at = middle + (offset % 2 == 0 ? offset / 2 : -(offset / 2 + 1));
            if (at < 0 || at >= name.length() || !Character.isLetter(name.charAt(at))) {
                continue;
            }
            String typo = name.substring(0, at) + name.substring(at + 1);
            if (typo.length() >= 3 && regions.stream().allMatch(term -> term.name().equals(name)
                    ? !typo.equalsIgnoreCase(term.slug()) : farFrom(typo, term))) {
                return typo;
            }
        }
        throw new IllegalStateException("no near miss of \"" + name + "\" is far from every other region");
    }

    /** Not one edit from the term's name or slug, nor a part of it (or it of the typo) of nearly its length. */
    private static boolean farFrom(String typo, DataFiles.VocabularyTerm term) {
        String lower = typo.toLowerCase(Locale.ROOT);
        for (String known : List.of(term.name().toLowerCase(Locale.ROOT), term.slug().toLowerCase(Locale.ROOT))) {
            boolean part = !known.isEmpty() && (known.contains(lower) || lower.contains(known));
            if (Suggestions.distance(lower, known) <= 1 || part && Math.abs(known.length() - lower.length()) <= 3) {
                return false;
            }
        }
        return true;
    }

}
