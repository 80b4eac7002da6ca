package org.commentary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commentary.files.TextFiles;
import org.commentary.markup.AsciidocConverter;
import org.commentary.markup.HtmlSanitizer;
import org.commentary.markup.MarkdownConverter;
import org.commentary.markup.MarkupConverter;
import org.commentary.metadata.Field;
import org.commentary.metadata.HeaderBlock;
import org.commentary.metadata.HeaderField;
import org.commentary.metadata.HeaderReader;
import org.commentary.metadata.MetadataNormaliser;
import org.commentary.metadata.SourceFormat;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Metadata;
import org.commentary.model.Status;
import org.commentary.source.SourceTree;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.validation.YearFolderCheck;
import org.commentary.vocabulary.SiteData;

/**
 * Reads one content file from disk to a checked {@link ContentFile}: header, metadata, body
 * conversion and sanitizing. The build's markup engines and the command-line check share it, so
 * both report exactly the same problems.
 */
public final class ContentReader {

    /** What reading a file produced: the file when it is valid, and every problem found. */
    public record Result(Optional<ContentFile> content, List<Problem> problems) {
    }

    private static final MarkdownConverter MARKDOWN = new MarkdownConverter();
    private static final AsciidocConverter ASCIIDOC = new AsciidocConverter();

    private final Path contentRoot;
    private final MetadataNormaliser normaliser;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private final BodyCache bodies;

    public ContentReader(Path contentRoot, SiteData data) {
        this(contentRoot, data, BodyCache.empty());
    }

    /** A reader that reuses the conversions {@code bodies} remembers (and adds its own). */
    public ContentReader(Path contentRoot, SiteData data, BodyCache bodies) {
        this.contentRoot = contentRoot;
        this.normaliser = new MetadataNormaliser(data);
        this.bodies = bodies;
    }

    public Result read(Path file) {
        return read(file, true);
    }

    /**
     * Reads a file's names and header but does not convert its body: what the collection-wide rules
     * need to know of a file that is not being checked itself (the check command reads the rest of the
     * collection this way). The content, when the header is valid, has an empty body.
     */
    public Result readHeader(Path file) {
        return read(file, false);
    }

    private Result read(Path file, boolean convertBody) {
        Problems problems = new Problems(file);
        String relative = ContentPaths.relative(contentRoot, file);
        ContentPaths.checkNames(relative, problems);
        SourceFormat format = SourceFormat.forFileName(file.getFileName().toString());
        if (format == null) {
            problems.add(0, "file", "not a content file; articles end in .md or .adoc");
            return new Result(Optional.empty(), problems.list());
        }
        if (Files.isSymbolicLink(file)) {
            // Never follow it: the target could be any file on the build machine.
            problems.add(0, "file", SourceTree.SYMLINK_MESSAGE);
            return new Result(Optional.empty(), problems.list());
        }
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            problems.add(0, "file", "cannot be read: " + e.getMessage());
            return new Result(Optional.empty(), problems.list());
        }
        Optional<HeaderBlock> block = HeaderReader.forText(format, text).read(text, problems);
        if (block.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        Optional<Metadata> metadata = normaliser.normalise(block.get(), problems);
        // Read from the field itself: a withdrawn file with other problems needs no text either.
        boolean withdrawn = block.get().fields().stream().anyMatch(field -> field.key().equals(Field.STATUS.key())
                && field.value().strip().equalsIgnoreCase(Status.WITHDRAWN.word()));
        if (block.get().bodyText().isBlank() && !withdrawn) {
            problems.add(block.get().headerEndLine(), "body", "the file has no text after its header; add the"
                    + " article text (or delete the file)");
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.list());
        }
        String outputPath = ContentPaths.outputPath(relative);
        // A withdrawn article's text is never converted, so nothing of it can reach any output.
        if (!convertBody || withdrawn) {
            return new Result(Optional.of(new ContentFile(file, relative, outputPath, format, metadata.orElseThrow(),
                    "", List.of(), "")), problems.list());
        }
        // A set: the same message twice (two references to one missing AsciiDoc attribute) says nothing new.
        Set<String> warnings = new LinkedHashSet<>(problems.warnings());
        ConvertedBody body = bodies.get(format, block.get().body());
        if (body == null) {
            body = convert(format, block.get().body(), problems);
            if (body == null) {
                return new Result(Optional.empty(), problems.list());
            }
            bodies.put(format, block.get().body(), body);
        }
        warnings.addAll(body.warnings());
        yearFolderWarning(relative, metadata.orElseThrow(), block.get()).ifPresent(warnings::add);
        ContentFile content = new ContentFile(file, relative, outputPath, format, metadata.orElseThrow(),
                body.html(), List.copyOf(warnings), body.text());
        return new Result(Optional.of(content), problems.list());
    }

    // Markup to sanitized HTML; null when the markup has problems (those are never remembered).
    private ConvertedBody convert(SourceFormat format, String markup, Problems problems) {
        MarkupConverter converter = format == SourceFormat.MARKDOWN ? MARKDOWN : ASCIIDOC;
        int before = problems.warnings().size();
        String html = converter.toHtml(markup, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        HtmlSanitizer.Result clean = sanitizer.sanitize(html);
        List<String> warnings = new ArrayList<>(problems.warnings().subList(before, problems.warnings().size()));
        clean.removed().forEach(item -> warnings.add("removed " + item + " (not allowed in articles)"));
        return new ConvertedBody(clean.html(), clean.text(), warnings);
    }

    private Optional<String> yearFolderWarning(String relative, Metadata metadata, HeaderBlock block) {
        if (!(metadata instanceof ArticleMetadata article)) {
            return Optional.empty();
        }
        int line = block.fields().stream().filter(field -> field.key().equals("date")).mapToInt(HeaderField::line)
                .findFirst().orElse(block.headerEndLine());
        return YearFolderCheck.warning(relative, article.date(), contentRoot.getFileName().toString())
                .map(message -> "line " + line + ": " + message);
    }
}
