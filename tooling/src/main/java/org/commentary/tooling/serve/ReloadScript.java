package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.commentary.plan.Json;

/**
 * The live-reload script serve adds to every HTML page it sends, just before the last
 * {@code </body>} (or at the end when there is none). It is the only difference between what
 * serve sends and what {@code mvn package} writes; the site's own bytes never carry it.
 */
final class ReloadScript {

    /** The script element's id, which also tells tests where the addition starts. */
    static final String ID = "commentary-serve";

    private static final String SOURCE = load("live-reload.js");
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private ReloadScript() {
    }

    /**
     * {@code html} with the script added.
     *
     * @param generation the build the page comes from (the script reloads when it missed a newer one)
     * @param page       the site file sent (404.html for a missing page), so a change to it reloads
     */
    static byte[] inject(byte[] html, String generation, String page) {
        byte[] script = element(generation, page).getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        byte[] out = new byte[html.length + script.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(script, 0, out, at, script.length);
        System.arraycopy(html, at, out, at + script.length, html.length - at);
        return out;
    }

    static String element(String generation, String page) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("generation", generation);
        config.put("page", page);
        config.put("events", ReloadChannel.PATH);
        return "<script id=\"" + ID + "\">" + SOURCE.replace("/*CONFIG*/", Json.write(config)) + "</script>";
    }

    private static int lastBodyEnd(byte[] html) {
        for (int i = html.length - BODY_END.length; i >= 0; i--) {
            if (matchesIgnoringCase(html, i)) {
                return i;
            }
        }
        return html.length;
    }

    private static boolean matchesIgnoringCase(byte[] html, int at) {
        for (int j = 0; j < BODY_END.length; j++) {
            if (Character.toLowerCase(html[at + j]) != BODY_END[j]) {
                return false;
            }
        }
        return true;
    }

    private static String load(String name) {
        try (InputStream in = ReloadScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + ReloadScript.class.getName());
            }
            // Trailing newline dropped: the script goes in without changing the page's own line breaks.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
