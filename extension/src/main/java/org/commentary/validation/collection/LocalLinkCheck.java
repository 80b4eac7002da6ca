package org.commentary.validation.collection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.content.BodyLinks;
import org.commentary.content.ContentFile;
import org.commentary.content.SourceLines;
import org.commentary.model.Status;
import org.commentary.validation.Problem;
import org.commentary.validation.Suggestions;

/**
 * Every local link and image in an article or page must point at a file the built site holds: an
 * image or other file beside the article, another article's page ({@code other.html}), a page the
 * site writes itself. A link is relative to the page's own address, which sits at the same place
 * as its source ({@code articles/2024/x.md} is published as {@code articles/2024/x.html}). A
 * published page may not link to a draft's page: drafts are not published.
 */
public final class LocalLinkCheck {

    private final SiteFiles site;
    private final Path sourceRoot;
    private final Path contentRoot;

    /** Paths in messages are shown from {@code sourceRoot}; copied files live in {@code contentRoot}. */
    public LocalLinkCheck(SiteFiles site, Path sourceRoot, Path contentRoot) {
        this.site = site;
        this.sourceRoot = sourceRoot;
        this.contentRoot = contentRoot;
    }

    /** The problems of every broken reference in {@code files}, each on the line that holds it. */
    public List<Problem> problems(Collection<ContentFile> files) {
        // Scanning every body is most of the work; files are independent, so on every core.
        return files.parallelStream().flatMap(file -> problems(file).stream()).toList();
    }

    private List<Problem> problems(ContentFile file) {
        List<Problem> problems = new ArrayList<>();
        SourceLines lines = null;
        for (BodyLinks.Reference reference : BodyLinks.local(file.html())) {
            Optional<String> message = check(file, reference.kind(), reference.target());
            if (message.isPresent()) {
                lines = lines == null ? SourceLines.of(file) : lines;
                problems.add(new Problem(file.file(), lines.find(needles(reference.target())),
                        reference.kind().field(), message.get()));
            }
        }
        return problems;
    }

    /** What is wrong with the reference {@code written} on {@code file}'s page, if anything. */
    Optional<String> check(ContentFile file, BodyLinks.Kind kind, String written) {
        String path = decode(withoutQueryOrFragment(written));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String quoted = "\"" + written + "\"";
        String pageFolder = folderOf(file.outputPath());
        if (path.startsWith("/")) {
            Optional<String> target = resolve("", path);
            String example = target.filter(t -> site.kindOf(t).isPresent())
                    .map(t -> ", e.g. \"" + relative(pageFolder, t) + "\"").orElse("");
            return Optional.of(quoted + " starts with '/', which leaves the site when it is opened from disk or"
                    + " published under a sub-path; write it relative to this page" + example);
        }
        Optional<String> resolved = resolve(pageFolder, path);
        if (resolved.isEmpty()) {
            return Optional.of(quoted + " points outside the site (above its root folder); fix the link");
        }
        String target = resolved.get();
        if (path.endsWith("/")) {
            String index = target + "index.html";
            return Optional.of(quoted + " points to a folder, which a page opened from disk cannot show; link to a"
                    + " page" + (site.kindOf(index).isPresent() ? ", e.g. \"" + written + "index.html\"" : ""));
        }
        Optional<SiteFiles.Kind> found = site.kindOf(target);
        if (found.isPresent()) {
            boolean published = file.metadata().status() == Status.PUBLISHED;
            return found.get() == SiteFiles.Kind.DRAFT && published
                    ? Optional.of(quoted + " is the page of a draft (status: draft), which is not published; link"
                            + " to it once it is published, or remove the link")
                    : Optional.empty();
        }
        String writtenPath = withoutQueryOrFragment(written);
        String rest = written.substring(writtenPath.length());
        if (!fileName(target).contains(".") && site.kindOf(target + ".html").isPresent()) {
            return Optional.of(quoted + " has no file extension; link to the page: \"" + writtenPath + ".html" + rest
                    + "\"");
        }
        Optional<String> page = site.pageOfSource(target);
        if (page.isPresent()) {
            String instead = writtenPath.substring(0, writtenPath.lastIndexOf('/') + 1) + fileName(page.get()) + rest;
            return Optional.of(quoted + " links to an article's source file, which is not published; link to its"
                    + " page instead: \"" + instead + "\"");
        }
        return Optional.of(missing(kind, target));
    }

    private String missing(BodyLinks.Kind kind, String target) {
        String hint = nearestName(target).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        if (kind == BodyLinks.Kind.LINK && target.endsWith(".html")) {
            return "no page " + target + " in the site" + hint + "; fix the link";
        }
        return "no file " + show(target) + hint + "; add it beside the article or fix the name";
    }

    // A file beside the target with the same extension and a name one or two typos away.
    private Optional<String> nearestName(String target) {
        String name = fileName(target);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        Map<String, String> byBase = new LinkedHashMap<>();
        for (String candidate : site.namesIn(folderOf(target))) {
            if (candidate.endsWith(extension) && !candidate.equals(name)) {
                byBase.put(candidate.substring(0, candidate.length() - extension.length()), candidate);
            }
        }
        return Suggestions.closest(name.substring(0, name.length() - extension.length()), byBase.keySet())
                .map(byBase::get);
    }

    // Where the source of a site path would be, for messages: content/articles/2024/x.png.
    private String show(String sitePath) {
        return sourceRoot.relativize(contentRoot.resolve(sitePath)).toString().replace('\\', '/');
    }

    // Exact text first; a link written differently in the source (an xref, escapes) is found by its name.
    private static List<String> needles(String written) {
        String path = withoutQueryOrFragment(written);
        String name = fileName(decode(path));
        int dot = name.lastIndexOf('.');
        return List.of(written, path, decode(path), name, dot > 0 ? name.substring(0, dot) : name);
    }

    private static String withoutQueryOrFragment(String target) {
        int end = target.length();
        for (char c : new char[] {'?', '#'}) {
            int at = target.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return target.substring(0, end);
    }

    /** {@code base} (a folder path, "" or ending in '/') and a relative {@code path}, normalised; empty above the root. */
    static Optional<String> resolve(String base, String path) {
        List<String> parts = new ArrayList<>();
        for (String part : (base + path).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        return Optional.of(path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined);
    }

    /** The relative link from a page in {@code folder} ("" or ending in '/') to {@code target}. */
    static String relative(String folder, String target) {
        String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        link.append("../".repeat(from.length - common));
        for (int i = common; i < to.length; i++) {
            link.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return link.toString();
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String fileName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Percent-decoding as browsers do for paths: %XX as UTF-8 bytes, '+' kept, malformed escapes kept. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                bytes.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 3;
            } else {
                byte[] encoded = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
