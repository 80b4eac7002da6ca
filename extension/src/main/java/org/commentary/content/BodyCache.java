package org.commentary.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.concurrent.ConcurrentHashMap;

import org.commentary.metadata.SourceFormat;

/**
 * Remembers converted bodies by their exact text, so that a build after an edit converts only the
 * bodies that changed; Markdown and above all AsciiDoc conversion is most of a build's work. Only
 * conversions without problems are kept. Headers are never cached: every file's metadata is checked
 * again on every build, against the data folder as it is then.
 *
 * <p>Kept on disk between builds by {@link #load} and {@link #save}; a file written by other code
 * (another version of the converters or the sanitizer) is ignored.
 */
public final class BodyCache {

    private static final String MAGIC = "commentary-body-cache/1";

    private final String version;
    private final Map<String, ConvertedBody> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private volatile boolean added;

    private BodyCache(String version) {
        this.version = version;
    }

    /** An empty cache, for this code. */
    public static BodyCache empty() {
        return new BodyCache(CodeVersion.current());
    }

    /** The cache saved at {@code file}, or an empty one when there is none or it belongs to other code. */
    public static BodyCache load(Path file) {
        BodyCache cache = empty();
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || !cache.version.equals(in.readUTF())) {
                return cache;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                String html = readString(in);
                String text = readString(in);
                int warningCount = in.readInt();
                List<String> warnings = new ArrayList<>(warningCount);
                for (int w = 0; w < warningCount; w++) {
                    warnings.add(readString(in));
                }
                cache.entries.put(key, new ConvertedBody(html, text, warnings));
            }
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs time: start again from nothing.
            return empty();
        }
        return cache;
    }

    /** The remembered conversion of {@code body}, or null. */
    public ConvertedBody get(SourceFormat format, String body) {
        String key = key(format, body);
        ConvertedBody found = entries.get(key);
        if (found != null) {
            used.add(key);
        }
        return found;
    }

    public void put(SourceFormat format, String body, ConvertedBody converted) {
        String key = key(format, body);
        entries.put(key, converted);
        used.add(key);
        added = true;
    }

    /**
     * Writes the entries used since this cache was loaded (what the collection holds now) to
     * {@code file}, unless nothing changed. Failing to write only costs the next build time.
     */
    public void save(Path file) {
        if (!added && used.size() == entries.size()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(MAGIC);
                out.writeUTF(version);
                List<String> keys = entries.keySet().stream().filter(used::contains).sorted().toList();
                out.writeInt(keys.size());
                for (String key : keys) {
                    ConvertedBody body = entries.get(key);
                    out.writeUTF(key);
                    writeString(out, body.html());
                    writeString(out, body.text());
                    out.writeInt(body.warnings().size());
                    for (String warning : body.warnings()) {
                        writeString(out, warning);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            added = false;  // saved: a later build with nothing new (serve's title edits) writes nothing again
        } catch (IOException e) {
            // Nothing to do: the next build converts again.
        }
    }

    int size() {
        return entries.size();
    }

    private static String key(SourceFormat format, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(format.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IOException("damaged entry");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Identifies the code that converts bodies: the bytes of this extension's markup and content
     * classes, and the versions of the libraries they convert with. The same code gives the same
     * value in any process (a build, the command-line tools), so they share one cache.
     */
    static final class CodeVersion {

        private static final List<String> PACKAGES = List.of("org/commentary/markup/", "org/commentary/content/");
        private static volatile String current;

        private CodeVersion() {
        }

        static String current() {
            String version = current;
            if (version == null) {
                version = compute();
                current = version;
            }
            return version;
        }

        private static String compute() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream libraries = BodyCache.class.getResourceAsStream("converters.properties")) {
                    if (libraries != null) {
                        digest.update(libraries.readAllBytes());
                    }
                }
                Path location = Path.of(BodyCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (byte[] classFile : classFiles(location)) {
                    digest.update(classFile);
                }
                return HexFormat.of().formatHex(digest.digest(), 0, 16);
            } catch (Exception e) {
                // Unknown code never matches a saved cache: converting again is always right.
                return "unknown-" + System.nanoTime();
            }
        }

        // The class files of PACKAGES, in name order, from a jar or a classes folder.
        private static List<byte[]> classFiles(Path location) throws IOException {
            Map<String, byte[]> files = new TreeMap<>();
            if (Files.isDirectory(location)) {
                for (String folder : PACKAGES) {
                    Path dir = location.resolve(folder);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> walk = Files.list(dir)) {
                            for (Path file : (Iterable<Path>) walk::iterator) {
                                if (file.toString().endsWith(".class")) {
                                    files.put(folder + file.getFileName(), Files.readAllBytes(file));
                                }
                            }
                        }
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    for (ZipEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.endsWith(".class") && PACKAGES.stream().anyMatch(p -> name.startsWith(p)
                                && name.indexOf('/', p.length()) < 0)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(name, in.readAllBytes());
                            }
                        }
                    }
                }
            }
            return List.copyOf(files.values());
        }
    }
}
