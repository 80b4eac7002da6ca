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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Identifies the code that converts bodies: this extension's jar and the libraries it converts with. */
    static final class CodeVersion {

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
            StringBuilder id = new StringBuilder();
            for (String type : List.of("org.commentary.content.ContentReader", "com.vladsch.flexmark.parser.Parser",
                    "org.asciidoctor.Asciidoctor", "org.jsoup.Jsoup")) {
                id.append(locationStamp(type)).append(';');
            }
            return id.toString();
        }

        // A small jar (ours) is identified by its bytes, a large library jar by its versioned name and
        // size; classes in a folder (tests, an IDE) by a value that never matches, so that code being
        // edited is never served stale conversions.
        private static String locationStamp(String type) {
            try {
                var source = Class.forName(type).getProtectionDomain().getCodeSource();
                Path location = Path.of(source.getLocation().toURI());
                if (!Files.isRegularFile(location)) {
                    return "unversioned-" + System.nanoTime();
                }
                long size = Files.size(location);
                if (size > 4 << 20) {
                    return location.getFileName() + ":" + size;
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
                return HexFormat.of().formatHex(digest.digest(), 0, 12);
            } catch (Exception e) {
                return "unversioned-" + System.nanoTime();
            }
        }
    }
}
