package org.commentary.validation.collection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commentary.content.ContentFile;
import org.commentary.content.SourceLines;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Languages;
import org.commentary.model.Status;
import org.commentary.validation.LanguageTags;
import org.commentary.validation.Problem;
import org.commentary.validation.Suggestions;

/**
 * Two language versions of one piece ({@code translation_of}): the other version must be an article of the
 * collection, in another language, published when this one is, naming no third file, and in the language
 * {@code original_language} says. Each problem is on the {@code translation_of} (or {@code original_language})
 * line of the file that names the other.
 */
public final class Translations {

    private static final String FIELD = "translation_of";

    /** Every problem with the {@code translation_of} fields of {@code files} (the collection's valid files). */
    public List<Problem> problems(Collection<ContentFile> files) {
        Map<String, ContentFile> byPath = new TreeMap<>();
        files.forEach(file -> byPath.put(file.path(), file));
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : files) {
            if (!(file.metadata() instanceof ArticleMetadata meta) || meta.languages().translationOf().isEmpty()) {
                continue;
            }
            Languages languages = meta.languages();
            String named = languages.translationOf();
            ContentFile other = byPath.get(named);
            if (other == null || !(other.metadata() instanceof ArticleMetadata otherMeta)) {
                List<String> articles = byPath.values().stream()
                        .filter(f -> f.metadata() instanceof ArticleMetadata).map(ContentFile::path).toList();
                problems.add(problem(file, FIELD, "\"" + named + "\" is not an article of the collection; give the"
                        + " other language version's file as it is under content/"
                        + Suggestions.closest(named, articles).map(s -> " (did you mean \"" + s + "\"?)").orElse("")));
                continue;
            }
            if (other == file) {
                problems.add(problem(file, FIELD, "names the article itself; give the other language version's file"));
                continue;
            }
            Languages theirs = otherMeta.languages();
            if (theirs.language().equals(languages.language())) {
                problems.add(problem(file, FIELD, "\"" + named + "\" is in " + describe(theirs.language()) + " too;"
                        + " set \"language\" on the version that is not in the collection's language"));
            }
            if (!theirs.translationOf().isEmpty() && !theirs.translationOf().equals(file.path())) {
                problems.add(problem(file, FIELD, "\"" + named + "\" names another version (\""
                        + theirs.translationOf() + "\"); a piece has two language versions here, each naming"
                        + " the other or only the translation naming its original"));
            }
            if (meta.status() == Status.PUBLISHED && otherMeta.status() == Status.DRAFT) {
                problems.add(problem(file, FIELD, "\"" + named + "\" is a draft, so there is no page to link;"
                        + " publish it too, or keep this article a draft"));
            }
            if (meta.status() == Status.PUBLISHED && otherMeta.status() == Status.WITHDRAWN) {
                problems.add(problem(file, FIELD, "\"" + named + "\" is withdrawn, so there is no version to link;"
                        + " remove translation_of (this version then stands alone), or withdraw it too"));
            }
            if (!languages.originalLanguage().isEmpty() && theirs.translationOf().isEmpty()
                    && !languages.originalLanguage().equals(theirs.language())) {
                problems.add(problem(file, "original_language", "is " + describe(languages.originalLanguage())
                        + ", but the original, \"" + named + "\", is in " + describe(theirs.language())
                        + "; correct one of the two"));
            }
        }
        return problems;
    }

    private static String describe(String tag) {
        return LanguageTags.englishName(tag) + " (" + tag + ")";
    }

    private Problem problem(ContentFile file, String field, String message) {
        return new Problem(file.file(), SourceLines.of(file).field(field), field, message);
    }
}
