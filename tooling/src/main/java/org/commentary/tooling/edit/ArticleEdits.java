package org.commentary.tooling.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
     * Adds {@code oldPath} (a site path) to the file's aliases, unless it is there already, and drops
     * {@code newPath} from them (an article moved back to an earlier address).
     */
    public static void addAlias(Path file, String oldPath, String newPath) throws IOException, EditException {
        HeaderEditor editor = editor(file);
        List<String> aliases = new ArrayList<>(editor.values(Field.ALIASES.key()));
        aliases.remove(newPath);
        if (!aliases.contains(oldPath)) {
            aliases.add(oldPath);
        }
        editor.set(Field.ALIASES.key(), aliases);
        write(file, editor.text());
    }

    private static HeaderEditor editor(Path file) throws IOException, EditException {
        SourceFormat format = SourceFormat.forFileName(file.getFileName().toString());
        if (format == null) {
            throw new EditException(file + " is not a content file; articles end in .md or .adoc");
        }
        return HeaderEditor.of(format, TextFiles.read(file)).orElseThrow(() -> new EditException(file
                + ": its header cannot be found; run ./commentary check " + file + " to see what is wrong"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The site path of the page published from {@code file} in {@code content}. */
    public static String sitePath(Path content, Path file) {
        return ContentPaths.outputPath(ContentPaths.relative(content, file));
    }
}
