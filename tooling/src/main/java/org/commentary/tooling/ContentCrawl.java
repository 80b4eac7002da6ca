package org.commentary.tooling;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the files a bake hands to the extension, by JBake 2.7's own rules ({@code Crawler} with
 * {@code FileUtil.getFileFilter} and {@code getDataFileFilter}), so that the check reads exactly
 * the files the build reads:
 * <ul>
 * <li>content: every file that is not hidden and whose extension (case-sensitive) has a markup
 *     engine; folders are entered unless they hold the ignore file ({@code .jbakeignore}), hidden
 *     folders included (JBake's filter only tests files for being hidden);</li>
 * <li>data: the {@code .yml} and {@code .yaml} files directly in the data folder, hidden or not.</li>
 * </ul>
 * Other files (images, stray files, JBake's raw {@code .html}) never reach the extension's engines;
 * {@code BuildSession.checkContentFolder} reports the stray ones in both.
 */
public final class ContentCrawl {

    /** What the extension registers its content engine for ({@code EngineRegistry.CONTENT_EXTENSIONS}). */
    static final Set<String> CONTENT_EXTENSIONS = Set.of("md", "adoc", "ad", "asciidoc");
    /** What it registers its data engine for ({@code EngineRegistry.YAML_EXTENSIONS}). */
    static final Set<String> YAML_EXTENSIONS = Set.of("yml", "yaml");

    /** The files found: content files for the content engine, YAML files for the data engine. */
    public record Files(List<Path> content, List<Path> yaml) {
    }

    private final String ignoreFileName;

    public ContentCrawl(String ignoreFileName) {
        this.ignoreFileName = ignoreFileName;
    }

    /** Walks {@code folder} (the content folder, or a folder inside it) as JBake's content crawl does. */
    public Files content(Path folder) {
        List<Path> content = new ArrayList<>();
        List<Path> yaml = new ArrayList<>();
        crawl(folder.toFile(), content, yaml);
        return new Files(content, yaml);
    }

    /** The data folder's YAML files, as JBake's data crawl finds them. */
    public List<Path> data(Path dataFolder) {
        // getDataFileFilter takes any case and hidden files too; the engine lookup is case-sensitive.
        File[] files = dataFolder.toFile().listFiles(file -> file.isFile()
                && YAML_EXTENSIONS.contains(extension(file.getName())));
        if (files == null) {
            return List.of();
        }
        Arrays.sort(files);
        return Arrays.stream(files).map(File::toPath).toList();
    }

    /** Whether the bake hands a file of this name to one of the extension's engines. */
    public static boolean isCrawled(Path file) {
        String name = file.getFileName().toString();
        String extension = extension(name);
        return !name.startsWith(".") && (CONTENT_EXTENSIONS.contains(extension) || YAML_EXTENSIONS.contains(extension));
    }

    private void crawl(File folder, List<Path> content, List<Path> yaml) {
        File[] entries = folder.listFiles();
        if (entries == null) {
            return;
        }
        Arrays.sort(entries);
        for (File entry : entries) {
            if (entry.isDirectory()) {
                if (!isIgnored(entry)) {
                    crawl(entry, content, yaml);
                }
            } else if (entry.isFile() && !entry.isHidden()) {
                String extension = extension(entry.getName());
                if (CONTENT_EXTENSIONS.contains(extension)) {
                    content.add(entry.toPath());
                } else if (YAML_EXTENSIONS.contains(extension)) {
                    yaml.add(entry.toPath());
                }
            }
        }
    }

    private boolean isIgnored(File folder) {
        String[] marker = folder.list((dir, name) -> name.equalsIgnoreCase(ignoreFileName));
        return marker != null && marker.length > 0;
    }

    // FileUtil.fileExt: the text after the last dot, "" for names starting with their only dot.
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }
}
