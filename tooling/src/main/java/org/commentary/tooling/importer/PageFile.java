package org.commentary.tooling.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved page as text: a Markdown file (strict UTF-8) or an HTML page as a browser saves it (the
 * charset its byte-order mark or {@code <meta>} declares, UTF-8 when none). Anything else is refused
 * with the reason: another kind of file, a binary file, a file over {@link #MAX_BYTES}, bytes that
 * are not valid in the declared charset.
 *
 * @param kind which reader it needs
 * @param text the page's text, line ends as LF, no byte-order mark
 */
public record PageFile(Kind kind, String text) {

    /** What kind of saved page a file is, by its name. */
    public enum Kind {
        MARKDOWN, HTML
    }

    /**
     * The largest page imported: 5 MB. An article saved "HTML only" is far smaller (a few hundred
     * kilobytes with the site's inline styles); a bigger file is a "complete" page with its pictures
     * inlined, or not a page at all.
     */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Why a file cannot be imported; the message is meant for the maintainer. */
    public static final class Unreadable extends Exception {

        Unreadable(String message) {
            super(message);
        }
    }

    private static final int SNIFF = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The kind a file name says, or null for a file that is not a saved page. */
    public static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        return null;
    }

    /** Reads {@code file}; {@link Unreadable} says why it cannot be imported. */
    public static PageFile read(Path file) throws Unreadable, IOException {
        Kind kind = kindOf(file);
        if (kind == null) {
            throw new Unreadable("not a saved page: import reads .html and .htm pages (as a browser's \"Save page"
                    + " as\" writes them) and .md files");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new Unreadable(String.format(Locale.ROOT, "%.1f MB, over the %d MB a saved page may have; save"
                    + " only the page (\"Web page, HTML only\"), not the complete page", size / 1048576.0,
                    MAX_BYTES / 1048576));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (size == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new Unreadable("the file is empty");
        }
        Charset charset = kind == Kind.HTML ? declared(bytes) : StandardCharsets.UTF_8;
        if (looksBinary(bytes, charset)) {
            throw new Unreadable("a binary file, not a saved page (it holds bytes no text has)");
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not valid " + charset.name() + " text" + (kind == Kind.HTML
                    ? " (the charset the page declares, or UTF-8 when it declares none); save the page again"
                    : "; save the file as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new PageFile(kind, text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    // A byte-order mark first, then <meta charset> or http-equiv in the first bytes, as browsers read it.
    private static Charset declared(byte[] bytes) throws Unreadable {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = meta.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Unreadable("the page declares the charset \"" + name + "\", which this tool does not know;"
                    + " save the page again as UTF-8");
        }
    }

    // NUL and most control bytes never occur in text; UTF-16 pages have NULs, so they are decoded first.
    private static boolean looksBinary(byte[] bytes, Charset charset) {
        if (charset.name().startsWith("UTF-16")) {
            return false;
        }
        int controls = 0;
        int length = Math.min(bytes.length, SNIFF);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > length / 100 + 1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
