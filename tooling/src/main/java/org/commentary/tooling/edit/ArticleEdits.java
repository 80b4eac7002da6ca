package org.commentary.tooling.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.commentary.content.ContentPaths;
import org.commentary.files.TextFiles;
import org.commentary.metadata.Field;
import org.commentary.metadata.SourceFormat;
import org.commentary.model.Status;

/** The edits that change an article's state: withdrawing it, and recording an earlier address. */
public final class ArticleEdits {

    /** Why an edit could not be made; the message names the file and what to do. */
    public static final class EditException extends Exception {
        public EditException(String message) {
            super(message);
        }
    }

    private ArticleEdits() {
    }

    /**
     * Marks {@code file} withdrawn on {@code date} for {@code reason}; with {@code removeText}, its
     * summary and the text after the header go too (the build never publishes them either way).
     */
    public static void withdraw(Path file, String reason, LocalDate date, boolean removeText) throws IOException,
            EditException {
        HeaderEditor editor = editor(file);
        editor.set(Field.STATUS.key(), Status.WITHDRAWN.word())
                .set(Field.WITHDRAWN.key(), date.toString())
                .set(Field.WITHDRAWN_REASON.key(), reason);
        if (removeText) {
            editor.set(Field.SUMMARY.key(), List.of()).removeBody();
        }
        write(file, editor.text());
    }

    /**
     * The file's text with {@code oldPath} (a site path) added to its aliases, unless it is there already.
     * Aliases are never dropped: the first one names the article's feed entry, and an alias that is the
     * article's address again (it moved back) simply writes no redirect.
     */
    public static String withAlias(Path file, String oldPath) throws IOException, EditException {
        HeaderEditor editor = editor(file);
        List<String> aliases = new ArrayList<>(editor.values(Field.ALIASES.key()));
        if (!aliases.contains(oldPath)) {
            aliases.add(oldPath);
        }
        return editor.set(Field.ALIASES.key(), aliases).text();
    }

    /**
     * The content files under {@code content} whose {@code translation_of} names {@code relative} (a
     * path below the content folder): the other language versions of a file about to move.
     */
    public static List<Path> namingAsTranslation(Path content, String relative) throws IOException {
        List<Path> naming = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> SourceFormat.forFileName(file.getFileName().toString()) != null)
                    .sorted().toList();
        }
        for (Path file : files) {
            Optional<HeaderEditor> editor = HeaderEditor.of(SourceFormat.forFileName(file.getFileName().toString()),
                    TextFiles.read(file));
            if (editor.isPresent() && editor.get().values(Field.TRANSLATION_OF.key()).stream()
                    .map(ArticleEdits::contentRelative).anyMatch(relative::equals)) {
                naming.add(file);
            }
        }
        return naming;
    }

    /** Points {@code file}'s {@code translation_of} at {@code relative} (the other version's new file). */
    public static void setTranslationOf(Path file, String relative) throws IOException, EditException {
        write(file, editor(file).set(Field.TRANSLATION_OF.key(), relative).text());
    }

    // translation_of as the build reads it: '/'-separated, without a leading "./" or "content/".
    private static String contentRelative(String value) {
        String path = value.replace('\\', '/');
        path = path.startsWith("./") ? path.substring(2) : path;
        return path.startsWith("content/") ? path.substring("content/".length()) : path;
    }

    private static HeaderEditor editor(Path file) throws IOException, EditException {
        SourceFormat format = SourceFormat.forFileName(file.getFileName().toString());
        if (format == null) {
            throw new EditException(file + " is not a content file; articles end in .md or .adoc");
        }
        return HeaderEditor.of(format, TextFiles.read(file)).orElseThrow(() -> new EditException(file
                + ": its header cannot be found; run ./commentary check " + file + " to see what is wrong"));
    }

    /** Writes {@code text} as the whole of {@code file}. */
    public static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The site path of the page published from {@code file} in {@code content}. */
    public static String sitePath(Path content, Path file) {
        return ContentPaths.outputPath(ContentPaths.relative(content, file));
    }
}
