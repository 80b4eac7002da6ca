package org.commentary.tooling.importer.html;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.vocabulary.Slugs;
import org.jsoup.nodes.Element;

/**
 * Decides what a saved page's links and images become. Links keep only web and e-mail addresses
 * (relative ones made absolute with the page's own address); {@code javascript:}, {@code data:} and
 * every other scheme become plain text. Images saved beside the page (a browser's "complete page"
 * folder) are copied beside the article; images on the web are kept but listed, since the site never
 * loads from the network; inlined {@code data:} images are left out. Nothing outside the page's
 * folder is ever read.
 */
final class PageLinks {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\t\\n\\r]|^[\\x00-\\x20]+");
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif");
    private static final long MAX_IMAGE = 5L * 1024 * 1024;

    private final String base;
    private final Path pageFolder;
    private final List<String> notes = new ArrayList<>();
    private final List<String> remoteImages = new ArrayList<>();
    private final Map<Path, String> localImages = new LinkedHashMap<>();

    /**
     * @param base       the page's own web address ("" when unknown), for relative links
     * @param pageFolder the folder the saved page is in, for images saved with it
     */
    PageLinks(String base, Path pageFolder) {
        this.base = base;
        this.pageFolder = pageFolder.toAbsolutePath().normalize();
    }

    /** The address a link keeps, or "" when it becomes plain text. */
    String href(Element anchor, String text) {
        String raw = INVISIBLE.matcher(anchor.attr("href")).replaceAll("").strip();
        if (raw.isEmpty() || raw.startsWith("#")) {
            return "";
        }
        Matcher scheme = SCHEME.matcher(raw);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("http") || name.equals("https") || name.equals("mailto")) {
                return markdownSafe(raw);
            }
            notes.add("Kept only the text of a " + name + ": link (\"" + excerpt(text) + "\"): only web and e-mail"
                    + " addresses are links in an article");
            return "";
        }
        String absolute = resolve(raw);
        return absolute.isEmpty() ? "" : markdownSafe(absolute);
    }

    /** The address an image keeps (its file name when copied beside the article), or "" when left out. */
    String imageSource(Element image) {
        String src = image.attr("src").strip();
        String lazy = image.attr("data-src").strip();
        if ((src.isEmpty() || src.startsWith("data:")) && !lazy.isEmpty()) {
            src = lazy;
        }
        src = INVISIBLE.matcher(src).replaceAll("");
        if (src.isEmpty()) {
            return "";
        }
        Matcher scheme = SCHEME.matcher(src);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("http") || name.equals("https")) {
                remoteImages.add(src);
                return markdownSafe(src);
            }
            notes.add("Left out an image given as a " + name + ": address (\"" + excerpt(image.attr("alt"))
                    + "\"); save the image beside the article and link it by name");
            return "";
        }
        String local = local(src);
        if (!local.isEmpty()) {
            return local;
        }
        String absolute = resolve(src);
        if (absolute.isEmpty()) {
            notes.add("Left out the image " + src + ": it is not beside the saved page");
            return "";
        }
        remoteImages.add(absolute);
        return markdownSafe(absolute);
    }

    List<String> notes() {
        return notes;
    }

    /** Images still on the web, to be saved beside the article. */
    List<String> remoteImages() {
        return remoteImages;
    }

    /** Images saved with the page: the file, and the name it gets beside the article. */
    Map<Path, String> localImages() {
        return localImages;
    }

    // An image file in the page's folder (or below it), of a type the site publishes.
    private String local(String src) {
        String path = src.replaceFirst("[?#].*$", "");
        Path file;
        try {
            file = pageFolder.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) {
            return "";
        }
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String type = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!file.startsWith(pageFolder) || !IMAGE_TYPES.contains(type)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try {
            if (Files.size(file) > MAX_IMAGE) {
                notes.add("Left out the image " + fileName + ": over 5 MB");
                return "";
            }
        } catch (IOException e) {
            return "";
        }
        String known = localImages.get(file);
        if (known != null) {
            return known;
        }
        String name = Slugs.of(fileName.substring(0, dot)) + "." + (type.equals("jpeg") ? "jpg" : type);
        String unique = name;
        for (int n = 2; localImages.containsValue(unique); n++) {
            unique = name.replaceFirst("\\.(\\w+)$", "-" + n + ".$1");
        }
        localImages.put(file, unique);
        return unique;
    }

    private String resolve(String relative) {
        if (base.isEmpty()) {
            return "";
        }
        try {
            URI resolved = new URI(base).resolve(relative.replace(" ", "%20"));
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? resolved.toString() : "";
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    // Spaces and parentheses would end a Markdown link early.
    private static String markdownSafe(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }

    private static String excerpt(String text) {
        String plain = text.strip();
        return plain.length() <= 40 ? plain : plain.substring(0, 39) + "…";
    }
}
